import { and, eq, gt, like, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { signInBackoffs } from './schema.ts';

export interface BackoffRule {
  /** Failures allowed before the first back-off. */
  freeFailures: number;
  /** The first back-off; each further failure doubles it, up to maxSeconds. */
  firstSeconds: number;
  maxSeconds: number;
  /** Failures older than this are forgotten. */
  forgetAfterSeconds: number;
}

/** Until when a key is backed off, or undefined when attempts are allowed now. */
export async function backedOffUntil(tx: Queryable, municipalityCode: string, key: string): Promise<Date | undefined> {
  const [row] = await tx
    .select({ blockedUntil: signInBackoffs.blockedUntil })
    .from(signInBackoffs)
    .where(and(eq(signInBackoffs.municipalityCode, municipalityCode), eq(signInBackoffs.key, key), gt(signInBackoffs.blockedUntil, sql`now()`)));
  return row?.blockedUntil ?? undefined;
}

export function backoffSeconds(failures: number, rule: BackoffRule): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(rule.firstSeconds * 2 ** (failures - rule.freeFailures), rule.maxSeconds);
}

/**
 * Counts one failure and returns the new count and back-off. The upsert locks the row until the
 * transaction ends, so concurrent failures on one key are counted one after the other.
 */
export async function recordBackoffFailure(tx: Queryable, municipalityCode: string, key: string, rule: BackoffRule): Promise<{ failures: number; blockedUntil?: Date; started: boolean }> {
  const [row] = await tx
    .insert(signInBackoffs)
    .values({ municipalityCode, key, failures: 1 })
    .onConflictDoUpdate({
      target: [signInBackoffs.municipalityCode, signInBackoffs.key],
      set: {
        failures: sql`case when ${signInBackoffs.lastFailureAt} < now() - ${rule.forgetAfterSeconds}::double precision * interval '1 second' then 1 else ${signInBackoffs.failures} + 1 end`,
        lastFailureAt: sql`now()`,
      },
    })
    .returning({ failures: signInBackoffs.failures });
  const failures = row!.failures;
  const seconds = backoffSeconds(failures, rule);
  if (seconds === 0) return { failures, started: false };
  const [blocked] = await tx
    .update(signInBackoffs)
    .set({ blockedUntil: sql`now() + ${seconds}::double precision * interval '1 second'` })
    .where(and(eq(signInBackoffs.municipalityCode, municipalityCode), eq(signInBackoffs.key, key)))
    .returning({ blockedUntil: signInBackoffs.blockedUntil });
  return { failures, blockedUntil: blocked!.blockedUntil!, started: failures === rule.freeFailures };
}

export async function clearBackoff(tx: Queryable, municipalityCode: string, key: string): Promise<void> {
  await tx.delete(signInBackoffs).where(and(eq(signInBackoffs.municipalityCode, municipalityCode), eq(signInBackoffs.key, key)));
}

/** Removes every key that starts with prefix; returns how many were removed. */
export async function clearBackoffsStartingWith(tx: Queryable, municipalityCode: string, prefix: string): Promise<number> {
  const escaped = prefix.replace(/[\\%_]/g, (char) => `\\${char}`);
  const removed = await tx
    .delete(signInBackoffs)
    .where(and(eq(signInBackoffs.municipalityCode, municipalityCode), like(signInBackoffs.key, `${escaped}%`)))
    .returning({ key: signInBackoffs.key });
  return removed.length;
}

/** The back-offs still running among keys that start with prefix. */
export async function activeBackoffsStartingWith(tx: Queryable, municipalityCode: string, prefix: string): Promise<{ key: string; blockedUntil: Date }[]> {
  const escaped = prefix.replace(/[\\%_]/g, (char) => `\\${char}`);
  const rows = await tx
    .select({ key: signInBackoffs.key, blockedUntil: signInBackoffs.blockedUntil })
    .from(signInBackoffs)
    .where(and(eq(signInBackoffs.municipalityCode, municipalityCode), like(signInBackoffs.key, `${escaped}%`), gt(signInBackoffs.blockedUntil, sql`now()`)));
  return rows.map((row) => ({ key: row.key, blockedUntil: row.blockedUntil! }));
}
