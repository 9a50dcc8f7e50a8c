import { and, asc, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';
import { auditEvents, type AuditEventRow } from './schema.ts';

export type ChainProblem = 'hash-mismatch' | 'prev-hash-mismatch' | 'missing-event';
export type AuditProblem = ChainProblem | 'checkpoint-truncated' | 'checkpoint-hash-mismatch' | 'checkpoint-invalid';

export interface AuditVerification {
  municipalityCode: string;
  events: number;
  ok: boolean;
  firstBrokenSeq?: number;
  /** Set when the broken record is in a chain other than 0. */
  firstBrokenChain?: number;
  problem?: AuditProblem;
  /** `${code}: ` and the one-line reason (Japanese / English). */
  message?: string;
  /** The latest checkpoint the chain was compared with; null when there is none yet. */
  checkpoint?: { seq: number; createdAt: string } | null;
}

const PAGE_SIZE = 1000;

/**
 * Walks each municipality's chain in seq order and reports its first broken link. Run it on the
 * system connection: under withTenant row-level security would hide the other chains.
 *
 * The chain alone cannot reveal removal of the newest events, nor a tail rewritten from some
 * point onwards with freshly computed hashes; verifyAuditTrail adds the signed checkpoints for that.
 */
export async function verifyAuditChain(db: Queryable, municipalityCode?: string): Promise<AuditVerification[]> {
  const codes = municipalityCode === undefined ? await chainCodes(db) : [municipalityCode];
  const results: AuditVerification[] = [];
  for (const code of codes) results.push(await verifyChain(db, code));
  return results;
}

/** How a record is named: `受付順 5` in chain 0 (the only chain before there were several), `系列 3 の受付順 5` otherwise. */
export function recordName(seq: number, chain = 0): { ja: string; en: string } {
  return chain === 0 ? { ja: `受付順 ${seq}`, en: `seq ${seq}` } : { ja: `系列 ${chain} の受付順 ${seq}`, en: `seq ${seq} of chain ${chain}` };
}

export function describeAuditProblem(seq: number, problem: ChainProblem, chain = 0): string {
  const { ja, en } = recordName(seq, chain);
  switch (problem) {
    case 'hash-mismatch':
      return `${ja} の記録が改ざんされています（ハッシュ不一致） / the record at ${en} was altered (hash mismatch)`;
    case 'prev-hash-mismatch':
      return `${ja} の記録が直前の記録とつながっていません（直前の記録が差し替えられた可能性があります） / the record at ${en} does not link to the one before it (that one may have been replaced)`;
    case 'missing-event':
      return `${ja} の記録が削除されています / the record at ${en} was deleted`;
  }
}

/** Text for `yakuba audit verify`: one line per municipality, exit code 1 if any chain is broken. */
export function formatAuditReport(results: AuditVerification[]): { text: string; exitCode: number } {
  if (results.length === 0) return { text: '監査記録はありません', exitCode: 0 };
  const lines = results.map((result) => {
    const head = `${result.municipalityCode}: ${result.events} 件`;
    if (result.ok) return `${head} OK${checkpointNote(result.checkpoint)}`;
    const prefix = `${result.municipalityCode}: `;
    const reason = result.message?.startsWith(prefix)
      ? result.message.slice(prefix.length)
      : result.firstBrokenSeq !== undefined && isChainProblem(result.problem)
        ? describeAuditProblem(result.firstBrokenSeq, result.problem, result.firstBrokenChain)
        : (result.message ?? '検証に失敗しました / verification failed');
    return `${head} NG ${reason}`;
  });
  return { text: lines.join('\n'), exitCode: results.every((result) => result.ok) ? 0 : 1 };
}

function checkpointNote(checkpoint: AuditVerification['checkpoint']): string {
  if (checkpoint === undefined) return '';
  if (checkpoint === null) return '（チェックポイントなし / no checkpoint yet）';
  return `（${checkpoint.createdAt} のチェックポイント 受付順 ${checkpoint.seq} と一致 / matches the checkpoint of seq ${checkpoint.seq}）`;
}

function isChainProblem(problem: AuditProblem | undefined): problem is ChainProblem {
  return problem === 'hash-mismatch' || problem === 'prev-hash-mismatch' || problem === 'missing-event';
}

export async function chainCodes(db: Queryable): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: auditEvents.municipalityCode })
    .from(auditEvents)
    .orderBy(auditEvents.municipalityCode);
  return rows.map((row) => row.code);
}

export async function chainNumbers(db: Queryable, code: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ chain: auditEvents.chain })
    .from(auditEvents)
    .where(eq(auditEvents.municipalityCode, code))
    .orderBy(auditEvents.chain);
  return rows.map((row) => row.chain);
}

/** Every chain of the municipality; the first broken record (lowest chain, then lowest seq) is reported. */
export async function verifyChain(db: Queryable, code: string): Promise<AuditVerification> {
  let events = 0;
  let broken: { chain: number; seq: number; problem: ChainProblem } | undefined;
  for (const chain of await chainNumbers(db, code)) {
    const walked = await walkChain(db, code, chain);
    events += walked.events;
    broken ??= walked.broken && { chain, ...walked.broken };
  }
  if (!broken) return { municipalityCode: code, events, ok: true };
  return {
    municipalityCode: code,
    events,
    ok: false,
    firstBrokenSeq: broken.seq,
    ...(broken.chain !== 0 ? { firstBrokenChain: broken.chain } : {}),
    problem: broken.problem,
    message: `${code}: ${describeAuditProblem(broken.seq, broken.problem, broken.chain)}`,
  };
}

async function walkChain(db: Queryable, code: string, chain: number) {
  let events = 0;
  let previous: AuditEventRow | undefined;
  let broken: { seq: number; problem: ChainProblem } | undefined;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.municipalityCode, code), eq(auditEvents.chain, chain), previous && gt(auditEvents.seq, previous.seq)))
      .orderBy(asc(auditEvents.seq))
      .limit(PAGE_SIZE);
    for (const row of page) {
      broken ??= findBrokenLink(row, previous);
      previous = row;
    }
    events += page.length;
    if (page.length < PAGE_SIZE) break;
  }
  return { events, broken };
}

function findBrokenLink(row: AuditEventRow, previous: AuditEventRow | undefined) {
  const expectedSeq = (previous?.seq ?? 0) + 1;
  if (row.seq !== expectedSeq) return { seq: expectedSeq, problem: 'missing-event' as const };
  if (auditHash(row) !== row.hash) return { seq: row.seq, problem: 'hash-mismatch' as const };
  if (row.prevHash !== (previous?.hash ?? GENESIS_HASH)) return { seq: row.seq, problem: 'prev-hash-mismatch' as const };
  return undefined;
}
