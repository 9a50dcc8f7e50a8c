import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { rateLimits } from './schema.ts';

export interface RateLimit {
  /** What is counted, e.g. `staff-sign-in:ip:203.0.113.5` or `resident-code:email:…`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

function windowStartOf(rule: RateLimit): Date {
  return new Date(Math.floor(Date.now() / 1000 / rule.windowSeconds) * rule.windowSeconds * 1000);
}

/**
 * Counts one attempt in the current fixed window and says whether it is still within the limit.
 * The counter lives in the database so that every server process shares it.
 */
export async function consumeRateLimit(tx: Queryable, municipalityCode: string, rule: RateLimit): Promise<boolean> {
  const windowStart = windowStartOf(rule);
  const [row] = await tx
    .insert(rateLimits)
    .values({ municipalityCode, key: rule.key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.municipalityCode, rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  return row!.count <= rule.limit;
}

/** Gives back one attempt counted in the current window (an attempt that turned out to be right). */
export async function refundRateLimit(tx: Queryable, municipalityCode: string, rule: RateLimit): Promise<void> {
  await tx
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(eq(rateLimits.municipalityCode, municipalityCode), eq(rateLimits.key, rule.key), eq(rateLimits.windowStart, windowStartOf(rule))));
}
