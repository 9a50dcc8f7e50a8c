import { normalizeForSearch } from '../platform/search/normalize.ts';
import { isPersonName, type Answers, type FieldValue } from './answers.ts';
import type { FieldType, FormDefinition } from './form-definition.ts';

/** The answers staff look a case up by: who applied, how to reach them, where they live. */
const SEARCHABLE: ReadonlySet<FieldType> = new Set(['name', 'kana', 'phone', 'address', 'postalCode']);

function textOf(value: FieldValue | undefined): string {
  if (isPersonName(value)) return `${value.family}${value.given}`;
  return typeof value === 'string' ? value : '';
}

/**
 * One normalised text of the names, フリガナ, phone numbers, postal codes and addresses among the
 * answers (repeating groups included, e.g. each child's name), for finding a case in the inbox
 * with a query normalised the same way (normalizeForSearch). Empty when there is none.
 */
export function caseSearchText(definition: FormDefinition, answers: Answers): string {
  const parts: string[] = [];
  for (const page of definition.pages) {
    const fields = page.fields.filter((field) => SEARCHABLE.has(field.type));
    if (fields.length === 0) continue;
    const items = page.repeat ? answers[page.repeat.name] : [answers];
    if (!Array.isArray(items)) continue;
    for (const item of items as Answers[]) {
      if (typeof item !== 'object' || item === null) continue;
      for (const field of fields) parts.push(normalizeForSearch(textOf(item[field.name] as FieldValue | undefined)));
    }
  }
  return [...new Set(parts.filter(Boolean))].join(' ');
}
