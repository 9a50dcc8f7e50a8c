import { fieldsInCondition, type FieldDefinition, type FormDefinition, type PageDefinition } from '../forms/form-definition.ts';
import type { Answers } from '../forms/answers.ts';
import { visiblePages } from '../forms/conditions.ts';
import { anchorId, fieldId } from '../forms/field-ids.ts';
import { incompletePages } from '../forms/validate-answers.ts';
import type { RequestedField } from '../cases/corrections.ts';

/** Questions whose showing or requiring reads one of these: they must be reopened with them. */
function dependants(page: PageDefinition, names: Set<string>): FieldDefinition[] {
  return page.fields.filter((field) => {
    const reads = [field.showIf, typeof field.required === 'object' ? field.required : undefined].flatMap((c) => (c ? fieldsInCondition(c) : []));
    return reads.some((name) => names.has(name));
  });
}

function hasProblem(page: PageDefinition, field: FieldDefinition, anchors: Set<string>): boolean {
  if (page.repeat) return [...anchors].some((anchor) => anchor.startsWith(`${page.repeat!.name}-`));
  return anchors.has(anchorId(field, fieldId(field)));
}

function joined(first: string, second: string | undefined): string {
  return second ? `${first}　${second}` : first;
}

/**
 * The form a correction (補正) shows: only the pages and questions staff reopened, the questions
 * that depend on them, and any question the answers so far leave missing or wrong — so the
 * corrected answers pass the same checks as a new application. A repeating page opens whole.
 */
export function reopenedDefinition(definition: FormDefinition, requested: RequestedField[], answers: Answers, intro: string): FormDefinition {
  const problems = new Map(incompletePages(definition, answers).map((page) => [page.pageId, new Set([...page.errors, ...page.warnings].map((p) => p.field))]));
  const pages: PageDefinition[] = [];
  for (const page of visiblePages(definition, answers)) {
    const asked = requested.filter((r) => r.page === page.id);
    const anchors = problems.get(page.id) ?? new Set<string>();
    const whole = page.repeat ? asked.length > 0 || anchors.size > 0 : asked.some((r) => !r.field);
    if (whole) {
      pages.push({ ...page, intro: joined(intro, page.intro) });
      continue;
    }
    const names = new Set(asked.flatMap((r) => (r.field ? [r.field] : [])));
    for (const field of page.fields) if (hasProblem(page, field, anchors)) names.add(field.name);
    for (let size = -1; size !== names.size; ) {
      size = names.size;
      for (const field of dependants(page, names)) names.add(field.name);
    }
    const fields = page.fields.filter((field) => names.has(field.name));
    if (fields.length > 0) pages.push({ ...page, intro: joined(intro, page.intro), fields });
  }
  return { ...definition, pages };
}
