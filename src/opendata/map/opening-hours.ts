import { holidayName, tokyoDate } from '../../platform/calendar/business-days.ts';

/** A day and time on the Japanese calendar, as the opening-hours columns describe them. */
export interface Moment {
  /** 月 … 日, or '' when only 「祝日」 was chosen. */
  weekday: string;
  holiday: boolean;
  /** Minutes after midnight. */
  minutes: number;
  /** How the page names it: 「6月3日（水）14:05」 or 「土曜日 9:00」. */
  label: string;
}

export type Availability = 'open' | 'closed' | 'unknown';

export interface Hours {
  /** 利用可能曜日: characters of 月火水木金土日祝; ranges such as 月〜金 are accepted. */
  days: string;
  start: string;
  end: string;
}

const WEEK = '日月火水木金土';
const DAY_ORDER = '月火水木金土日祝';
const TOKYO_OFFSET_MS = 9 * 3_600_000;

/** 'hh:mm' (full-width digits, 「時」「分」 accepted) to minutes after midnight; 24:00 is 1440. */
export function parseClock(text: string): number | undefined {
  const match = /^(\d{1,2})[:：時](\d{2})?分?$/u.exec(text.normalize('NFKC').trim());
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2] ?? '0');
  return Number(match[2] ?? '0') < 60 && minutes <= 1440 ? minutes : undefined;
}

export function formatClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 利用可能曜日 as a set of characters, with 月〜金 style ranges expanded. */
export function expandDays(days: string): string {
  const text = days.normalize('NFKC').replace(/[~〜～ー−-]/gu, '〜');
  return text.replace(/([月火水木金土日])〜([月火水木金土日])/gu, (_, from: string, to: string) => {
    const [a, b] = [DAY_ORDER.indexOf(from), DAY_ORDER.indexOf(to)];
    return a <= b ? DAY_ORDER.slice(a, b + 1) : DAY_ORDER.slice(a, 7) + DAY_ORDER.slice(0, b + 1);
  });
}

function holidayOn(date: string): boolean {
  try {
    return holidayName(date) !== undefined;
  } catch {
    return false; // outside the years the holiday list covers
  }
}

/** The moment in Japan at an instant, with national holidays from @holiday-jp/holiday_jp. */
export function momentInJapan(instant: Date): Moment {
  const local = new Date(instant.getTime() + TOKYO_OFFSET_MS);
  const weekday = WEEK[local.getUTCDay()]!;
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const holiday = holidayOn(tokyoDate(instant));
  const label = `${local.getUTCMonth() + 1}月${local.getUTCDate()}日（${weekday}${holiday ? '・祝' : ''}）${formatClock(minutes)}`;
  return { weekday, holiday, minutes, label };
}

/** A weekday (月 … 日) or 祝 the resident chose, at a time of day. */
export function chosenMoment(day: string, minutes: number): Moment {
  const holiday = day === '祝';
  return { weekday: holiday ? '' : day, holiday, minutes, label: `${holiday ? '祝日' : `${day}曜日`} ${formatClock(minutes)}` };
}

function isAllDay(start: number, end: number): boolean {
  return start === end || (start === 0 && end === 1440);
}

/** Whether a place with these hours can be used at the moment; 'unknown' when the data does not say. */
export function availabilityAt(hours: Hours, at: Moment): Availability {
  const days = expandDays(hours.days);
  if (!/[月火水木金土日祝]/u.test(days)) return 'unknown';
  const onDay = at.holiday ? days.includes('祝') : days.includes(at.weekday);
  const [start, end] = [parseClock(hours.start), parseClock(hours.end)];
  if (!onDay) return 'closed';
  if (start === undefined || end === undefined) return 'unknown';
  if (isAllDay(start, end)) return 'open';
  // Hours past midnight (22:00–6:00) count on the listed day, which is how the files write them.
  const inside = start < end ? at.minutes >= start && at.minutes < end : at.minutes >= start || at.minutes < end;
  return inside ? 'open' : 'closed';
}

function describeDays(days: string): string {
  const set = expandDays(days);
  const listed = [...DAY_ORDER].filter((day) => set.includes(day));
  if (listed.length === 8) return '毎日';
  if (listed.join('') === '月火水木金') return '平日（月〜金）';
  if (listed.join('') === '月火水木金土日') return '毎日（祝日を除く）';
  return listed.map((day) => (day === '祝' ? '祝日' : day)).join('・');
}

/** 「平日（月〜金） 8:30〜17:15」, 「毎日 24時間」; '' when the row gives neither days nor times. */
export function describeHours(hours: Hours): string {
  const days = describeDays(hours.days);
  const [start, end] = [parseClock(hours.start), parseClock(hours.end)];
  const times = start === undefined || end === undefined ? '' : isAllDay(start, end) ? '24時間' : `${formatClock(start)}〜${formatClock(end)}`;
  return [days, times].filter(Boolean).join(' ');
}
