const dateTime = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: 'Asia/Tokyo', era: 'long', year: 'numeric' });

/** 2026/11/24 18:30 (Japan time). */
export function formatDateTime(value: Date | string): string {
  return dateTime.format(new Date(value));
}

/** 令和8年 */
export function formatEraYear(value: Date | string): string {
  return eraYear.format(new Date(value));
}

const longDate = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric' });

/** 2026年11月24日 (Japan time); empty for a missing date. */
export function formatDateJa(value: Date | string | null | undefined): string {
  return value ? longDate.format(new Date(value)) : '';
}

/** 2026-11-24 (Japan time), the standard's date form. */
export function isoDateJst(value: Date | string): string {
  return new Date(new Date(value).getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
