import { bigserial, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';

/** Append-only; each municipality's rows form up to AUDIT_CHAINS hash chains (`chain`), each ordered by seq. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    chain: smallint('chain').notNull().default(0),
    seq: integer('seq').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    target: text('target'),
    detail: jsonb('detail').notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [uniqueIndex('audit_events_chain_idx').on(table.municipalityCode, table.chain, table.seq)],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
