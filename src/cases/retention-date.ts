import { tokyoDate } from '../platform/calendar/business-days.ts';

/**
 * The Japanese fiscal year (年度) a day in Japan belongs to: 1 April to 31 March, named by the year
 * it starts in. fiscalYearOf('2027-03-31') is 2026, fiscalYearOf('2027-04-01') is 2027.
 */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 4 ? year : year - 1;
}

/**
 * The day the personal data of a closed case is deleted, as 文書管理規程 count a retention period:
 * from 1 April of the fiscal year after the one the case was closed in (Japan time). Closed on
 * 2026-05-10 or 2027-02-10 (both 令和8年度) and kept 5 years: kept until 2032-03-31, deleted on
 * 2032-04-01.
 */
export function personalDataDeletionDate(decidedAt: Date, retentionYears: number): string {
  return `${fiscalYearOf(tokyoDate(decidedAt)) + 1 + retentionYears}-04-01`;
}

/** The last day the personal data is kept: 31 March before the deletion date. */
export function lastDayKept(decidedAt: Date, retentionYears: number): string {
  return `${personalDataDeletionDate(decidedAt, retentionYears).slice(0, 4)}-03-31`;
}

/** Whether that day has come in Japan at `now`. */
export function isPastRetention(decidedAt: Date, retentionYears: number, now: Date): boolean {
  return tokyoDate(now) >= personalDataDeletionDate(decidedAt, retentionYears);
}
