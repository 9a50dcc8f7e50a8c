import { tokyoDate } from '../../platform/calendar/business-days.ts';
import { formatBothCalendars } from '../../forms/inputs/wareki-date.ts';

const tokyoTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 令和8年（2026年）11月24日 14時05分, in Japan time. */
export function formatJapaneseDateTime(date: Date): string {
  const [hour, minute] = tokyoTime.format(date).split(':');
  return `${formatBothCalendars(tokyoDate(date))} ${Number(hour)}時${minute}分`;
}
