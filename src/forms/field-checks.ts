import { canonicalJson } from '../platform/text/canonical-json.ts';
import { fieldsInCondition, type FieldDefinition } from './form-definition.ts';
import type { Answers, FieldValue } from './answers.ts';
import { ageOn, conditionHolds } from './conditions.ts';
import { formatValue } from './format-answer.ts';

/** A plausibility warning on one answer, which the resident may confirm. */
export interface FieldWarning {
  /** `{input id}:{check id}`: what the confirmation checkbox sends back. */
  key: string;
  /** The input the message sits at. */
  field: string;
  /** The question's label, for staff who see the confirmation on the case. */
  question: string;
  message: string;
  /** The answers the check looked at: a confirmation holds only while they stay the same. */
  signature: string;
}

export interface CheckOutcome {
  errors: { field: string; message: string }[];
  warnings: FieldWarning[];
}

function fill(message: string, field: FieldDefinition, value: FieldValue | undefined, today: string): string {
  const shown = formatValue(field, value);
  const age = field.type === 'date' && typeof value === 'string' ? String(ageOn(value, today)) : '';
  return message.replaceAll('{value}', shown).replaceAll('{age}', age);
}

/**
 * The plausibility checks of one answered question: errors (impossible answers) and warnings.
 * `answers` are all the answers the condition may read (for an item: the form's and the item's).
 */
export function runChecks(field: FieldDefinition, inputId: string, anchor: string, answers: Answers, today: string): CheckOutcome {
  const outcome: CheckOutcome = { errors: [], warnings: [] };
  const value = answers[field.name] as FieldValue | undefined;
  if (value === undefined) return outcome;
  for (const check of field.checks ?? []) {
    if (!conditionHolds(check.when, answers, today)) continue;
    const message = fill(check.message, field, value, today);
    if (check.level === 'error') {
      outcome.errors.push({ field: anchor, message });
      continue;
    }
    const seen = Object.fromEntries([field.name, ...fieldsInCondition(check.when)].map((name) => [name, answers[name] ?? null]));
    outcome.warnings.push({ key: `${inputId}:${check.id}`, field: anchor, question: field.label, message, signature: canonicalJson(seen) });
  }
  return outcome;
}

export const CONFIRMED_KEY = '_confirmed';

/** Warnings the resident confirmed, by key, with the signature of the answers they confirmed. */
export function confirmedWarnings(answers: Answers): Record<string, string> {
  const value = (answers as Record<string, unknown>)[CONFIRMED_KEY];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
}

export function isConfirmed(warning: FieldWarning, answers: Answers, ticked: readonly string[] = []): boolean {
  return ticked.includes(warning.key) || confirmedWarnings(answers)[warning.key] === warning.signature;
}
