import { is, sql, type SQL } from 'drizzle-orm';
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
 * Two statements, to run in this order in the transaction that appends: the first takes the
 * lowest-numbered chain whose head no other open transaction holds, without waiting; only when all
 * are taken does it wait, for a chain drawn at random (so that waiters spread over the chains
 * instead of queueing on one). A transaction that already holds a chain gets it again at once in
 * the scan (advisory locks are re-entrant), so only a transaction holding no chain ever waits, and
 * no two audit writers can wait for each other in a cycle. The lock is held until commit. The second reads that chain's head; it
 * must be a statement of its own, whose snapshot is taken after the lock: one taken before would
 * miss the head that the previous holder committed. The chain passes between them in a
 * transaction-local setting, so both can travel in one message. The second's row:
 * { chain, next_seq, prev_hash } (prev_hash null on a new chain).
 */
export function auditChainHead(municipalityCode: string, chains = AUDIT_CHAINS): [SQL, SQL] {
  const key = `audit:${municipalityCode}`;
  // The limit stops the scan at the first lock taken, so a transaction holds one chain, not all free ones.
  const lock = sql`select set_config('yakuba.audit_chain', coalesce(
      (select n::int from generate_series(0, ${chains - 1}::int) as n where pg_try_advisory_xact_lock(hashtext(${key}), n) limit 1),
      (select drawn from (select floor(random() * ${chains})::int as drawn) as d, lateral (select pg_advisory_xact_lock(hashtext(${key}), d.drawn)) as waited))::text, true) as chain`;
  const head = sql`select taken.chain, coalesce(head.seq, 0) + 1 as next_seq, head.hash as prev_hash
    from (select current_setting('yakuba.audit_chain')::int as chain) as taken
    left join lateral (
      select seq, hash from audit_events
      where municipality_code = ${municipalityCode} and chain = taken.chain
      order by seq desc limit 1) as head on true`;
  return [lock, head];
}

export interface ChainHeadRow {
  chain: number;
  next_seq: number;
  prev_hash: string | null;
}

/** The next link of a chain for event, with its hash: what auditInsert writes. */
export function nextAuditLink(event: AuditEventInput, head: ChainHeadRow, now = new Date()): AuditHashFields & { chain: number; hash: string } {
  const fields: AuditHashFields & { chain: number } = {
    municipalityCode: event.municipalityCode,
    chain: Number(head.chain),
    seq: Number(head.next_seq),
    occurredAt: now.toISOString(),
    actorType: event.actorType,
    actorId: event.actorId ?? null,
    action: event.action,
    target: event.target ?? null,
    // Hash exactly what jsonb will hand back: no undefined members, Dates as strings.
    detail: JSON.parse(JSON.stringify(event.detail ?? {})) as Record<string, unknown>,
    prevHash: head.prev_hash ?? GENESIS_HASH,
  };
  return { ...fields, hash: auditHash(fields) };
}

/** The insert of a link made by nextAuditLink, to run in the transaction that holds its chain. */
export function auditInsert(link: ReturnType<typeof nextAuditLink>): SQL {
  return sql`insert into audit_events (municipality_code, chain, seq, occurred_at, actor_type, actor_id, action, target, detail, prev_hash, hash)
    values (${link.municipalityCode}, ${link.chain}, ${link.seq}, ${link.occurredAt}, ${link.actorType}, ${link.actorId}, ${link.action}, ${link.target}, ${JSON.stringify(link.detail)}::jsonb, ${link.prevHash}, ${link.hash})`;
}

async function appendEvent(tx: Queryable, event: AuditEventInput, chains: number): Promise<AuditEventRow> {
  const [lock, head] = auditChainHead(event.municipalityCode, chains);
  await tx.execute(lock);
  const result = await tx.execute<Record<string, unknown>>(head);
  const rows = ('rows' in result ? result.rows : result) as unknown as ChainHeadRow[];
  const link = nextAuditLink(event, rows[0]!);
  const [row] = await tx
    .insert(auditEvents)
    .values(link)
    .returning();
  if (!row) throw new Error(`audit event for ${event.municipalityCode} was not stored`);
  return row;
}
