import { desc, eq, is, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/database.ts';
import { auditHash, GENESIS_HASH, type AuditHashFields } from './audit-hash.ts';
import { auditEvents, type AuditEventRow } from './schema.ts';

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
export async function recordAudit(tx: Queryable, event: AuditEventInput): Promise<AuditEventRow> {
  // The advisory lock is held until commit, so it serialises nothing outside a transaction.
  if (!is(tx, PgTransaction)) return tx.transaction((inner) => appendEvent(inner, event));
  return appendEvent(tx, event);
}

async function appendEvent(tx: Queryable, event: AuditEventInput): Promise<AuditEventRow> {
  const code = event.municipalityCode;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit:${code}`}))`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.municipalityCode, code))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields: AuditHashFields = {
    municipalityCode: code,
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
