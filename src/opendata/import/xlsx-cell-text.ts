/** A cell as read-excel-file returns it. */
export type XlsxCell = string | number | boolean | Date | null | undefined;

/**
 * The text a publisher sees in the cell: numbers without exponent or float noise, dates as
 * YYYY-MM-DD, times (dates on Excel's day zero) as hh:mm. Booleans stay TRUE/FALSE as Excel
 * shows them, so a column's own rule decides what they mean and a FALSE is never made blank.
 */
export function cellText(cell: XlsxCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return numberText(cell);
  return dateText(cell);
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Excel keeps 15 significant digits; anything beyond is binary floating-point noise.
  const rounded = Number(value.toPrecision(15));
  if (Object.is(rounded, -0)) return '0';
  return rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function dateText(date: Date): string {
  const minute = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(minute.getUTCHours())}:${pad(minute.getUTCMinutes())}`;
  const year = minute.getUTCFullYear();
  const isDayZero = year === 1899 && minute.getUTCMonth() === 11 && minute.getUTCDate() >= 30;
  if (isDayZero) return time;
  const day = `${year}-${pad(minute.getUTCMonth() + 1)}-${pad(minute.getUTCDate())}`;
  return time === '00:00' ? day : `${day} ${time}`;
}
