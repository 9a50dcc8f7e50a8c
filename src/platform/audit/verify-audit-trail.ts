import type { AuditSigningKey } from '../config/audit-key.ts';
import type { Queryable } from '../db/database.ts';
import type { FileStore } from '../storage/file-store.ts';
import { checkCheckpoint, compareWithCheckpoint, describeCheckpointDifference, readLatestCheckpoint } from './audit-checkpoint.ts';
import { chainCodes, verifyChain, type AuditVerification } from './verify-audit-chain.ts';

export interface TrailDeps {
  db: Queryable;
  store: FileStore;
  key: AuditSigningKey;
}

/**
 * Each chain as verifyAuditChain checks it, then against its latest signed checkpoint: the
 * signature must hold, the chain must reach the checkpoint's seq, and the event there must have the
 * checkpointed hash.
 */
export async function verifyAuditTrail(deps: TrailDeps, codes: string[]): Promise<AuditVerification[]> {
  const results: AuditVerification[] = [];
  for (const code of codes) results.push(await verifyOne(deps, code));
  return results;
}

/** Every municipality with a chain, and the deployment's own (whose chain may have been emptied altogether). */
export async function auditedMunicipalities(db: Queryable, known: string[]): Promise<string[]> {
  return [...new Set([...(await chainCodes(db)), ...known])].sort();
}

async function verifyOne(deps: TrailDeps, code: string): Promise<AuditVerification> {
  const chain = await verifyChain(deps.db, code);
  if (!chain.ok) return chain;
  const stored = await readLatestCheckpoint(deps.store, code);
  if (!stored.found) return { ...chain, checkpoint: null };
  const fail = (problem: AuditVerification['problem'], reason: string, firstBrokenSeq?: number): AuditVerification => ({
    municipalityCode: code,
    events: chain.events,
    ok: false,
    problem,
    ...(firstBrokenSeq !== undefined ? { firstBrokenSeq } : {}),
    message: `${code}: ${reason}`,
  });
  if ('unreadable' in stored) return fail('checkpoint-invalid', `最新のチェックポイントを読み取れません / the latest checkpoint cannot be read (${stored.unreadable})`);
  const checked = checkCheckpoint(stored.value, deps.key, code);
  if (!checked.ok) {
    return fail('checkpoint-invalid', `最新のチェックポイントの署名を確認できません（別の鍵で署名されたか、書き換えられています） / the latest checkpoint does not verify: ${checked.reason}`);
  }
  const { checkpoint } = checked;
  const difference = await compareWithCheckpoint(deps.db, checkpoint);
  if (difference) {
    const seq = difference.problem === 'checkpoint-truncated' ? difference.chainEnd + 1 : difference.checkpointed.seq;
    const failed = fail(difference.problem, describeCheckpointDifference(checkpoint, difference), seq);
    return { ...failed, ...(difference.chain !== 0 ? { firstBrokenChain: difference.chain } : {}), checkpoint: { seq: checkpoint.seq, createdAt: checkpoint.createdAt } };
  }
  return { ...chain, checkpoint: { seq: checkpoint.seq, createdAt: checkpoint.createdAt } };
}
