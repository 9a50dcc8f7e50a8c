import { ERA_ORDER, ERAS, eraYearText } from '../../platform/calendar/japanese-dates.ts';

/**
 * Dates that residents type as 年・月・日, in 西暦 or 和暦, with any keyboard width.
 * Eras before 大正 are not accepted: nobody applying today was born in 明治.
 */

export const ERA_CHOICES = ['seireki', 'reiwa', 'heisei', 'showa', 'taisho'] as const;
export type EraChoice = (typeof ERA_CHOICES)[number];
type Era = Exclude<EraChoice, 'seireki'>;

export { formatBothCalendars, formatWareki } from '../../platform/calendar/japanese-dates.ts';

export type DateParseResult = { ok: true; iso: string } | { ok: false; message: string };

export const ERA_LABELS: Record<EraChoice, string> = {
  seireki: '西暦',
  reiwa: '令和',
  heisei: '平成',
  showa: '昭和',
  taisho: '大正',
};

/** Era names and initials as they appear after NFKC (which turns ㋿ into 令和 and Ｒ into R). */
const ERA_PREFIXES: [RegExp, EraChoice][] = [
  [/^(?:令和|令|r)/iu, 'reiwa'],
  [/^(?:平成|平|h)/iu, 'heisei'],
  [/^(?:昭和|昭|s)/iu, 'showa'],
  [/^(?:大正|大|t)/iu, 'taisho'],
  [/^西暦/u, 'seireki'],
];

function clean(part: string, suffix: string): string {
  return part.normalize('NFKC').replace(/\s+/gu, '').replace(new RegExp(`${suffix}$`, 'u'), '');
}

function monthDayText(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type YearParse = { ok: true; era: EraChoice; year: number } | { ok: false; message: string };

function parseYear(input: string, chosenEra: EraChoice | undefined): YearParse {
  let text = clean(input, '年');
  if (text === '') return { ok: false, message: '年を入力してください。' };

  let typedEra: EraChoice | undefined;
  for (const [prefix, era] of ERA_PREFIXES) {
    const match = prefix.exec(text);
    if (match) {
      typedEra = era;
      text = text.slice(match[0].length);
      break;
    }
  }
  if (typedEra && chosenEra && typedEra !== chosenEra) {
    return { ok: false, message: `元号の選択（${ERA_LABELS[chosenEra]}）と年の入力（${ERA_LABELS[typedEra]}）が合っていません。` };
  }
  const era = typedEra ?? chosenEra ?? (/^\d{4}$/u.test(text) ? 'seireki' : undefined);
  if (!era) {
    return { ok: false, message: '年は西暦（例：2025）か、元号を付けて（例：令和7）入力してください。' };
  }

  if (era === 'seireki') {
    if (!/^\d{4}$/u.test(text) || Number(text) < 1000) {
      return { ok: false, message: '西暦の年は4桁の数字で入力してください（例：2025）。' };
    }
    return { ok: true, era, year: Number(text) };
  }
  if (text === '元') return { ok: true, era, year: 1 };
  if (/^\d{4}$/u.test(text)) {
    return { ok: false, message: `${ERA_LABELS[era]}の年を入力してください（例：${ERA_LABELS[era]}7年なら「7」）。西暦で入力するときは「西暦」を選んでください。` };
  }
  if (!/^\d{1,2}$/u.test(text) || Number(text) === 0) {
    return { ok: false, message: `${ERA_LABELS[era]}の年は「元」か1から2桁の数字で入力してください（例：${ERA_LABELS[era]}元年、${ERA_LABELS[era]}7年）。` };
  }
  return { ok: true, era, year: Number(text) };
}

/**
 * Reads a date from the three boxes of a form. `era` is the 元号 chosen in a separate select;
 * a year typed with its own era (令和7, R7, H31) must agree with it.
 */
export function parseDateParts(year: string, month: string, day: string, chosenEra?: EraChoice): DateParseResult {
  const parsedYear = parseYear(year, chosenEra);
  if (!parsedYear.ok) return parsedYear;

  const monthText = clean(month, '月');
  const dayText = clean(day, '日');
  if (monthText === '') return { ok: false, message: '月を入力してください。' };
  if (!/^\d{1,2}$/u.test(monthText) || Number(monthText) < 1 || Number(monthText) > 12) {
    return { ok: false, message: '月は1から12までの数字で入力してください。' };
  }
  if (dayText === '') return { ok: false, message: '日を入力してください。' };
  if (!/^\d{1,2}$/u.test(dayText) || Number(dayText) < 1 || Number(dayText) > 31) {
    return { ok: false, message: '日は1から31までの数字で入力してください。' };
  }

  const m = Number(monthText);
  const d = Number(dayText);
  const era = parsedYear.era === 'seireki' ? undefined : parsedYear.era;
  const gregorianYear = era ? Number(ERAS[era].first.slice(0, 4)) + parsedYear.year - 1 : parsedYear.year;

  const lastDay = daysInMonth(gregorianYear, m);
  if (d > lastDay) {
    return { ok: false, message: `日付が正しくありません。${m}月は${lastDay}日までです。` };
  }

  const iso = toIso(gregorianYear, m, d);
  if (era) {
    const span = ERAS[era];
    const index = ERA_ORDER.indexOf(era);
    if (iso < span.first) {
      const older = ERA_ORDER[index + 1];
      const advice = older ? `それより前の日付は${ERAS[older].name}で入力してください。` : 'それより前の日付には対応していません。';
      return { ok: false, message: `${span.name}は元年${monthDayText(span.first)}からです。${advice}` };
    }
    if (span.last && iso > span.last) {
      const newer = ERA_ORDER[index - 1]!;
      const lastYear = Number(span.last.slice(0, 4)) - Number(span.first.slice(0, 4)) + 1;
      return {
        ok: false,
        message:
          `${span.name}は${lastYear}年${monthDayText(span.last)}までです。` +
          `${eraYearText(newer, 1)}${monthDayText(ERAS[newer].first)}以降は${ERAS[newer].name}で入力してください。`,
      };
    }
  }
  return { ok: true, iso };
}
