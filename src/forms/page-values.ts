import type { FieldDefinition, PageDefinition } from './form-definition.ts';
import { asList, isPersonName, type Answers, type FieldValue, type ItemAnswers, type RawValues } from './answers.ts';
import { fieldId } from './field-ids.ts';

function fieldToRaw(field: FieldDefinition, id: string, value: FieldValue | undefined, raw: RawValues): void {
  if (value === undefined) return;
  if (isPersonName(value)) {
    raw[`${id}-family`] = value.family;
    raw[`${id}-given`] = value.given;
  } else if (field.type === 'date' && typeof value === 'string') {
    const [year, month, day] = value.split('-');
    raw[`${id}-year`] = year!;
    raw[`${id}-month`] = String(Number(month));
    raw[`${id}-day`] = String(Number(day));
  } else if (field.type === 'postalCode' && typeof value === 'string') {
    raw[id] = `${value.slice(0, 3)}-${value.slice(3)}`;
  } else {
    raw[id] = value as string | string[];
  }
}

/** How many items a repeating page shows: what was saved, at least its minimum. */
export function itemCount(page: PageDefinition, answers: Answers): number {
  const items = page.repeat ? answers[page.repeat.name] : undefined;
  const saved = Array.isArray(items) ? items.length : 0;
  return Math.max(saved, page.repeat?.min ?? 0, page.repeat ? 1 : 0);
}

/** Saved answers of a page as the inputs that would have produced them. */
export function pageToRaw(page: PageDefinition, answers: Answers): RawValues {
  const raw: RawValues = {};
  if (!page.repeat) {
    for (const field of page.fields) fieldToRaw(field, fieldId(field), answers[field.name] as FieldValue | undefined, raw);
    return raw;
  }
  const group = page.repeat.name;
  const items = (Array.isArray(answers[group]) ? answers[group] : []) as ItemAnswers[];
  raw[`${group}-count`] = String(itemCount(page, answers));
  items.forEach((item, index) => {
    for (const field of page.fields) fieldToRaw(field, fieldId(field, { group, index }), item[field.name], raw);
  });
  return raw;
}
