import type { FormDefinition } from './form-definition.ts';
import type { Answers } from './answers.ts';
import { answerSections, type AnswerRow } from './format-answer.ts';

/** One answer as it was and as it is now, in the words the resident and staff read. */
export interface AnswerChange {
  page: string;
  field: string;
  item?: number;
  label: string;
  before: string;
  after: string;
}

function keyOf(page: string, row: AnswerRow): string {
  return `${page}:${row.field}:${row.item ?? ''}`;
}

function rowsByKey(definition: FormDefinition, answers: Answers, fileName?: (id: string) => string) {
  const rows = new Map<string, { page: string; row: AnswerRow }>();
  for (const section of answerSections(definition, answers, fileName)) for (const row of section.rows) rows.set(keyOf(section.pageId, row), { page: section.pageId, row });
  return rows;
}

const NOT_ASKED = '（質問の対象外）';

/**
 * Every answer that differs between two sets of answers to the same form, in form order: changed,
 * newly asked (a changed answer made a question apply) and no longer asked.
 */
export function answerChanges(definition: FormDefinition, before: Answers, after: Answers, fileName?: (id: string) => string): AnswerChange[] {
  const old = rowsByKey(definition, before, fileName);
  const now = rowsByKey(definition, after, fileName);
  const keys = [...new Set([...old.keys(), ...now.keys()])];
  const order = [...now.keys(), ...old.keys()];
  keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const changes: AnswerChange[] = [];
  for (const key of keys) {
    const was = old.get(key);
    const is = now.get(key);
    const shown = (is ?? was)!;
    const beforeText = was?.row.value ?? NOT_ASKED;
    const afterText = is?.row.value ?? NOT_ASKED;
    if (beforeText === afterText) continue;
    changes.push({ page: shown.page, field: shown.row.field, ...(shown.row.item !== undefined ? { item: shown.row.item } : {}), label: shown.row.label, before: beforeText, after: afterText });
  }
  return changes;
}
