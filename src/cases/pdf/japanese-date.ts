import { formatDateTime } from '../../platform/calendar/japanese-dates.ts';

/** 令和8年（2026年）11月24日 14:05, in Japan time: the same words as the pages and the mail. */
export function formatJapaneseDateTime(date: Date): string {
  return formatDateTime(date);
}
