import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/database.ts';
import type { Database } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';
import { recordAudit } from './record-audit.ts';
import { auditEvents } from './schema.ts';
import { formatAuditReport, verifyAuditChain } from './verify-audit-chain.ts';

describe('audit trail', () => {
  let database: Database;
  before(async () => (database = await createTestDatabase()));
  after(() => database.close());

  const record = (code: string, action: string, detail?: Record<string, unknown>) =>
    database.db.transaction((tx) =>
      recordAudit(tx, { municipalityCode: code, actorType: 'staff', actorId: 'staff-7', action, target: 'form:42', detail }),
    );

  async function recordChain(code: string, length: number): Promise<void> {
    for (let n = 1; n <= length; n++) await record(code, `step.${n}`, { n, nested: { b: [1, { z: 1, a: 2 }], a: null } });
  }

  async function tamper(statement: SQL): Promise<void> {
    await database.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
    try {
      await database.db.execute(statement);
    } finally {
      await database.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
    }
  }

  const chainRows = (code: string) =>
    database.db.select().from(auditEvents).where(eq(auditEvents.municipalityCode, code)).orderBy(asc(auditEvents.seq));

  const failureText = (error: Error) => `${error.message} ${(error.cause as Error | undefined)?.message ?? ''}`;

  it('keeps one verifiable chain per municipality, each starting at seq 1', async () => {
    for (let n = 1; n <= 4; n++) {
      await record('143421', `ninomiya.${n}`, { n, when: new Date(0), skipped: undefined });
      await record('143413', `oiso.${n}`);
    }
    await recordAudit(database.db, { municipalityCode: '143421', actorType: 'system', action: 'ninomiya.5' });
    for (const code of ['143421', '143413']) {
      const rows = await chainRows(code);
      assert.deepEqual(rows.map((row) => row.seq), code === '143421' ? [1, 2, 3, 4, 5] : [1, 2, 3, 4]);
      assert.equal(rows[0]!.prevHash, GENESIS_HASH);
      for (let i = 1; i < rows.length; i++) assert.equal(rows[i]!.prevHash, rows[i - 1]!.hash);
    }
    const results = await verifyAuditChain(database.db);
    assert.deepEqual(results.find((result) => result.municipalityCode === '143421'), { municipalityCode: '143421', events: 5, ok: true });
    assert.deepEqual(await verifyAuditChain(database.db, '143413'), [{ municipalityCode: '143413', events: 4, ok: true }]);
    const inTokyoTime = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local timezone = 'Asia/Tokyo'`); // timestamps now read back as '…+09'
      return verifyAuditChain(tx, '143421');
    });
    assert.equal(inTokyoTime[0]?.ok, true);
  });

  for (const [code, column, value] of [
    ['142042', 'action', sql`'step.forged'`],
    ['142051', 'detail', sql`'{"n": 300}'::jsonb`],
  ] as const) {
    it(`reports a hash mismatch where the ${column} of an event was altered`, async () => {
      await recordChain(code, 5);
      await tamper(sql`update audit_events set ${sql.identifier(column)} = ${value} where municipality_code = ${code} and seq = 3`);
      const [result] = await verifyAuditChain(database.db, code);
      assert.deepEqual(result, {
        municipalityCode: code,
        events: 5,
        ok: false,
        firstBrokenSeq: 3,
        problem: 'hash-mismatch',
        message: `${code}: 受付順 3 の記録が改ざんされています（ハッシュ不一致） / the record at seq 3 was altered (hash mismatch)`,
      });
    });
  }

  for (const [code, seq] of [['142069', 2], ['142077', 1]] as const) {
    it(`reports event ${seq} missing once it is deleted`, async () => {
      await recordChain(code, 4);
      await tamper(sql`delete from audit_events where municipality_code = ${code} and seq = ${seq}`);
      const [result] = await verifyAuditChain(database.db, code);
      assert.deepEqual([result?.events, result?.problem, result?.firstBrokenSeq], [3, 'missing-event', seq]);
      assert.equal(result?.message, `${code}: 受付順 ${seq} の記録が削除されています / the record at seq ${seq} was deleted`);
    });
  }

  it('catches a forger who recomputes the altered event’s hash at the following event', async () => {
    await recordChain('142085', 5);
    const original = (await chainRows('142085'))[2]!;
    const forgedHash = auditHash({ ...original, action: 'step.forged' });
    await tamper(sql`update audit_events set action = 'step.forged', hash = ${forgedHash} where id = ${original.id}`);
    const [result] = await verifyAuditChain(database.db, '142085');
    assert.deepEqual([result?.problem, result?.firstBrokenSeq], ['prev-hash-mismatch', 4]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE for the app role and the superuser alike', async () => {
    await recordChain('143618', 2);
    const onFirst = and(eq(auditEvents.municipalityCode, '143618'), eq(auditEvents.seq, 1));
    const attempts = [
      () => withTenant(database.db, '143618', (tx) => tx.update(auditEvents).set({ action: 'changed' }).where(onFirst)),
      () => withTenant(database.db, '143618', (tx) => tx.delete(auditEvents).where(onFirst)),
      () => database.db.update(auditEvents).set({ action: 'changed' }).where(onFirst),
      () => database.db.delete(auditEvents).where(onFirst),
      () => database.db.execute(sql`truncate audit_events`),
    ];
    for (const attempt of attempts) {
      await assert.rejects(attempt, (error: Error) => /append-only/.test(failureText(error)));
    }
    assert.deepEqual(await verifyAuditChain(database.db, '143618'), [{ municipalityCode: '143618', events: 2, ok: true }]);
  });

  it('numbers concurrent events without gaps in each chain', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => record('141003', `parallel.${i}`)));
    const rows = await chainRows('141003');
    assert.equal(rows.length, 20);
    for (const chain of new Set(rows.map((row) => row.chain))) {
      const seqs = rows.filter((row) => row.chain === chain).map((row) => row.seq).sort((a, b) => a - b);
      assert.deepEqual(seqs, Array.from({ length: seqs.length }, (_, i) => i + 1), `chain ${chain}`);
    }
    assert.deepEqual(await verifyAuditChain(database.db, '141003'), [{ municipalityCode: '141003', events: 20, ok: true }]);
  });

  it('lets a tenant transaction write only its own municipality’s chain', async () => {
    const event = { actorType: 'resident', actorId: 'r-1', action: 'application.submitted' } as const;
    await assert.rejects(
      withTenant(database.db, '142107', (tx) => recordAudit(tx, { ...event, municipalityCode: '142115' })),
      (error: Error) => /row-level security/.test(failureText(error)),
    );
    assert.equal((await chainRows('142115')).length, 0);
    await withTenant(database.db, '142107', (tx) => recordAudit(tx, { ...event, municipalityCode: '142107' }));
    const second = await withTenant(database.db, '142107', (tx) => recordAudit(tx, { ...event, municipalityCode: '142107' }));
    assert.equal(second.seq, 2);
    assert.deepEqual(await verifyAuditChain(database.db, '142107'), [{ municipalityCode: '142107', events: 2, ok: true }]);
  });
});

describe('formatAuditReport', () => {
  it('prints one line per municipality and exits 1 when any chain is broken', () => {
    const allOk = formatAuditReport([{ municipalityCode: '143421', events: 12, ok: true }]);
    assert.deepEqual(allOk, { text: '143421: 12 件 OK', exitCode: 0 });
    const report = formatAuditReport([
      { municipalityCode: '143413', events: 3, ok: true },
      { municipalityCode: '143421', events: 12, ok: false, firstBrokenSeq: 12, problem: 'missing-event' },
    ]);
    assert.equal(report.text, '143413: 3 件 OK\n143421: 12 件 NG 受付順 12 の記録が削除されています / the record at seq 12 was deleted');
    assert.equal(report.exitCode, 1);
  });
});
