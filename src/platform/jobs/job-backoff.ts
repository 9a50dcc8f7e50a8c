/**
 * Delay before the next attempt: base * 2^(attempts-1), capped, then up to 20% shaved off at
 * random so that jobs failing together (say, while SMTP is down) do not retry in lockstep.
 */
export function backoffDelayMs(attempts: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = baseMs * 2 ** Math.max(0, attempts - 1);
  const capped = Math.min(maxMs, exponential);
  return Math.round(capped * (1 - 0.2 * random()));
}
