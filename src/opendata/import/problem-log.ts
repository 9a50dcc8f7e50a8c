import { locationPrefix } from './locate.ts';
import type { Problem, Severity } from './types.ts';

export const PROBLEM_LIMIT = 1000;
/** How many identical corrections of one column are listed one by one before they are summed up. */
const SHOWN_PER_CORRECTION = 3;

export interface Finding {
  severity: Severity;
  /** Spreadsheet row (header = 1). */
  row?: number;
  /** 0-based column of the file, for the column letter. */
  columnIndex?: number;
  /** Header as written in the file. */
  header?: string;
  /** What is wrong and how to fix it, without the location, which is added in front. */
  text: string;
}

interface RepeatedCorrection {
  first: Finding;
  more: number;
}

export interface ProblemLog {
  add(finding: Finding): void;
  /** A cell warning; after the first few, the same warning in the same column is summed up in one line. */
  addRepeatable(finding: Finding): void;
  errorCount(): number;
  finish(): Problem[];
}

export function createProblemLog(limit = PROBLEM_LIMIT): ProblemLog {
  const shown: Problem[] = [];
  const repeated = new Map<string, RepeatedCorrection>();
  const hidden = { all: 0, errors: 0 };
  let errors = 0;

  const toProblem = (finding: Finding): Problem => ({
    severity: finding.severity,
    ...(finding.row !== undefined ? { row: finding.row } : {}),
    ...(finding.header !== undefined ? { column: finding.header } : {}),
    message: locationPrefix(finding.row, finding.columnIndex, finding.header) + finding.text,
  });
  const add = (finding: Finding): void => {
    if (finding.severity === 'error') errors++;
    if (shown.length < limit) {
      shown.push(toProblem(finding));
      return;
    }
    hidden.all++;
    if (finding.severity === 'error') hidden.errors++;
  };
  const addRepeatable = (finding: Finding): void => {
    const key = `${finding.columnIndex}\u0000${finding.text}`;
    const seen = repeated.get(key) ?? { first: finding, more: -SHOWN_PER_CORRECTION };
    seen.more++;
    repeated.set(key, seen);
    if (seen.more <= 0) add(finding);
  };
  const finish = (): Problem[] => {
    [...repeated.values()].filter(({ more }) => more > 0).map(summariseRepeats).forEach(add);
    return hidden.all > 0 ? [...shown, overflowSummary(limit, hidden.all, hidden.errors)] : [...shown];
  };
  return { add, addRepeatable, errorCount: () => errors, finish };
}

function summariseRepeats({ first, more }: RepeatedCorrection): Finding {
  const { row: _row, ...where } = first;
  return { ...where, severity: 'warning', text: `この列のほかの${more.toLocaleString('ja-JP')}行にも、上と同じ内容（${first.text.replace(/。$/u, '')}）があります。` };
}

function overflowSummary(limit: number, hidden: number, hiddenErrors: number): Problem {
  const count = (n: number) => n.toLocaleString('ja-JP');
  return {
    severity: hiddenErrors > 0 ? 'error' : 'warning',
    message:
      `問題が多いため、最初の${count(limit)}件だけを表示しています。ほかに${count(hidden)}件（うちエラー${count(hiddenErrors)}件）あります。` +
      '表示されている問題を直してから、もう一度読み込んでください。',
  };
}
