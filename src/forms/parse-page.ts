import { tokyoDate } from '../platform/calendar/business-days.ts';
import type { FieldError } from '../views/form-fields.tsx';
import type { FieldDefinition, PageDefinition } from './form-definition.ts';
import type { Answers, FieldValue, ItemAnswers, RawValues } from './answers.ts';
import { isFieldRequired, isFieldShown } from './conditions.ts';
import { runChecks, type FieldWarning } from './field-checks.ts';
import { requiredMessage } from './field-messages.ts';
import { anchorId, fieldId } from './field-ids.ts';
import { parseField } from './parse-field.ts';

export interface ParsedPage {
  answers: Answers;
  errors: FieldError[];
  /** Plausibility warnings of the answers as given, confirmed or not. */
  warnings: FieldWarning[];
}

interface ParsedFields {
  values: ItemAnswers;
  errors: FieldError[];
  warnings: FieldWarning[];
}

function parseFields(fields: FieldDefinition[], raw: RawValues, context: Answers, today: string, item?: { group: string; index: number; label: string }): ParsedFields {
  const values: ItemAnswers = {};
  const errors: FieldError[] = [];
  const warnings: FieldWarning[] = [];
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
    const anchor = anchorId(field, id);
    if (!isFieldShown(field, merged)) {
      delete values[field.name];
      const index = errors.findIndex((e) => e.field === anchor);
      if (index >= 0) errors.splice(index, 1);
      continue;
    }
    if (errors.some((e) => e.field === anchor)) continue;
    if (values[field.name] === undefined) {
      if (isFieldRequired(field, merged)) errors.push({ field: anchor, message: prefix + requiredMessage(field) });
      continue;
    }
    const checked = runChecks(field, id, anchor, merged, today);
    errors.push(...checked.errors.slice(0, 1).map((e) => ({ ...e, message: prefix + e.message })));
    warnings.push(...checked.warnings.map((w) => ({ ...w, message: prefix + w.message })));
  }
  return { values, errors, warnings };
}

/** The page's answers merged into what was saved, the messages for what is missing or wrong, and the warnings to confirm. */
export function parsePage(page: PageDefinition, raw: RawValues, saved: Answers, count?: number, today = tokyoDate(new Date())): ParsedPage {
  if (!page.repeat) {
    const { values, errors, warnings } = parseFields(page.fields, raw, saved, today);
    const answers: Answers = { ...saved };
    for (const field of page.fields) delete answers[field.name];
    return { answers: { ...answers, ...(values as Record<string, FieldValue>) }, errors, warnings };
  }
  const group = page.repeat.name;
  const items: ItemAnswers[] = [];
  const errors: FieldError[] = [];
  const warnings: FieldWarning[] = [];
  for (let index = 0; index < (count ?? 0); index++) {
    const parsed = parseFields(page.fields, raw, saved, today, { group, index, label: page.repeat.itemLabel });
    items.push(parsed.values);
    errors.push(...parsed.errors);
    warnings.push(...parsed.warnings);
  }
  return { answers: { ...saved, [group]: items }, errors, warnings };
}
