import type { Condition, DateRef } from '../../forms/form-definition.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { answerChoices } from './field-types.ts';
import { emptyRow, operatorsFor, type ConditionDraft, type ConditionRow, type ConditionSubject, type Operator } from './condition-ops.ts';
import { many, numberOf, one, type Raw } from './raw-form.ts';

export const rowInput = (index: number, part: keyof ConditionRow) => `cond-${index}-${part}`;

/** The rows as posted, with a row added or removed when that button was pressed. */
export function postedDraft(raw: Raw, action: { verb: string; arg: string }): ConditionDraft {
  const count = Math.min(Math.max(Number(one(raw, 'cond-count')) || 1, 1), 10);
  let rows = Array.from({ length: count }, (_, i): ConditionRow => ({
    field: one(raw, rowInput(i, 'field')),
    op: one(raw, rowInput(i, 'op')),
    values: many(raw, rowInput(i, 'values')),
    value: one(raw, rowInput(i, 'value')),
    ref: one(raw, rowInput(i, 'ref')) || 'today',
    days: one(raw, rowInput(i, 'days')),
    refField: one(raw, rowInput(i, 'refField')),
    date: one(raw, rowInput(i, 'date')),
  }));
  if (action.verb === 'add-row' && rows.length < 10) rows = [...rows, emptyRow()];
  if (action.verb === 'remove-row' && rows.length > 1) rows = rows.filter((_, i) => i !== Number(action.arg));
  return { combine: one(raw, 'cond-combine') === 'any' ? 'any' : 'all', rows };
}

function dateRef(row: ConditionRow, index: number, subjects: ConditionSubject[], errors: FieldError[]): DateRef | undefined {
  const days = row.days.trim() === '' ? 0 : numberOf({ d: row.days }, 'd')!;
  if (!Number.isInteger(days) || Math.abs(days) > 36600) {
    errors.push({ field: rowInput(index, 'days'), message: 'ずらす日数は整数で入力してください（前の日付はマイナス、例：-30）' });
    return undefined;
  }
  if (row.ref === 'field') {
    if (!subjects.some((s) => s.field.name === row.refField && s.field.type === 'date')) {
      errors.push({ field: rowInput(index, 'refField'), message: '比べる日付の質問を選んでください' });
      return undefined;
    }
    return days ? { field: row.refField, days } : { field: row.refField };
  }
  if (row.ref === 'date') {
    const date = row.date.normalize('NFKC').trim().replace(/[/.年月]/gu, '-').replace(/日$/u, '');
    const [y, m, d] = date.split('-').map(Number);
    const iso = y && m && d ? `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : '';
    if (!iso || Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) || new Date(`${iso}T00:00:00Z`).getUTCDate() !== d) {
      errors.push({ field: rowInput(index, 'date'), message: '日付は西暦で「2026-04-01」のように入力してください' });
      return undefined;
    }
    return { date: iso };
  }
  return { today: days };
}

function numberTest(row: ConditionRow, index: number, errors: FieldError[], whole: boolean): number | undefined {
  const value = numberOf({ v: row.value }, 'v');
  if (value === undefined || Number.isNaN(value) || (whole && (!Number.isInteger(value) || value < 0 || value > 150))) {
    errors.push({ field: rowInput(index, 'value'), message: whole ? '年齢を0から150までの整数で入力してください' : '数値を入力してください' });
    return undefined;
  }
  return value;
}

function testOf(row: ConditionRow, index: number, subjects: ConditionSubject[], errors: FieldError[]): Condition | undefined {
  const subject = subjects.find((s) => s.field.name === row.field);
  if (!subject) {
    errors.push({ field: rowInput(index, 'field'), message: '条件に使う質問を選んでください' });
    return undefined;
  }
  const op = row.op as Operator;
  if (!operatorsFor(subject.field.type).includes(op)) {
    errors.push({ field: rowInput(index, 'op'), message: row.op ? 'この質問には使えない条件です。条件を選び直してください' : '条件を選んでください' });
    return undefined;
  }
  const field = row.field;
  switch (op) {
    case 'equals':
    case 'notEquals': {
      const choices = answerChoices(subject.field);
      const values = choices ? row.values.filter((v) => choices.some((c) => c.value === v)) : row.value.split(/\r?\n/u).map((v) => v.trim()).filter(Boolean);
      if (values.length === 0) {
        errors.push({ field: rowInput(index, choices ? 'values' : 'value'), message: choices ? '当てはまる答えを1つ以上選んでください' : '比べる答えを1行に1つ入力してください' });
        return undefined;
      }
      const list = values.length === 1 ? values[0]! : values;
      return op === 'equals' ? { field, equals: list } : { field, notEquals: list };
    }
    case 'answered':
      return { field, answered: true };
    case 'unanswered':
      return { field, answered: false };
    case 'before':
    case 'after': {
      const ref = dateRef(row, index, subjects, errors);
      if (!ref) return undefined;
      return op === 'before' ? { field, before: ref } : { field, after: ref };
    }
    case 'ageUnder':
    case 'ageOver': {
      const age = numberTest(row, index, errors, true);
      if (age === undefined) return undefined;
      return op === 'ageUnder' ? { field, ageUnder: age } : { field, ageOver: age };
    }
    case 'lessThan':
    case 'moreThan': {
      const limit = numberTest(row, index, errors, false);
      if (limit === undefined) return undefined;
      return op === 'lessThan' ? { field, lessThan: limit } : { field, moreThan: limit };
    }
    case 'matches':
    case 'notMatches': {
      const pattern = row.value.trim();
      try {
        if (!pattern) throw new Error('empty');
        new RegExp(pattern, 'u');
      } catch {
        errors.push({ field: rowInput(index, 'value'), message: '形式を正規表現で入力してください（例：数字7桁なら ^[0-9]{7}$）' });
        return undefined;
      }
      return op === 'matches' ? { field, matches: pattern } : { field, notMatches: pattern };
    }
  }
}

/** The condition the rows make, or the message at each input that is not yet complete. */
export function conditionOf(draft: ConditionDraft, subjects: ConditionSubject[]): { condition?: Condition; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const tests = draft.rows.map((row, i) => testOf(row, i, subjects, errors));
  if (errors.length) return { errors };
  const list = tests as Condition[];
  return { condition: list.length === 1 ? list[0]! : draft.combine === 'any' ? { any: list } : { all: list }, errors };
}
