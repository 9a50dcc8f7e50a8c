import { tokyoDate } from '../platform/calendar/business-days.ts';
import { fieldsInCondition, type Condition, type DateRef, type FieldDefinition, type FormDefinition, type PageDefinition } from './form-definition.ts';
import type { Answers } from './answers.ts';

function answerOf(answers: Answers, field: string): string[] {
  const value = answers[field];
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return value ? ['answered'] : [];
}

function textOf(answers: Answers, field: string): string | undefined {
  const value = answers[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function dateOf(ref: DateRef, answers: Answers, today: string): string | undefined {
  if ('today' in ref) return addDays(today, ref.today);
  if ('date' in ref) return ref.date;
  const answer = textOf(answers, ref.field);
  return answer && ISO_DATE.test(answer) ? addDays(answer, ref.days ?? 0) : undefined;
}

/** Whole years from a birth date to today, as age is counted for procedures. */
export function ageOn(birthdate: string, today: string): number {
  const [by, bm, bd] = birthdate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Does the condition hold for these answers? `today` (Tokyo) is for tests on dates and ages. */
export function conditionHolds(condition: Condition | undefined, answers: Answers, today = tokyoDate(new Date())): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, answers, today));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, answers, today));
  const given = answerOf(answers, condition.field);
  if ('answered' in condition) return condition.answered === given.length > 0;
  if ('equals' in condition) {
    const wanted = [condition.equals].flat();
    return given.some((value) => wanted.includes(value));
  }
  if ('notEquals' in condition) {
    const refused = [condition.notEquals].flat();
    return given.length > 0 && !given.some((value) => refused.includes(value));
  }
  const text = textOf(answers, condition.field);
  if (text === undefined) return false;
  if ('before' in condition || 'after' in condition) {
    const ref = 'before' in condition ? condition.before : condition.after;
    const other = dateOf(ref, answers, today);
    if (!other || !ISO_DATE.test(text)) return false;
    return 'before' in condition ? text < other : text > other;
  }
  if ('ageUnder' in condition) return ISO_DATE.test(text) && ageOn(text, today) < condition.ageUnder;
  if ('ageOver' in condition) return ISO_DATE.test(text) && ageOn(text, today) > condition.ageOver;
  if ('lessThan' in condition) return Number.isFinite(Number(text)) && Number(text) < condition.lessThan;
  if ('moreThan' in condition) return Number.isFinite(Number(text)) && Number(text) > condition.moreThan;
  if ('matches' in condition) return new RegExp(condition.matches, 'u').test(text);
  return !new RegExp(condition.notMatches, 'u').test(text);
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
export function samePageDependency(field: FieldDefinition, page: PageDefinition, condition: Condition | boolean | undefined = field.showIf): FieldDefinition | undefined {
  if (!condition || typeof condition === 'boolean') return undefined;
  const names = new Set(fieldsInCondition(condition));
  return page.fields.find((other) => other !== field && names.has(other.name));
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
