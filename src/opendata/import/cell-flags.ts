import { accepted, corrected, rejected, type CellOutcome } from './cell-outcome.ts';

const MEANS_YES = new Set(['○', '◯', '〇', 'あり', '有り', 'TRUE']);
const MEANS_NO = new Set(['×', '✕', '✖', 'なし', '無し', 'FALSE']);
const MEANS_ONE = new Set(['○', '◯', '〇', '●', '有', 'あり', '有り', 'TRUE', '1']);

/** 有無 columns: 有 or 無, blank when unknown. */
export function checkUmu(raw: string): CellOutcome {
  if (raw === '有' || raw === '無') return accepted(raw);
  const key = raw.normalize('NFKC').toUpperCase();
  if (MEANS_YES.has(key)) return corrected('有', `「${raw}」を「有」に直しました。`);
  if (MEANS_NO.has(key)) return corrected('無', `「${raw}」を「無」に直しました。`);
  return rejected(raw, `「${raw}」は使えません。この列には「有」か「無」のどちらかを書いてください。わからないときは空欄にしてください。`);
}

/**
 * 災害種別 and 指定避難所との重複: 1 when it applies, blank when it does not. A written 0 or 無
 * is an error rather than silently blanked: blank and 0 are different values under the
 * machine-readability rules, so turning one into the other is the publisher's decision.
 */
export function checkOne(raw: string): CellOutcome {
  if (raw === '1') return accepted(raw);
  const key = raw.normalize('NFKC').toUpperCase();
  if (MEANS_ONE.has(key)) return corrected('1', `「${raw}」を「1」に直しました。`);
  return rejected(
    raw,
    `「${raw}」は使えません。この列は、当てはまるときは「1」、当てはまらないときは空欄にする決まりです。` +
      (key === '0' || key === '無' || MEANS_NO.has(key) ? '当てはまらない行は、値を消して空欄にしてください。' : ''),
  );
}
