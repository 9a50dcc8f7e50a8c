import { accepted, corrected, foldWidth, rejected, type CellOutcome } from './cell-outcome.ts';
import { fromJapaneseEra, type WesternDate } from './japanese-era.ts';

const DATE_ADVICE = '日付は「2025-04-01」のように、西暦の「年-月-日」で書いてください。';
const WESTERN_FORMS = [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u];

export interface DateRules {
  /**
   * The reference recommends YYYY-MM-DD but marks it unverified as mandatory. When true (the
   * default), other 西暦 forms are rewritten to YYYY-MM-DD with a warning; when false they are
   * kept as written. 和暦 is always rewritten: the machine-readability rules ask for 西暦.
   */
  isoDates: boolean;
}

export function checkDate(raw: string, rules: DateRules = { isoDates: true }): CellOutcome {
  const folded = foldWidth(raw);
  if (/^\d{4}-\d{2}-\d{2}$/u.test(folded) && folded === raw) return checkExists(raw, parts(folded, WESTERN_FORMS[0]!)!);
  const western = WESTERN_FORMS.map((form) => parts(folded, form)).find((date) => date !== undefined);
  if (western) {
    const checked = checkExists(raw, western);
    if (checked.severity) return checked;
    if (!rules.isoDates) return accepted(raw);
    return corrected(checked.value, `日付を「${checked.value}」の形に直しました。`);
  }
  const era = fromJapaneseEra(folded);
  if (era) {
    const checked = checkExists(raw, era);
    return checked.severity ? checked : corrected(checked.value, `和暦「${raw}」を西暦の「${checked.value}」に直しました。`);
  }
  if (/^\d{5}$/u.test(folded)) {
    return rejected(raw, `「${raw}」は、Excelの日付が数値のまま書き出されたもののようです。セルの表示形式を日付にしてから保存し直すか、${DATE_ADVICE}`);
  }
  if (/\d{1,2}:\d{2}/u.test(folded)) return rejected(raw, `「${raw}」には時刻が入っています。この列には日付だけを書き、時刻は時刻の列に書いてください。`);
  return rejected(raw, `「${raw}」は日付として読めません。${DATE_ADVICE}`);
}

function parts(text: string, form: RegExp): WesternDate | undefined {
  const match = form.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

function checkExists(raw: string, { year, month, day }: WesternDate): CellOutcome {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return rejected(raw, `「${raw}」は存在しない日付です。年・月・日を確かめてください。`);
  }
  return accepted(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}
