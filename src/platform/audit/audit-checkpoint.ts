import { sign, verify } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { AuditSigningKey } from '../config/audit-key.ts';
import type { Queryable } from '../db/database.ts';
import type { FileStore } from '../storage/file-store.ts';
import { GENESIS_HASH } from './audit-hash.ts';
import { canonicalJson } from '../text/canonical-json.ts';
import { auditEvents } from './schema.ts';
import { recordName } from './verify-audit-chain.ts';

/** Where checkpoints live in the file store: one object per checkpoint, and `latest`. */
export const CHECKPOINT_PREFIX = 'audit-checkpoints';

export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * The signed statement "municipality M's chain 0 had event seq S with hash H at time T", and the
 * head of each of its other chains (`chains`, by chain number; absent when there is only chain 0).
 */
export interface AuditCheckpoint {
  version: 1;
  municipalityCode: string;
  seq: number;
  hash: string;
  chains?: Record<string, ChainHead>;
  createdAt: string;
  keyId: string;
  /** Ed25519 over the canonical JSON of every other field, base64url. */
  signature: string;
}

export interface CheckpointLog {
  info(obj: object, msg: string): void;
}

export interface CheckpointDeps {
  /** The system connection: the head of every chain, not one tenant's view. */
  db: Queryable;
  store: FileStore;
  key: AuditSigningKey;
  log: CheckpointLog;
}

const latestKey = (code: string) => `${CHECKPOINT_PREFIX}/${code}/latest`;
const historyKey = (checkpoint: AuditCheckpoint) =>
  `${CHECKPOINT_PREFIX}/${checkpoint.municipalityCode}/${String(checkpoint.seq).padStart(12, '0')}-${Date.parse(checkpoint.createdAt)}`;

function signedPart(checkpoint: Omit<AuditCheckpoint, 'signature'>): Buffer {
  const { version, municipalityCode, seq, hash, chains, createdAt, keyId } = checkpoint;
  return Buffer.from(canonicalJson({ version, municipalityCode, seq, hash, ...(chains ? { chains } : {}), createdAt, keyId }), 'utf8');
}

