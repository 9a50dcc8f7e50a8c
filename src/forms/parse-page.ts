import type { FieldError } from '../views/form-fields.tsx';
import type { FieldDefinition, PageDefinition } from './form-definition.ts';
import type { Answers, FieldValue, ItemAnswers, RawValues } from './answers.ts';
import { isFieldRequired, isFieldShown } from './conditions.ts';
import { anchorId, fieldId } from './field-ids.ts';
import { parseField, requiredMessage } from './parse-field.ts';

export interface ParsedPage {
  answers: Answers;
  errors: FieldError[];
}

function parseFields(fields: FieldDefinition[], raw: RawValues, context: Answers, item?: { group: string; index: number; label: string }) {
  const values: ItemAnswers = {};
  const errors: FieldError[] = [];
  const prefix = item ? `${item.label}（${item.index + 1}）：` : '';
  for (const field of fields) {
    const id = fieldId(field, item);
    const parsed = parseField(field, id, raw);
    if ('error' in parsed) {
      errors.push({ field: anchorId(field, id), message: prefix + parsed.error });
      continue;
    }
    if (parsed.value !== undefined) values[field.name] = parsed.value;
  }
  // Conditions are read after the whole page is parsed: a question may depend on one above it.
  const merged = { ...context, ...values };
  for (const field of fields) {
    const id = fieldId(field, item);
    if (!isFieldShown(field, merged)) {
      delete values[field.name];
      const index = errors.findIndex((e) => e.field === anchorId(field, id));
      if (index >= 0) errors.splice(index, 1);
      continue;
    }
    const hasError = errors.some((e) => e.field === anchorId(field, id));
    if (!hasError && values[field.name] === undefined && isFieldRequired(field, merged)) errors.push({ field: anchorId(field, id), message: prefix + requiredMessage(field) });
  }
  return { values, errors };
}

/** The page's answers merged into what was saved, and the messages for what is missing or wrong. */
export function parsePage(page: PageDefinition, raw: RawValues, saved: Answers, count?: number): ParsedPage {
  if (!page.repeat) {
    const { values, errors } = parseFields(page.fields, raw, saved);
    const answers: Answers = { ...saved };
    for (const field of page.fields) delete answers[field.name];
    return { answers: { ...answers, ...(values as Record<string, FieldValue>) }, errors };
  }
  const group = page.repeat.name;
  const items: ItemAnswers[] = [];
  const errors: FieldError[] = [];
  for (let index = 0; index < (count ?? 0); index++) {
    const parsed = parseFields(page.fields, raw, saved, { group, index, label: page.repeat.itemLabel });
    items.push(parsed.values);
    errors.push(...parsed.errors);
  }
  return { answers: { ...saved, [group]: items }, errors };
}
