import { BLANK_ADVICE, INSTEAD_OF_BLANK, accepted, corrected, foldWidth, rejected, type CellOutcome } from './cell-outcome.ts';

const GROUPED_INTEGER = /^-?\d{1,3}(,\d{3})+$/u;
const GROUPED_DECIMAL = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/u;
const UNIT_ADVICE = '数値の列には数字だけを書いてください。単位は見出しや備考の列に書き、「約」「以上」などの説明は備考の列に書いてください。';

/** A count: digits only; 0 stays 0 and blank stays blank, because they mean different things. */
export function checkInteger(raw: string): CellOutcome {
  const folded = foldWidth(raw);
  const notNumber = checkNotNumber(raw, folded);
  if (notNumber) return notNumber;
  if (/^\d+$/u.test(folded)) return folded === raw ? accepted(raw) : corrected(folded, `全角の数字を半角の「${folded}」にしました。`);
  if (GROUPED_INTEGER.test(folded) && !folded.startsWith('-')) {
    const plain = folded.replaceAll(',', '');
    return corrected(plain, `桁区切りのカンマを取り除き、「${plain}」にしました。`);
  }
  if (/^-\d+$/u.test(folded)) return rejected(raw, `「${raw}」はマイナスの数です。この列には0以上の数を書いてください。`);
  if (/^-?\d+\.\d+$/u.test(folded)) return rejected(raw, `「${raw}」は小数です。この列には整数を書いてください。`);
  return rejected(raw, `「${raw}」は数値ではありません。${UNIT_ADVICE}（例：「30人」→「30」）`);
}

/** A measurement such as 標高: digits, an optional sign and decimal point. */
export function checkDecimal(raw: string): CellOutcome {
  const folded = foldWidth(raw);
  const notNumber = checkNotNumber(raw, folded);
  if (notNumber) return notNumber;
  if (/^-?\d+(\.\d+)?$/u.test(folded)) return folded === raw ? accepted(raw) : corrected(folded, `全角の数字を半角の「${folded}」にしました。`);
  if (GROUPED_DECIMAL.test(folded)) {
    const plain = folded.replaceAll(',', '');
    return corrected(plain, `桁区切りのカンマを取り除き、「${plain}」にしました。`);
  }
  return rejected(raw, `「${raw}」は数値ではありません。${UNIT_ADVICE}（例：「12.5m」→「12.5」）`);
}

function checkNotNumber(raw: string, folded: string): CellOutcome | undefined {
  if (INSTEAD_OF_BLANK.test(folded)) {
    return rejected(raw, `数値の列に「${raw}」と書かれています。${BLANK_ADVICE}数が0のときは「0」と書いてください。`);
  }
  if (!/\d/u.test(folded)) return rejected(raw, `「${raw}」は数値ではありません。数値の列には数字だけを書いてください。${BLANK_ADVICE}`);
  return undefined;
}
