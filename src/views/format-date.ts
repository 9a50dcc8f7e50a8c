import { formatDate, formatDateTime as formatBoth } from '../platform/calendar/japanese-dates.ts';

const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: 'Asia/Tokyo', era: 'long', year: 'numeric' });

/** 令和8年（2026年）11月24日 18:30 (Japan time), as pages, mail and PDF copies write it. */
export function formatDateTime(value: Date | string): string {
  return formatBoth(value);
}

/** 令和8年 */
export function formatEraYear(value: Date | string): string {
  return eraYear.format(new Date(value));
}

/** 令和8年（2026年）11月24日 (Japan time); empty for a missing date. */
export function formatDateJa(value: Date | string | null | undefined): string {
  return value ? formatDate(value) : '';
}

/** 2026-11-24 (Japan time), the standard's date form. */
export function isoDateJst(value: Date | string): string {
  return new Date(new Date(value).getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
