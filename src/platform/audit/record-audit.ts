import { eq, is, sql, type SQL } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/database.ts';
import { GENESIS_HASH } from './audit-hash.ts';
import { canonicalJson } from '../text/canonical-json.ts';
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
 * The statements that append event, in this order, in the transaction that does the audited work:
 * the first takes the lowest-numbered chain whose head no other open transaction holds, without
 * waiting; only when all are taken does it wait, for a chain drawn at random (so that waiters
 * spread over the chains instead of queueing on one). A transaction that already holds a chain
 * gets it again at once in the scan (advisory locks are re-entrant), so only a transaction holding
 * no chain ever waits, and no two audit writers can wait for each other in a cycle. The lock is
 * held until commit. The second inserts the next link of that chain: it reads the head itself,
 * so it must be a statement of its own, whose snapshot is taken after the lock (one taken before
 * would miss the head the previous holder committed). The chain passes between them in a
 * transaction-local setting, so both can travel in one message with other statements, and the
 * lock is held only from there to the commit.
 *
 * The link's hash is computed by PostgreSQL over the same canonical JSON as auditHash (keys in
 * order, no spaces): everything but the chain, seq and prevHash is serialised here, and those three
 * are written in by SQL from the head it read.
 */
export function auditAppend(event: AuditEventInput, now = new Date(), chains = AUDIT_CHAINS): [SQL, SQL] {
  const code = event.municipalityCode;
  const key = `audit:${code}`;
  // The limit stops the scan at the first lock taken, so a transaction holds one chain, not all free ones.
  const lock = sql`select set_config('yakuba.audit_chain', coalesce(
      (select n::int from generate_series(0, ${chains - 1}::int) as n where pg_try_advisory_xact_lock(hashtext(${key}), n) limit 1),
      (select drawn from (select floor(random() * ${chains})::int as drawn) as d, lateral (select pg_advisory_xact_lock(hashtext(${key}), d.drawn)) as waited))::text, true) as chain`;
  const occurredAt = now.toISOString();
  // Hash exactly what jsonb will hand back: no undefined members, Dates as strings.
  const detail = JSON.parse(JSON.stringify(event.detail ?? {})) as Record<string, unknown>;
  const actorId = event.actorId ?? null;
  const target = event.target ?? null;
  const j = JSON.stringify;
  const before = `{"action":${j(event.action)},"actorId":${j(actorId)},"actorType":${j(event.actorType)}`;
  const middle = `,"detail":${canonicalJson(detail)},"municipalityCode":${j(code)},"occurredAt":${j(occurredAt)}`;
  const after = `,"target":${j(target)}}`;
  const insert = sql`insert into audit_events (municipality_code, chain, seq, occurred_at, actor_type, actor_id, action, target, detail, prev_hash, hash)
    select ${code}, link.chain, link.seq, ${occurredAt}, ${event.actorType}, ${actorId}, ${event.action}, ${target}, ${JSON.stringify(detail)}::jsonb, link.prev_hash,
      encode(sha256(convert_to(${before} || case when link.chain = 0 then '' else ',"chain":' || link.chain end || ${middle}
        || ',"prevHash":"' || link.prev_hash || '","seq":' || link.seq || ${after}, 'UTF8')), 'hex')
    from (select taken.chain, coalesce(head.seq, 0) + 1 as seq, coalesce(head.hash, ${GENESIS_HASH}) as prev_hash
      from (select current_setting('yakuba.audit_chain')::int as chain) as taken
      left join lateral (
        select seq, hash from audit_events
        where municipality_code = ${code} and chain = taken.chain
        order by seq desc limit 1) as head on true) as link
    returning id`;
  return [lock, insert];
}

async function appendEvent(tx: Queryable, event: AuditEventInput, chains: number): Promise<AuditEventRow> {
  const [lock, insert] = auditAppend(event, new Date(), chains);
  await tx.execute(lock);
  const result = await tx.execute<{ id: string | number }>(insert);
  const inserted = ('rows' in result ? result.rows : result) as Array<{ id: string | number }>;
  const [row] = await tx.select().from(auditEvents).where(eq(auditEvents.id, Number(inserted[0]!.id)));
  if (!row) throw new Error(`audit event for ${event.municipalityCode} was not stored`);
  return row;
}
