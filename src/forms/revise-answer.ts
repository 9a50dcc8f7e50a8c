import type { FieldError } from '../views/form-fields.tsx';
import type { FieldDefinition, FormDefinition, PageDefinition } from './form-definition.ts';
import type { Answers, ItemAnswers, RawValues } from './answers.ts';
import { isFieldRequired } from './conditions.ts';
import { runChecks } from './field-checks.ts';
import { anchorId, fieldId } from './field-ids.ts';
import { requiredMessage } from './field-messages.ts';
import { parseField } from './parse-field.ts';

/** One answer of a submitted form: a question, and for a repeating page the item (0-based). */
export interface AnswerRef {
  page: string;
  field: string;
  item?: number;
}

export interface FoundQuestion {
  page: PageDefinition;
  field: FieldDefinition;
  /** The input's id, as the form names it. */
  id: string;
}

export function findQuestion(definition: FormDefinition, ref: AnswerRef): FoundQuestion | undefined {
  const page = definition.pages.find((p) => p.id === ref.page);
  const field = page?.fields.find((f) => f.name === ref.field);
  if (!page || !field || (page.repeat === undefined) !== (ref.item === undefined)) return undefined;
  return { page, field, id: fieldId(field, page.repeat ? { group: page.repeat.name, index: ref.item! } : undefined) };
}

/**
 * Answers with one question's answer replaced by what was typed, read and checked as the form
 * would read it (format, required, impossible answers); or the message for the input.
 */
export function reviseAnswer(definition: FormDefinition, answers: Answers, ref: AnswerRef, raw: RawValues, today: string): { answers: Answers } | { error: FieldError } {
  const found = findQuestion(definition, ref);
  if (!found) return { error: { field: 'answer', message: 'この項目は訂正できません。' } };
  const { page, field, id } = found;
  const anchor = anchorId(field, id);
  const parsed = parseField(field, id, raw);
  if ('error' in parsed) return { error: { field: anchor, message: parsed.error } };
  const next = structuredClone(answers) as Answers;
  let target = next as ItemAnswers;
  if (page.repeat) {
    const items = next[page.repeat.name];
    if (!Array.isArray(items) || !items[ref.item!]) return { error: { field: anchor, message: 'この項目は訂正できません。' } };
    target = items[ref.item!] as ItemAnswers;
  }
  if (parsed.value === undefined) delete target[field.name];
  else target[field.name] = parsed.value;
  const context = page.repeat ? { ...next, ...target } : next;
  if (parsed.value === undefined && isFieldRequired(field, context)) return { error: { field: anchor, message: requiredMessage(field) } };
  const impossible = runChecks(field, id, anchor, context, today).errors[0];
  if (impossible) return { error: impossible };
  return { answers: next };
}
