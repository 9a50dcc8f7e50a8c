import type { Condition, DateRef, FieldDefinition, FieldType, FormDefinition } from '../../forms/form-definition.ts';
import { answerChoices, TEXT_ANSWERS } from './field-types.ts';

/** The tests a condition can make, in words after 「（質問）」. */
export const OPERATORS = {
  equals: 'が次のいずれか',
  notEquals: 'が次のどれでもない',
  answered: 'に回答がある',
  unanswered: 'に回答がない',
  before: 'の日付が次より前',
  after: 'の日付が次より後',
  ageUnder: 'の年齢が次の歳未満',
  ageOver: 'の年齢が次の歳を超える',
  lessThan: 'の数値が次より小さい',
  moreThan: 'の数値が次より大きい',
  matches: 'の文字が次の形式（正規表現）に当てはまる',
  notMatches: 'の文字が次の形式（正規表現）に当てはまらない',
} as const;
export type Operator = keyof typeof OPERATORS;

export function operatorsFor(type: FieldType | undefined): Operator[] {
  const ops: Operator[] = [];
  if (!type || answerChoicesOfType(type) || TEXT_ANSWERS.includes(type)) ops.push('equals', 'notEquals');
  ops.push('answered', 'unanswered');
  if (!type || type === 'date') ops.push('before', 'after', 'ageUnder', 'ageOver');
  if (!type || type === 'number') ops.push('lessThan', 'moreThan');
  if (!type || TEXT_ANSWERS.includes(type)) ops.push('matches', 'notMatches');
  return ops;
}

const answerChoicesOfType = (type: FieldType) => ['choice', 'multiChoice', 'yesNo', 'consent'].includes(type);

/** A question a condition may read, with the page it is on (for the list). */
export interface ConditionSubject {
  field: FieldDefinition;
  pageTitle: string;
  /** This very question (a plausibility check on its own answer). */
  self?: boolean;
}

/**
 * The questions a condition may read, as the definition check allows and residents answer them:
 * questions on earlier pages outside repeating groups, and on the same page the earlier ones; a
 * check also reads its own answer and the rest of its page (within the same item of a group).
 */
export function subjectsFor(definition: FormDefinition, target: { pageId: string; fieldName?: string; check?: boolean }): ConditionSubject[] {
  const at = definition.pages.findIndex((p) => p.id === target.pageId);
  const subjects: ConditionSubject[] = [];
  definition.pages.forEach((page, p) => {
    if (p > at) return;
    if (p < at) {
      if (!page.repeat) for (const field of page.fields) subjects.push({ field, pageTitle: page.title });
      return;
    }
    const own = target.fieldName ? page.fields.findIndex((f) => f.name === target.fieldName) : -1;
    page.fields.forEach((field, f) => {
      if (page.repeat && !target.check) return;
      if (!target.fieldName) return;
      if (f < own || (target.check && f !== own)) subjects.push({ field, pageTitle: page.title });
      else if (f === own && target.check) subjects.push({ field, pageTitle: page.title, self: true });
    });
  });
  return subjects;
}

/** One test as the form shows it: every input kept as text so nothing typed is lost. */
export interface ConditionRow {
  field: string;
  op: string;
  values: string[];
  value: string;
  ref: string;
  days: string;
  refField: string;
  date: string;
}

export const emptyRow = (field = ''): ConditionRow => ({ field, op: '', values: [], value: '', ref: 'today', days: '0', refField: '', date: '' });

export interface ConditionDraft {
  combine: 'all' | 'any';
  rows: ConditionRow[];
}

function rowOf(test: Exclude<Condition, { all: Condition[] } | { any: Condition[] }>): ConditionRow {
  const row = emptyRow(test.field);
  if ('equals' in test) return { ...row, op: 'equals', values: [test.equals].flat(), value: [test.equals].flat().join('\n') };
  if ('notEquals' in test) return { ...row, op: 'notEquals', values: [test.notEquals].flat(), value: [test.notEquals].flat().join('\n') };
  if ('answered' in test) return { ...row, op: test.answered ? 'answered' : 'unanswered' };
  if ('before' in test || 'after' in test) {
    const ref: DateRef = 'before' in test ? test.before : test.after;
    const op = 'before' in test ? 'before' : 'after';
    if ('today' in ref) return { ...row, op, ref: 'today', days: String(ref.today) };
    if ('field' in ref) return { ...row, op, ref: 'field', refField: ref.field, days: String(ref.days ?? 0) };
    return { ...row, op, ref: 'date', date: ref.date };
  }
  if ('ageUnder' in test) return { ...row, op: 'ageUnder', value: String(test.ageUnder) };
  if ('ageOver' in test) return { ...row, op: 'ageOver', value: String(test.ageOver) };
  if ('lessThan' in test) return { ...row, op: 'lessThan', value: String(test.lessThan) };
  if ('moreThan' in test) return { ...row, op: 'moreThan', value: String(test.moreThan) };
  if ('matches' in test) return { ...row, op: 'matches', value: test.matches };
  return { ...row, op: 'notMatches', value: test.notMatches };
}

const isTest = (c: Condition): c is Exclude<Condition, { all: Condition[] } | { any: Condition[] }> => !('all' in c) && !('any' in c);

/** The rows of a stored condition; undefined when it nests groups (edited in the JSON view). */
export function draftOf(condition: Condition | undefined, firstField = ''): ConditionDraft | undefined {
  if (!condition) return { combine: 'all', rows: [emptyRow(firstField)] };
  if (isTest(condition)) return { combine: 'all', rows: [rowOf(condition)] };
  const list = 'all' in condition ? condition.all : condition.any;
  if (!list.every(isTest)) return undefined;
  return { combine: 'all' in condition ? 'all' : 'any', rows: list.map(rowOf) };
}
