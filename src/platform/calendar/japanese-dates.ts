import { tokyoDate } from './business-days.ts';

/**
 * How Yakuba writes dates for people, on pages, in mail and in PDF copies alike: 和暦 with 西暦
 * (令和9年（2027年）1月8日) and times as 14:05, in Japan time. One formatter, so a resident reads
 * the same date the same way on the web and in the mail about it.
 */

export type Era = 'reiwa' | 'heisei' | 'showa' | 'taisho';

export interface EraSpan {
  name: string;
  /** First and last day in ISO form; the current era has no last day. */
  first: string;
  last?: string;
}

export const ERAS: Record<Era, EraSpan> = {
  reiwa: { name: '令和', first: '2019-05-01' },
  heisei: { name: '平成', first: '1989-01-08', last: '2019-04-30' },
  showa: { name: '昭和', first: '1926-12-25', last: '1989-01-07' },
  taisho: { name: '大正', first: '1912-07-30', last: '1926-12-24' },
};
/** Newest first: a date belongs to the first era that has begun by then. */
export const ERA_ORDER: Era[] = ['reiwa', 'heisei', 'showa', 'taisho'];

export function eraYearText(era: Era, year: number): string {
  return `${ERAS[era].name}${year === 1 ? '元' : year}年`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseIso(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a calendar date in YYYY-MM-DD form: ${iso}`);
  }
  return { year, month, day };
}

function eraOf(iso: string): { era: Era; year: number } | undefined {
  const era = ERA_ORDER.find((candidate) => iso >= ERAS[candidate].first);
  if (!era) return undefined;
  return { era, year: Number(iso.slice(0, 4)) - Number(ERAS[era].first.slice(0, 4)) + 1 };
}

/** 「令和7年4月1日」; dates before 大正 keep 西暦 (「1900年1月1日」). */
export function formatWareki(iso: string): string {
  const { year, month, day } = parseIso(iso);
  const wareki = eraOf(iso);
  const yearText = wareki ? eraYearText(wareki.era, wareki.year) : `${year}年`;
  return `${yearText}${month}月${day}日`;
}

/** 「令和7年（2025年）4月1日」 from a calendar date (YYYY-MM-DD). */
export function formatBothCalendars(iso: string): string {
  const { year, month, day } = parseIso(iso);
  const wareki = eraOf(iso);
  const yearText = wareki ? `${eraYearText(wareki.era, wareki.year)}（${year}年）` : `${year}年`;
  return `${yearText}${month}月${day}日`;
}

const tokyoTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function toInstant(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** 「令和8年（2026年）11月24日」: the day of an instant in Japan time, or of a calendar date as it is. */
export function formatDate(value: Date | string): string {
  return formatBothCalendars(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value) ? value : tokyoDate(toInstant(value)));
}

/** 「令和8年（2026年）11月24日 14:05」 in Japan time. */
export function formatDateTime(value: Date | string): string {
  const instant = toInstant(value);
  return `${formatBothCalendars(tokyoDate(instant))} ${tokyoTime.format(instant)}`;
}
