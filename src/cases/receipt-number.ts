import { randomInt } from 'node:crypto';

/**
 * 受付番号: eleven digits in groups a person can read out on the phone (2611-4829-173); the
 * first four are the year and month, the rest random. Eleven digits can never be mistaken for a
 * twelve-digit individual number.
 */
export function newReceiptNumber(now = new Date()): string {
  const tokyo = new Date(now.getTime() + 9 * 3600 * 1000);
  const yymm = `${String(tokyo.getUTCFullYear() % 100).padStart(2, '0')}${String(tokyo.getUTCMonth() + 1).padStart(2, '0')}`;
  return `${yymm}-${String(randomInt(0, 10_000)).padStart(4, '0')}-${String(randomInt(0, 1000)).padStart(3, '0')}`;
}
