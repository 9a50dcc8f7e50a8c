import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/database.ts';
import { parseAuditKey } from '../config/audit-key.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { createLocalDiskStore } from '../storage/local-disk-store.ts';
import type { FileStore } from '../storage/file-store.ts';
import { writeAuditCheckpoint } from './audit-checkpoint.ts';
import { recordAudit } from './record-audit.ts';
import { auditHash } from './audit-hash.ts';
import { auditEvents } from './schema.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';
import { verifyAuditTrail } from './verify-audit-trail.ts';

describe('several chains per municipality', () => {
  let database: Database & { url?: string };
  /** A second pool on PostgreSQL (another "process"); on PGlite the same single connection. */
  let other: Database;
  let store: FileStore;
  let dir: string;
  const key = parseAuditKey(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const log = { info() {}, warn() {}, error() {} };
  before(async () => {
    database = await createTestDatabase();
    other = database.url ? await openDatabase({ url: database.url, poolSize: 4 }) : database;
    dir = mkdtempSync(join(tmpdir(), 'yakuba-chains-'));
    store = createLocalDiskStore({ root: dir });
  });
  after(async () => {
    if (other !== database) await other.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const append = (db: Database, code: string, action: string) =>
    db.db.transaction(async (tx) => {
      await recordAudit(tx, { municipalityCode: code, actorType: 'staff', actorId: 'staff-1', action });
      await tx.execute(sql`select 1`); // the request's other work, with the chain still held
    });
  const rows = (code: string) =>
    database.db.select().from(auditEvents).where(eq(auditEvents.municipalityCode, code)).orderBy(asc(auditEvents.chain), asc(auditEvents.seq));
  const verify = async (code: string) => (await verifyAuditTrail({ db: database.db, store, key }, [code]))[0]!;
  const asDatabaseOwner = async (statement: SQL) => {
    await database.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
    try {
      await database.db.execute(statement);
    } finally {
      await database.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
    }
  };
  /** An append that must land in chain 1: chain 0 is held by an open transaction meanwhile. */
  async function appendBesideOpenTransaction(code: string, action: string): Promise<number> {
    if (other === database) {
      // One connection: transactions cannot overlap, so both go to chain 0.
      await recordAudit(database.db, { municipalityCode: code, actorType: 'system', action: `${action}.holder` });
      return (await recordAudit(database.db, { municipalityCode: code, actorType: 'system', action })).chain;
    }
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = database.db.transaction(async (tx) => {
      await recordAudit(tx, { municipalityCode: code, actorType: 'system', action: `${action}.holder` });
      locked();
      await held;
    });
    await isLocked;
    const row = await other.db.transaction((tx) => recordAudit(tx, { municipalityCode: code, actorType: 'system', action }));
    release();
    await holder;
    return row.chain;
  }

  it('hashes in SQL exactly as auditHash does, whatever the event holds', async () => {
    const code = '143669';
    const details = [
      {},
      { name: '二宮 花子', note: '𠮷野家🙂', quote: 'say "はい"', slash: 'a\\b\nc', nested: { '10': 1, '2': [true, null, 1.5], z: { b: 1, a: 2 } } },
      { when: new Date('2026-12-07T01:02:03.004Z'), tab: '\t', control: '\u0001', line: '\u2028' },
    ];
    // Chain 0, then other chains: appends held open by other transactions spill over.
    for (const detail of details) await recordAudit(database.db, { municipalityCode: code, actorType: 'resident', actorId: null, action: 'test.hash', target: null, detail });
    await database.db.transaction(async (tx) => {
      await recordAudit(tx, { municipalityCode: code, actorType: 'system', action: 'test.holder' });
      if (other !== database) await other.db.transaction((tx2) => recordAudit(tx2, { municipalityCode: code, actorType: 'staff', actorId: 'staff-9', action: 'test.other-chain', target: 'x', detail: details[1] }));
    });
    const rows = await database.db.select().from(auditEvents).where(eq(auditEvents.municipalityCode, code));
    for (const row of rows) assert.equal(row.hash, auditHash({ ...row, occurredAt: row.occurredAt }), `${row.action} in chain ${row.chain}`);
    if (other !== database) assert.ok(rows.some((row) => row.chain > 0), 'an event in a chain other than 0');
    const [verified] = await verifyAuditChain(database.db, code);
    assert.equal(verified!.ok, true, verified!.message);
  });

  it('takes every one of 2×200 concurrent appends from two pools exactly once, each chain without gaps', async () => {
    const code = '143421';
    await Promise.all([
      ...Array.from({ length: 200 }, (_, i) => append(database, code, `first.${i}`)),
      ...Array.from({ length: 200 }, (_, i) => append(other, code, `second.${i}`)),
    ]);
    const all = await rows(code);
    assert.equal(all.length, 400);
    assert.deepEqual(new Set(all.map((row) => row.action)).size, 400, 'every append exactly once');
    const byChain = new Map<number, typeof all>();
    for (const row of all) byChain.set(row.chain, [...(byChain.get(row.chain) ?? []), row]);
    for (const [chain, chainRows] of byChain) {
      assert.deepEqual(chainRows.map((row) => row.seq), Array.from({ length: chainRows.length }, (_, i) => i + 1), `chain ${chain} has no gaps`);
    }
    assert.deepEqual(await verifyAuditChain(database.db, code), [{ municipalityCode: code, events: 400, ok: true }]);
    const { checkpoint } = await writeAuditCheckpoint({ db: database.db, store, key, log }, code);
    assert.equal(Object.keys(checkpoint.chains ?? {}).length, byChain.size - 1, 'the checkpoint signs the head of every chain');
    assert.equal((await verify(code)).ok, true);
  });

  it('appends to another chain while chain 0 is held, and never waits for it', async () => {
    const chain = await appendBesideOpenTransaction('143413', 'beside');
    assert.equal(chain, other === database ? 0 : 1);
    assert.deepEqual(await verifyAuditChain(database.db, '143413'), [{ municipalityCode: '143413', events: 2, ok: true }]);
  });

  async function twoChains(code: string): Promise<number> {
    for (let n = 1; n <= 3; n++) await append(database, code, `zero.${n}`);
    for (let n = 1; n <= 3; n++) await appendBesideOpenTransaction(code, `one.${n}`);
    await writeAuditCheckpoint({ db: database.db, store, key, log }, code);
    return other === database ? 0 : 1;
  }
  const inChain = (code: string, chain: number, seq: number) =>
    and(eq(auditEvents.municipalityCode, code), eq(auditEvents.chain, chain), eq(auditEvents.seq, seq));

  it('reports a record altered in any chain', async () => {
    const chain = await twoChains('142042');
    await asDatabaseOwner(sql`update audit_events set action = 'forged' where ${inChain('142042', chain, 2)}`);
    const result = await verify('142042');
    assert.deepEqual([result.ok, result.problem, result.firstBrokenSeq, result.firstBrokenChain], [false, 'hash-mismatch', 2, chain || undefined]);
    if (chain) assert.match(result.message!, /^142042: 系列 1 の受付順 2 の記録が改ざんされています/);
  });

  it('reports a record deleted in the middle of any chain', async () => {
    const chain = await twoChains('142051');
    await asDatabaseOwner(sql`delete from audit_events where ${inChain('142051', chain, 2)}`);
    const result = await verify('142051');
    assert.deepEqual([result.ok, result.problem, result.firstBrokenSeq, result.firstBrokenChain], [false, 'missing-event', 2, chain || undefined]);
  });

  it('reports the newest records of any chain deleted with the trigger off', async () => {
    const chain = await twoChains('142069');
    await asDatabaseOwner(sql`delete from audit_events where municipality_code = '142069' and chain = ${chain} and seq > 1`);
    assert.equal((await verifyAuditChain(database.db, '142069'))[0]!.ok, true, 'the chains alone look intact');
    const result = await verify('142069');
    assert.deepEqual([result.ok, result.problem, result.firstBrokenSeq, result.firstBrokenChain], [false, 'checkpoint-truncated', 2, chain || undefined]);
    if (chain) assert.match(result.message!, /^142069: 系列 1 の記録が受付順 1 までしかありません。/);
  });
});
