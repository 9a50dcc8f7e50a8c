import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/database.ts';
import { parseAuditKey, type AuditSigningKey } from '../config/audit-key.ts';
import type { Database } from '../db/database.ts';
import { createJobRunner } from '../jobs/job-runner.ts';
import { createJobHandlers } from '../jobs/job-handler.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { jobs } from '../jobs/schema.ts';
import { createLocalDiskStore } from '../storage/local-disk-store.ts';
import type { FileStore } from '../storage/file-store.ts';
import { auditHash } from './audit-hash.ts';
import { CHECKPOINT_PREFIX, CheckpointRefusedError, signCheckpoint, writeAuditCheckpoint, type AuditCheckpoint } from './audit-checkpoint.ts';
import { AUDIT_CHECKPOINT_JOB, createAuditCheckpointJob } from './audit-checkpoint-job.ts';
import { recordAudit } from './record-audit.ts';
import { auditEvents } from './schema.ts';
import { formatAuditReport, verifyAuditChain } from './verify-audit-chain.ts';
import { verifyAuditTrail } from './verify-audit-trail.ts';

const newKey = (): AuditSigningKey => parseAuditKey(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());

describe('signed checkpoints of the audit chains', () => {
  let database: Database;
  let store: FileStore;
  let dir: string;
  const key = newKey();
  const logged: object[] = [];
  const log = { info: (obj: object) => void logged.push(obj), warn() {}, error() {} };
  before(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'yakuba-checkpoints-'));
    store = createLocalDiskStore({ root: dir });
  });
  after(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const deps = () => ({ db: database.db, store, key, log });
  const recordChain = async (code: string, length: number) => {
    for (let n = 1; n <= length; n++) await recordAudit(database.db, { municipalityCode: code, actorType: 'system', action: `step.${n}`, detail: { n } });
  };
  /** What someone who controls the database can do: switch the append-only trigger off. */
  const asDatabaseOwner = async (statement: SQL) => {
    await database.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
    try {
      await database.db.execute(statement);
    } finally {
      await database.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
    }
  };
  const verify = async (code: string) => (await verifyAuditTrail({ db: database.db, store, key }, [code]))[0]!;
  const latest = async (code: string) => JSON.parse((await store.get(`${CHECKPOINT_PREFIX}/${code}/latest`))!.bytes.toString('utf8')) as AuditCheckpoint;

  it('signs the head of the chain into the store and the log, and does not repeat an unchanged head', async () => {
    await recordChain('143421', 5);
    assert.equal((await verify('143421')).checkpoint, null, 'no checkpoint yet');
    const { checkpoint, written } = await writeAuditCheckpoint(deps(), '143421');
    assert.equal(written, true);
    assert.deepEqual([checkpoint.municipalityCode, checkpoint.seq, checkpoint.keyId, checkpoint.version], ['143421', 5, key.keyId, 1]);
    const [head] = await database.db.select().from(auditEvents).where(and(eq(auditEvents.municipalityCode, '143421'), eq(auditEvents.seq, 5)));
    assert.equal(checkpoint.hash, head!.hash);
    assert.deepEqual(await latest('143421'), checkpoint);
    const history = await store.get(`${CHECKPOINT_PREFIX}/143421/${'5'.padStart(12, '0')}-${Date.parse(checkpoint.createdAt)}`);
    assert.deepEqual(JSON.parse(history!.bytes.toString('utf8')), checkpoint);
    assert.deepEqual(logged.at(-1), { auditCheckpoint: checkpoint });
    assert.equal((await writeAuditCheckpoint(deps(), '143421')).written, false);
    const result = await verify('143421');
    assert.deepEqual([result.ok, result.checkpoint?.seq], [true, 5]);
  });

  it('fails verification once the newest three records are deleted with the trigger off', async () => {
    await recordChain('142042', 8);
    await writeAuditCheckpoint(deps(), '142042');
    await asDatabaseOwner(sql`delete from audit_events where municipality_code = '142042' and seq > 5`);
    assert.equal((await verifyAuditChain(database.db, '142042'))[0]!.ok, true, 'the chain alone looks intact');
    const result = await verify('142042');
    assert.deepEqual([result.ok, result.problem, result.firstBrokenSeq, result.events], [false, 'checkpoint-truncated', 6, 5]);
    assert.match(result.message!, /^142042: 記録が受付順 5 までしかありません。\S+ のチェックポイントでは受付順 8 までありました（受付順 6〜8 の記録が削除されています） \/ the chain ends at seq 5, but the checkpoint of \S+ covers seq 8: records 6–8 were removed$/);
    const report = formatAuditReport([result]);
    assert.equal(report.exitCode, 1);
    assert.equal(report.text.split('\n').length, 1);
    await assert.rejects(writeAuditCheckpoint(deps(), '142042'), CheckpointRefusedError, 'a new checkpoint would hide the deletion');
    assert.equal((await latest('142042')).seq, 8);
  });

  it('fails verification after a record is altered and every hash after it recomputed', async () => {
    await recordChain('142051', 6);
    await writeAuditCheckpoint(deps(), '142051');
    const rows = await database.db.select().from(auditEvents).where(and(eq(auditEvents.municipalityCode, '142051'), gt(auditEvents.seq, 2))).orderBy(asc(auditEvents.seq));
    let prevHash = (await database.db.select().from(auditEvents).where(and(eq(auditEvents.municipalityCode, '142051'), eq(auditEvents.seq, 2))))[0]!.hash;
    for (const row of rows) {
      const forged = { ...row, action: row.seq === 3 ? 'step.forged' : row.action, prevHash };
      prevHash = auditHash(forged);
      await asDatabaseOwner(sql`update audit_events set action = ${forged.action}, prev_hash = ${forged.prevHash}, hash = ${prevHash} where id = ${row.id}`);
    }
    assert.equal((await verifyAuditChain(database.db, '142051'))[0]!.ok, true, 'the recomputed chain is consistent in itself');
    const result = await verify('142051');
    assert.deepEqual([result.ok, result.problem, result.firstBrokenSeq], [false, 'checkpoint-hash-mismatch', 6]);
    assert.match(result.message!, /^142051: 受付順 6 の記録が \S+ のチェックポイントと一致しません（それまでの記録が書き換えられています） \/ the record at seq 6 differs from the checkpoint/);
  });

  it('reports a checkpoint signed with another key, or changed after signing', async () => {
    await recordChain('142069', 3);
    const forged = signCheckpoint(newKey(), '142069', { seq: 3, hash: 'f'.repeat(64) });
    await store.put(`${CHECKPOINT_PREFIX}/142069/latest`, Buffer.from(JSON.stringify(forged)), 'application/json');
    const result = await verify('142069');
    assert.deepEqual([result.ok, result.problem], [false, 'checkpoint-invalid']);
    assert.match(result.message!, new RegExp(`^142069: 最新のチェックポイントの署名を確認できません.* signed with key ${forged.keyId}, this deployment's key is ${key.keyId}$`));
    const genuine = signCheckpoint(key, '142069', { seq: 2, hash: 'e'.repeat(64) });
    await store.put(`${CHECKPOINT_PREFIX}/142069/latest`, Buffer.from(JSON.stringify({ ...genuine, seq: 1 })), 'application/json');
    assert.match((await verify('142069')).message!, /signature does not verify/);
    await store.put(`${CHECKPOINT_PREFIX}/142069/latest`, Buffer.from('{not json'), 'application/json');
    assert.match((await verify('142069')).message!, /最新のチェックポイントを読み取れません/);
  });

  it('catches a chain emptied altogether', async () => {
    await recordChain('142077', 2);
    await writeAuditCheckpoint(deps(), '142077');
    await asDatabaseOwner(sql`delete from audit_events where municipality_code = '142077'`);
    const result = await verify('142077');
    assert.deepEqual([result.problem, result.events, result.firstBrokenSeq], ['checkpoint-truncated', 0, 1]);
  });

  it('cannot see records removed after the latest checkpoint, as documented', async () => {
    await recordChain('142085', 4);
    await writeAuditCheckpoint(deps(), '142085');
    await recordChain('142085', 2);
    await asDatabaseOwner(sql`delete from audit_events where municipality_code = '142085' and seq > 4`);
    assert.equal((await verify('142085')).ok, true, 'the tail after the checkpoint is not covered until the next one');
  });

  it('runs as a job for each municipality and books its next run, even when a run is refused', async () => {
    await recordChain('143413', 2);
    const handlers = createJobHandlers();
    handlers.register(createAuditCheckpointJob({ store, key, log }, 60));
    const runner = createJobRunner({ db: database.db, handlers, workerId: 'test', log });
    await database.db.transaction((tx) => enqueueJob(tx, { municipalityCode: '143413', kind: AUDIT_CHECKPOINT_JOB }));
    assert.equal(await runner.runOnce(), true);
    assert.equal((await latest('143413')).seq, 2);
    const booked = await database.db.select().from(jobs).where(and(eq(jobs.kind, AUDIT_CHECKPOINT_JOB), eq(jobs.municipalityCode, '143413'), eq(jobs.status, 'pending')));
    assert.equal(booked.length, 1);
    const inMinutes = (booked[0]!.runAt.getTime() - Date.now()) / 60_000;
    assert.ok(inMinutes > 59 && inMinutes <= 60, `next run in ${inMinutes} minutes`);

    await asDatabaseOwner(sql`delete from audit_events where municipality_code = '143413' and seq = 2`);
    await database.db.update(jobs).set({ runAt: new Date(Date.now() - 1000) }).where(eq(jobs.id, booked[0]!.id));
    assert.equal(await runner.runOnce(), true);
    const [refused] = await database.db.select().from(jobs).where(eq(jobs.id, booked[0]!.id));
    assert.match(refused!.lastError ?? '', /記録が受付順 1 までしかありません/);
    const next = await database.db.select().from(jobs).where(and(eq(jobs.kind, AUDIT_CHECKPOINT_JOB), eq(jobs.municipalityCode, '143413'), eq(jobs.status, 'pending')));
    assert.equal(next.length, 2, 'the retry of the refused run, and the next run');
  });
});
