import type { Condition, FieldDefinition, FormDefinition, PageDefinition } from './form-definition.ts';
import type { Answers } from './answers.ts';

function answerOf(answers: Answers, field: string): string[] {
  const value = answers[field];
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return value ? ['answered'] : [];
}

export function conditionHolds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, answers));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, answers));
  const given = answerOf(answers, condition.field);
  if ('answered' in condition) return condition.answered === given.length > 0;
  if ('equals' in condition) {
    const wanted = [condition.equals].flat();
    return given.some((value) => wanted.includes(value));
  }
  const refused = [condition.notEquals].flat();
  return given.length > 0 && !given.some((value) => refused.includes(value));
}

export function visiblePages(definition: FormDefinition, answers: Answers): PageDefinition[] {
  return definition.pages.filter((page) => conditionHolds(page.showIf, answers));
}

export function isFieldShown(field: FieldDefinition, answers: Answers): boolean {
  return conditionHolds(field.showIf, answers);
}

export function isFieldRequired(field: FieldDefinition, answers: Answers): boolean {
  return typeof field.required === 'boolean' ? field.required : conditionHolds(field.required, answers);
}

/** Fields a condition of this field looks at that live on the same page: shown with a note, not hidden. */
export function samePageDependency(field: FieldDefinition, page: PageDefinition): FieldDefinition | undefined {
  const names = new Set<string>();
  const collect = (condition: Condition | undefined) => {
    if (!condition) return;
    if ('all' in condition) return condition.all.forEach(collect);
    if ('any' in condition) return condition.any.forEach(collect);
    names.add(condition.field);
  };
  collect(field.showIf);
  return page.fields.find((other) => names.has(other.name));
}

/** Only the answers to questions that apply: what a later answer made irrelevant is not submitted. */
export function applicableAnswers(definition: FormDefinition, answers: Answers): Answers {
  const kept: Answers = {};
  for (const page of visiblePages(definition, answers)) {
    if (page.repeat) {
      if (answers[page.repeat.name] !== undefined) kept[page.repeat.name] = answers[page.repeat.name]!;
      continue;
    }
    for (const field of page.fields) if (isFieldShown(field, answers) && answers[field.name] !== undefined) kept[field.name] = answers[field.name]!;
  }
  return kept;
}
