import { createHash } from 'node:crypto';
import type { AuditEventRow } from './schema.ts';
import { canonicalJson } from '../text/canonical-json.ts';

/** prevHash of the first event in every municipality's chain. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditHashFields = Pick<
  AuditEventRow,
  'municipalityCode' | 'seq' | 'occurredAt' | 'actorType' | 'actorId' | 'action' | 'target' | 'detail' | 'prevHash'
> & { chain?: number };

/**
 * SHA-256 (hex) over a canonical serialisation of every field except id and the hash itself.
 * Chain 0 leaves `chain` out, so records written before there were several chains keep their hash.
 */
export function auditHash(fields: AuditHashFields): string {
  const canonical = canonicalJson({
    municipalityCode: fields.municipalityCode,
    ...(fields.chain ? { chain: fields.chain } : {}),
    seq: fields.seq,
    occurredAt: normaliseTimestamp(fields.occurredAt),
    actorType: fields.actorType,
    actorId: fields.actorId ?? null,
    action: fields.action,
    target: fields.target ?? null,
    detail: fields.detail ?? {},
    prevHash: fields.prevHash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * PostgreSQL renders timestamptz as '2026-11-24 18:00:00.12+00' (or '+09' under another session
 * time zone); rewriting that into ISO 8601 before parsing keeps the result independent of the
 * leniency of Date's fallback parser.
 */
export function normaliseTimestamp(value: string): string {
  const pgFormat = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)([+-]\d\d)(:\d\d)?$/.exec(value);
  const iso = pgFormat ? `${pgFormat[1]}T${pgFormat[2]}${pgFormat[3]}${pgFormat[4] ?? ':00'}` : value;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`unreadable audit timestamp: ${value}`);
  return date.toISOString();
}
