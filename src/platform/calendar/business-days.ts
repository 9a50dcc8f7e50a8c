import holidayJp from '@holiday-jp/holiday_jp';

/**
 * 開庁日 of a Japanese town hall: not Saturday or Sunday, not a national holiday (振替休日 and
 * 国民の休日 included) and not 年末年始 (12月29日〜1月3日, 行政機関の休日に関する法律).
 *
 * Dates are 'YYYY-MM-DD' strings on the Tokyo calendar throughout; turn an instant into one with
 * tokyoDate(). Holidays come from @holiday-jp/holiday_jp, which lists 1970 to 2050. Dates outside
 * that range throw rather than pass for business days. Equinox days later than next year are
 * the library's astronomical estimates until the official announcement each February.
 */

const holidays = holidayJp.holidays as Readonly<Record<string, { name: string }>>;
const holidayDates = Object.keys(holidays).sort();

/** The years the holiday list covers, inclusive. */
export const HOLIDAY_RANGE = {
  first: `${holidayDates[0]!.slice(0, 4)}-01-01`,
  last: `${holidayDates.at(-1)!.slice(0, 4)}-12-31`,
} as const;

const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000; // Japan has kept UTC+9 without summer time since 1951.

/** The calendar day in Japan at an instant: tokyoDate(new Date('2026-12-31T15:00:00Z')) is '2027-01-01'. */
export function tokyoDate(instant: Date): string {
  return new Date(instant.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

function toDayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`not a calendar date in YYYY-MM-DD form: ${date}`);
  }
  if (date < HOLIDAY_RANGE.first || date > HOLIDAY_RANGE.last) {
    throw new RangeError(`${date} is outside the known holidays (${HOLIDAY_RANGE.first} to ${HOLIDAY_RANGE.last})`);
  }
  return time / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function isOpen(day: number): boolean {
  const date = fromDayNumber(day);
  const weekday = new Date(day * DAY_MS).getUTCDay();
  const monthDay = date.slice(5);
  const yearEnd = monthDay >= '12-29' || monthDay <= '01-03';
  return weekday !== 0 && weekday !== 6 && !yearEnd && !Object.hasOwn(holidays, date);
}

export function isBusinessDay(date: string): boolean {
  return isOpen(toDayNumber(date));
}

/** The national holiday on that date (「こどもの日 振替休日」, 「休日」 for 国民の休日), if any. */
export function holidayName(date: string): string | undefined {
  toDayNumber(date);
  return holidays[date]?.name;
}

/**
 * The n-th business day after start, start itself not counted: a deadline of 「受付から5開庁日」.
 * n = 0 gives start if it is a business day, else the next one; a negative n counts backwards.
 */
export function addBusinessDays(start: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`business days must be a whole number: ${n}`);
  let day = toDayNumber(start);
  const step = n < 0 ? -1 : 1;
  if (n === 0) {
    while (!isOpen(day)) day += 1;
  }
  for (let remaining = Math.abs(n); remaining > 0; ) {
    day += step;
    if (isOpen(day)) remaining -= 1;
  }
  const result = fromDayNumber(day);
  toDayNumber(result);
  return result;
}

/**
 * Business days from a to b, a itself not counted, so that addBusinessDays(a, businessDaysBetween(a, b))
 * is b whenever b is a business day: those in (a, b], or minus those in [b, a) when b is earlier.
 */
export function businessDaysBetween(a: string, b: string): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  const [first, last, sign] = from <= to ? [from + 1, to, 1] : [to, from - 1, -1];
  let count = 0;
  for (let day = first; day <= last; day += 1) {
    if (isOpen(day)) count += 1;
  }
  return sign * count;
}
