import { and, desc, eq, is, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/database.ts';
import { auditHash, GENESIS_HASH, type AuditHashFields } from './audit-hash.ts';
import { auditEvents, type AuditEventRow } from './schema.ts';

/** Chains per municipality: concurrent transactions append to different chains instead of queueing on one lock. */
export const AUDIT_CHAINS = 16;

export type AuditActorType = 'staff' | 'resident' | 'system';

export interface AuditEventInput {
  municipalityCode: string;
  actorType: AuditActorType;
  actorId?: string | null;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Appends one event to the municipality's hash chain. Pass the transaction that does the audited
 * work, so the event commits or rolls back with it; works inside withTenant and on the system
 * connection alike.
 */
export async function recordAudit(tx: Queryable, event: AuditEventInput, options: { chains?: number } = {}): Promise<AuditEventRow> {
  // The advisory lock is held until commit, so it serialises nothing outside a transaction.
  if (!is(tx, PgTransaction)) return tx.transaction((inner) => appendEvent(inner, event, options.chains ?? AUDIT_CHAINS));
  return appendEvent(tx, event, options.chains ?? AUDIT_CHAINS);
}

/**
 * Takes the lowest-numbered chain whose head no other open transaction holds, without waiting;
 * only when all are taken does it wait, and always for chain 0. A transaction holding chain 0 gets
 * it again at once (advisory locks are re-entrant), so it never waits here, and no two audit writers
 * can wait for each other in a cycle.
 */
async function lockFreeChain(tx: Queryable, code: string, chains: number): Promise<number> {
  const result = await tx.execute<{ chain: number | null }>(sql`
    select n::int as chain from generate_series(0, ${chains - 1}::int) as n
    where pg_try_advisory_xact_lock(hashtext(${`audit:${code}`}), n) limit 1`);
  // The limit stops the scan at the first lock taken, so a transaction holds one chain, not all free ones.
  const rows = ('rows' in result ? result.rows : result) as Array<{ chain: number | null }>;
  const chain = rows[0]?.chain;
  if (chain !== null && chain !== undefined) return chain;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit:${code}`}), 0)`);
  return 0;
}

async function appendEvent(tx: Queryable, event: AuditEventInput, chains: number): Promise<AuditEventRow> {
  const code = event.municipalityCode;
  const chain = await lockFreeChain(tx, code, chains);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(and(eq(auditEvents.municipalityCode, code), eq(auditEvents.chain, chain)))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields: AuditHashFields = {
    municipalityCode: code,
    chain,
    seq: (last?.seq ?? 0) + 1,
    occurredAt: new Date().toISOString(),
    actorType: event.actorType,
    actorId: event.actorId ?? null,
    action: event.action,
    target: event.target ?? null,
    // Hash exactly what jsonb will hand back: no undefined members, Dates as strings.
    detail: JSON.parse(JSON.stringify(event.detail ?? {})) as Record<string, unknown>,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const [row] = await tx
    .insert(auditEvents)
    .values({ ...fields, hash: auditHash(fields) })
    .returning();
  if (!row) throw new Error(`audit event for ${code} was not stored`);
  return row;
}
