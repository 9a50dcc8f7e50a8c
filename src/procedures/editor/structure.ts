import { fieldsOf, type Condition, type FieldDefinition, type FormDefinition, type PageDefinition } from '../../forms/form-definition.ts';

/** A question's place in a definition. */
export interface FieldPlace {
  p: number;
  f: number;
  page: PageDefinition;
  field: FieldDefinition;
}

export function findPage(definition: FormDefinition, pageId: string): { p: number; page: PageDefinition } | undefined {
  const p = definition.pages.findIndex((page) => page.id === pageId);
  return p < 0 ? undefined : { p, page: definition.pages[p]! };
}

export function findField(definition: FormDefinition, pageId: string, name: string): FieldPlace | undefined {
  const found = findPage(definition, pageId);
  const f = found ? found.page.fields.findIndex((field) => field.name === name) : -1;
  return found && f >= 0 ? { p: found.p, f, page: found.page, field: found.page.fields[f]! } : undefined;
}

/** A deep copy to change: definitions from the database are plain JSON. */
export function copyOf(definition: FormDefinition): FormDefinition {
  return structuredClone(definition);
}

function swap<T>(list: T[], index: number, direction: 'up' | 'down'): boolean {
  const other = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= list.length) return false;
  [list[index], list[other]] = [list[other]!, list[index]!];
  return true;
}

export function movePage(definition: FormDefinition, pageId: string, direction: 'up' | 'down'): FormDefinition | undefined {
  const next = copyOf(definition);
  return swap(next.pages, next.pages.findIndex((p) => p.id === pageId), direction) ? next : undefined;
}

export function moveField(definition: FormDefinition, pageId: string, name: string, direction: 'up' | 'down'): FormDefinition | undefined {
  const next = copyOf(definition);
  const place = findField(next, pageId, name);
  return place && swap(place.page.fields, place.f, direction) ? next : undefined;
}

/** Moves a question to the end of another page. */
export function moveFieldToPage(definition: FormDefinition, pageId: string, name: string, toPageId: string): FormDefinition | undefined {
  const next = copyOf(definition);
  const place = findField(next, pageId, name);
  const target = findPage(next, toPageId);
  if (!place || !target || target.p === place.p) return undefined;
  place.page.fields.splice(place.f, 1);
  target.page.fields.push(place.field);
  return next;
}

/** Calls visit on every condition of the definition, with where it sits. */
export function eachCondition(definition: FormDefinition, visit: (condition: Condition, owner: { page: PageDefinition; field?: FieldDefinition; role: 'page' | 'show' | 'required' | 'check' }) => void): void {
  for (const page of definition.pages) {
    if (page.showIf) visit(page.showIf, { page, role: 'page' });
    for (const field of page.fields) {
      if (field.showIf) visit(field.showIf, { page, field, role: 'show' });
      if (typeof field.required === 'object') visit(field.required, { page, field, role: 'required' });
      for (const check of field.checks ?? []) visit(check.when, { page, field, role: 'check' });
    }
  }
}

export function namesIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(namesIn);
  if ('any' in condition) return condition.any.flatMap(namesIn);
  return fieldsOf(condition);
}

/** The conditions elsewhere that read these questions: what stops them from being deleted or moved away. */
export function usesOf(definition: FormDefinition, names: Set<string>, except?: (owner: { page: PageDefinition; field?: FieldDefinition }) => boolean): { page: PageDefinition; field?: FieldDefinition; role: 'page' | 'show' | 'required' | 'check' }[] {
  const uses: { page: PageDefinition; field?: FieldDefinition; role: 'page' | 'show' | 'required' | 'check' }[] = [];
  eachCondition(definition, (condition, owner) => {
    if (except?.(owner)) return;
    if (namesIn(condition).some((name) => names.has(name))) uses.push(owner);
  });
  return uses;
}

function renameIn(condition: Condition, from: string, to: string): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => renameIn(c, from, to)) };
  if ('any' in condition) return { any: condition.any.map((c) => renameIn(c, from, to)) };
  const renamed = { ...condition, field: condition.field === from ? to : condition.field } as Condition & { field: string };
  for (const key of ['before', 'after'] as const) {
    const ref = (renamed as Record<string, unknown>)[key] as { field?: string } | undefined;
    if (ref?.field === from) (renamed as Record<string, unknown>)[key] = { ...ref, field: to };
  }
  return renamed;
}

/**
 * A question renamed before it was ever published, with every condition that reads it: inside a
 * repeating group only its own page's checks can, elsewhere any condition outside such a group.
 */
export function renameField(definition: FormDefinition, pageId: string, from: string, to: string): FormDefinition {
  const next = copyOf(definition);
  const home = findPage(next, pageId);
  for (const page of next.pages) {
    const reads = home?.page.repeat ? page.id === pageId : !page.repeat || !page.fields.some((f) => f.name === from && page.id !== pageId);
    if (page.id === pageId) for (const field of page.fields) if (field.name === from) field.name = to;
    if (!reads) continue;
    if (page.showIf && !home?.page.repeat) page.showIf = renameIn(page.showIf, from, to);
    for (const field of page.fields) {
      if (field.showIf && !home?.page.repeat) field.showIf = renameIn(field.showIf, from, to);
      if (typeof field.required === 'object' && !home?.page.repeat) field.required = renameIn(field.required, from, to);
      if (field.checks) field.checks = field.checks.map((check) => ({ ...check, when: renameIn(check.when, from, to) }));
    }
  }
  return next;
}