export async function chainHead(db: Queryable, municipalityCode: string, chain = 0): Promise<ChainHead> {
  const [last] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(and(eq(auditEvents.municipalityCode, municipalityCode), eq(auditEvents.chain, chain)))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

/** The head of chain 0 and of every other chain that has records. */
export async function chainHeads(db: Queryable, municipalityCode: string): Promise<{ head: ChainHead; chains?: Record<string, ChainHead> }> {
  const rows = await db
    .selectDistinctOn([auditEvents.chain], { chain: auditEvents.chain, seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(and(eq(auditEvents.municipalityCode, municipalityCode), sql`${auditEvents.chain} > 0`))
    .orderBy(auditEvents.chain, desc(auditEvents.seq));
  const head = await chainHead(db, municipalityCode);
  if (rows.length === 0) return { head };
  return { head, chains: Object.fromEntries(rows.map((row) => [String(row.chain), { seq: row.seq, hash: row.hash }])) };
}

export function signCheckpoint(key: AuditSigningKey, municipalityCode: string, head: ChainHead, now = new Date(), chains?: Record<string, ChainHead>): AuditCheckpoint {
  const unsigned = { version: 1 as const, municipalityCode, seq: head.seq, hash: head.hash, ...(chains ? { chains } : {}), createdAt: now.toISOString(), keyId: key.keyId };
  return { ...unsigned, signature: sign(null, signedPart(unsigned), key.privateKey).toString('base64url') };
}

export type CheckpointCheck = { ok: true; checkpoint: AuditCheckpoint } | { ok: false; reason: string };

/** Whether a stored value is a checkpoint of this municipality signed with this key. */
export function checkCheckpoint(value: unknown, key: AuditSigningKey, municipalityCode: string): CheckpointCheck {
  const c = value as Partial<AuditCheckpoint> | null;
  const wellFormed =
    c !== null && typeof c === 'object' && c.version === 1 && typeof c.municipalityCode === 'string' && Number.isInteger(c.seq) && (c.seq as number) >= 0 &&
    typeof c.hash === 'string' && typeof c.createdAt === 'string' && typeof c.keyId === 'string' && typeof c.signature === 'string';
  if (!wellFormed) return { ok: false, reason: 'not a checkpoint' };
  const checkpoint = c as AuditCheckpoint;
  if (checkpoint.municipalityCode !== municipalityCode) return { ok: false, reason: `made for municipality ${checkpoint.municipalityCode}` };
  if (checkpoint.keyId !== key.keyId) return { ok: false, reason: `signed with key ${checkpoint.keyId}, this deployment's key is ${key.keyId}` };
  const valid = verify(null, signedPart(checkpoint), key.publicKey, Buffer.from(checkpoint.signature, 'base64url'));
  return valid ? { ok: true, checkpoint } : { ok: false, reason: `signature does not verify with key ${key.keyId}` };
}

export type StoredCheckpoint = { found: false } | { found: true; value: unknown } | { found: true; unreadable: string };

export async function readLatestCheckpoint(store: FileStore, municipalityCode: string): Promise<StoredCheckpoint> {
  const stored = await store.get(latestKey(municipalityCode));
  if (!stored) return { found: false };
  try {
    return { found: true, value: JSON.parse(stored.bytes.toString('utf8')) as unknown };
  } catch (error) {
    return { found: true, unreadable: (error as Error).message };
  }
}

export type CheckpointDifference = { chain: number; checkpointed: ChainHead } & (
  | { problem: 'checkpoint-truncated'; chainEnd: number }
  | { problem: 'checkpoint-hash-mismatch'; actualHash: string }
);

/** How the chains in the database differ from what a checkpoint recorded, if they do (the lowest chain first). */
export async function compareWithCheckpoint(db: Queryable, checkpoint: Pick<AuditCheckpoint, 'municipalityCode' | 'seq' | 'hash' | 'chains'>): Promise<CheckpointDifference | undefined> {
  const heads: Array<[number, ChainHead]> = [[0, { seq: checkpoint.seq, hash: checkpoint.hash }]];
  for (const [chain, head] of Object.entries(checkpoint.chains ?? {})) heads.push([Number(chain), head]);
  for (const [chain, checkpointed] of heads.sort((a, b) => a[0] - b[0])) {
    const head = await chainHead(db, checkpoint.municipalityCode, chain);
    if (head.seq < checkpointed.seq) return { chain, checkpointed, problem: 'checkpoint-truncated', chainEnd: head.seq };
    const actualHash = checkpointed.seq === 0 ? GENESIS_HASH : await hashAt(db, checkpoint.municipalityCode, chain, checkpointed.seq);
    if (actualHash !== checkpointed.hash) return { chain, checkpointed, problem: 'checkpoint-hash-mismatch', actualHash: actualHash ?? '(missing)' };
  }
  return undefined;
}

async function hashAt(db: Queryable, municipalityCode: string, chain: number, seq: number): Promise<string | undefined> {
  const [row] = await db
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(and(eq(auditEvents.municipalityCode, municipalityCode), eq(auditEvents.chain, chain), eq(auditEvents.seq, seq)));
  return row?.hash;
}

/** Thrown instead of signing a chain that no longer contains the last checkpoint: signing it would hide the change. */
export class CheckpointRefusedError extends Error {}

/**
 * Signs the head of the municipality's chain and writes it to the store (its own object, then
 * `latest`) and to the log. Refused when the chain does not extend the last checkpoint; a head
 * already checkpointed is not written again; `latest` never goes back to a lower seq when two
 * processes write at once.
 */
export async function writeAuditCheckpoint(deps: CheckpointDeps, municipalityCode: string): Promise<{ checkpoint: AuditCheckpoint; written: boolean }> {
  const previous = await readLatestCheckpoint(deps.store, municipalityCode);
  const prior = previous.found && 'value' in previous ? asCheckpointData(previous.value, municipalityCode) : undefined;
  if (prior) {
    const difference = await compareWithCheckpoint(deps.db, prior);
    if (difference) throw new CheckpointRefusedError(describeCheckpointDifference(prior, difference));
  }
  const { head, chains } = await chainHeads(deps.db, municipalityCode);
  const before = prior && checkCheckpoint(prior, deps.key, municipalityCode);
  const unchanged = before?.ok && before.checkpoint.seq === head.seq && before.checkpoint.hash === head.hash && canonicalJson(before.checkpoint.chains ?? {}) === canonicalJson(chains ?? {});
  if (before?.ok && unchanged) return { checkpoint: before.checkpoint, written: false };
  const checkpoint = signCheckpoint(deps.key, municipalityCode, head, new Date(), chains);
  const bytes = Buffer.from(`${JSON.stringify(checkpoint)}\n`, 'utf8');
  await deps.store.put(historyKey(checkpoint), bytes, 'application/json');
  const current = await readLatestCheckpoint(deps.store, municipalityCode);
  const newer = current.found && 'value' in current ? asCheckpointData(current.value, municipalityCode) : undefined;
  if (!(newer && newer.seq > checkpoint.seq)) await deps.store.put(latestKey(municipalityCode), bytes, 'application/json');
  deps.log.info({ auditCheckpoint: checkpoint }, 'audit checkpoint');
  return { checkpoint, written: true };
}

/** The seq and hash of a stored checkpoint of this municipality, whoever signed it (after a key change too). */
function asCheckpointData(value: unknown, municipalityCode: string): AuditCheckpoint | undefined {
  const c = value as Partial<AuditCheckpoint> | null;
  if (c === null || typeof c !== 'object' || c.municipalityCode !== municipalityCode || !Number.isInteger(c.seq) || typeof c.hash !== 'string') return undefined;
  return c as AuditCheckpoint;
}

/** One line, Japanese then English, naming the municipality's seq and what differs. */
export function describeCheckpointDifference(checkpoint: Pick<AuditCheckpoint, 'createdAt'>, difference: CheckpointDifference): string {
  const at = checkpoint.createdAt;
  const { chain, checkpointed } = difference;
  const ja = chain === 0 ? '' : `系列 ${chain} の`;
  const en = chain === 0 ? 'the chain' : `chain ${chain}`;
  if (difference.problem === 'checkpoint-truncated') {
    const removed = difference.chainEnd + 1 === checkpointed.seq ? `受付順 ${checkpointed.seq}` : `受付順 ${difference.chainEnd + 1}〜${checkpointed.seq}`;
    return (
      `${ja}記録が受付順 ${difference.chainEnd} までしかありません。${at} のチェックポイントでは受付順 ${checkpointed.seq} までありました（${removed} の記録が削除されています）` +
      ` / ${en} ends at seq ${difference.chainEnd}, but the checkpoint of ${at} covers seq ${checkpointed.seq}: records ${difference.chainEnd + 1}–${checkpointed.seq} were removed`
    );
  }
  const name = recordName(checkpointed.seq, chain);
  return (
    `${name.ja} の記録が ${at} のチェックポイントと一致しません（それまでの記録が書き換えられています）` +
    ` / the record at ${name.en} differs from the checkpoint of ${at} (hash ${difference.actualHash.slice(0, 16)}… instead of ${checkpointed.hash.slice(0, 16)}…): records up to it were rewritten`
  );
}
