import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { freePort, waitFor200 } from '../bench/spawn-yakuba.ts';
import { createCliDatabase, runYakuba, type CliDatabase } from './cli-runner.ts';
import { testDatabaseKind } from './database.ts';

/** What someone who controls the database can do, whichever database the suite runs on. */
async function asDatabaseOwner(env: Record<string, string>, statements: string): Promise<void> {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query(statements);
    await client.end();
    return;
  }
  const db = await PGlite.create(join(env.YAKUBA_DATA_DIR!, 'pgdata'));
  await db.exec(statements);
  await db.close();
}

describe('the yakuba command', () => {
  let database: CliDatabase;
  let env: Record<string, string>;
  let dataDir: string;
  const yakuba = runYakuba;

  before(async () => {
    database = await createCliDatabase('yakuba-cli');
    ({ env, dataDir } = database);
  });
  after(() => database.close());

  it('prints usage and exits non-zero for a missing or unknown command or option', async () => {
    for (const args of [[], ['frobnicate'], ['serve', '--zone', 'moon'], ['serve', '--bogus'], ['staff', 'delete'], ['audit'], ['audit', 'frob'], ['audit', 'checkpoint', '--bogus'], ['audit', 'verify', 'extra']]) {
      const result = await yakuba(args, env);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /Usage: yakuba <command>/, args.join(' '));
    }
  });

  it('stops at start with one line naming a wrong setting', async () => {
    const result = await yakuba(['migrate'], { ...env, PUBLIC_PORT: 'abc' });
    assert.equal(result.code, 78);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /PUBLIC_PORT must be an integer between 1 and 65535/);
  });

  it('migrates, seeds, creates staff and verifies the audit trail', async () => {
    assert.equal((await yakuba(['migrate'], env)).code, 0);
    assert.equal((await yakuba(['seed'], env)).code, 0);
    const created = await yakuba(['staff', 'create', '--municipality', '143421', '--email', 'new@ninomiya.example.jp', '--name', '新人 職員', '--role', 'publisher'], env);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /First password: \S{16}/);
    const again = await yakuba(['staff', 'create', '--municipality', '143421', '--email', 'new@ninomiya.example.jp', '--name', 'x'], env);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists/);
    const badRole = await yakuba(['staff', 'create', '--municipality', '143421', '--email', 'x@y.jp', '--name', 'x', '--role', 'mayor'], env);
    assert.equal(badRole.code, 2);
    const verified = await yakuba(['audit', 'verify'], env);
    assert.equal(verified.code, 0, verified.stdout + verified.stderr);
    // 6 demo staff, the one created here, and 2 events (created, published) for each of the 7 sample datasets.
    assert.match(verified.stdout, /143421: 21 件 OK/);
  });

  it('reports the first broken link after a record is altered, and a backup brings it back', { skip: testDatabaseKind === 'postgres' ? 'backup covers the embedded database' : false }, async () => {
    const backupFile = join(dataDir, 'before.tar.gz');
    assert.equal((await yakuba(['backup', '--out', backupFile], env)).code, 0);
    const db = await PGlite.create(join(dataDir, 'pgdata'));
    await db.exec(`ALTER TABLE audit_events DISABLE TRIGGER USER;
      UPDATE audit_events SET action = 'staff.nothing_happened' WHERE municipality_code = '143421' AND seq = 2;
      ALTER TABLE audit_events ENABLE TRIGGER USER;`);
    await db.close();
    const broken = await yakuba(['audit', 'verify', '--municipality', '143421'], env);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /受付順 2 の記録が改ざんされています/);
    const restored = await yakuba(['restore', backupFile], env);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stdout, /Previous data kept at/);
    assert.equal((await yakuba(['audit', 'verify'], env)).code, 0);
  });

  it('writes a checkpoint when the worker stops and on demand; verify fails once the newest records are deleted with the trigger off', async () => {
    const worker = spawn('bin/yakuba.js', ['worker'], { env: { ...process.env, ...env, LOG_LEVEL: 'info' } });
    let workerOut = '';
    worker.stdout.on('data', (chunk) => (workerOut += chunk));
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    for (const started = Date.now(); !workerOut.includes('Press Ctrl+C') && Date.now() - started < 30_000; ) await new Promise((r) => setTimeout(r, 50));
    worker.kill('SIGTERM');
    assert.equal(await exited, 0);
    const logged = workerOut.split('\n').filter((line) => line.includes('"auditCheckpoint"')).map((line) => JSON.parse(line).auditCheckpoint);
    assert.deepEqual(logged.find((c) => c.municipalityCode === '143421')?.seq, 21, 'a checkpoint of each chain at shutdown, in the log');
    const verified = await yakuba(['audit', 'verify', '--municipality', '143421'], env);
    assert.equal(verified.code, 0, verified.stdout);
    assert.match(verified.stdout, /^143421: 21 件 OK（\S+ のチェックポイント 受付順 21 と一致/);
    const again = await yakuba(['audit', 'checkpoint', '--municipality', '143421'], env);
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.match(again.stdout, /143421: 受付順 21 はチェックポイント済みです/);

    await asDatabaseOwner(env, `ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
      DELETE FROM audit_events WHERE municipality_code = '143421' AND seq > 18;
      ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);
    const broken = await yakuba(['audit', 'verify'], env);
    assert.equal(broken.code, 1, broken.stdout);
    assert.match(broken.stdout, /^143421: 18 件 NG 記録が受付順 18 までしかありません。\S+ のチェックポイントでは受付順 21 までありました（受付順 19〜21 の記録が削除されています） \/ the chain ends at seq 18, but the checkpoint of \S+ covers seq 21: records 19–21 were removed$/m);
    const refused = await yakuba(['audit', 'checkpoint'], env);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /^143421: NG 記録が受付順 18 までしかありません/m, 'no new checkpoint hides the deletion');
    assert.equal((await yakuba(['audit', 'verify', '--municipality', '143421'], env)).code, 1);
  });

  it('explains a wrong --municipality for the audit commands', async () => {
    const malformed = await yakuba(['audit', 'checkpoint', '--municipality', 'ninomiya'], env);
    assert.equal(malformed.code, 2);
    assert.match(malformed.stderr, /--municipality must be a 6-digit municipality code such as 143421 \(got "ninomiya"\) \/ --municipality には 143421 のような6桁の団体コードを指定してください/);
    const unknown = await yakuba(['audit', 'verify', '--municipality', '999999'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /municipality 999999 is not configured here and has no audit trail \/ 団体コード 999999 の自治体は登録されていません/);
  });

  it('serves only the zone it is asked for', async () => {
    const ports = { PUBLIC_PORT: String(await freePort()), INTERNAL_PORT: String(await freePort()) };
    const child = spawn('bin/yakuba.js', ['serve', '--zone', 'public'], { env: { ...process.env, ...env, ...ports, LOG_LEVEL: 'warn' }, stdio: 'ignore' });
    try {
      await waitFor200(`http://127.0.0.1:${ports.PUBLIC_PORT}/m/143421/`);
      await assert.rejects(fetch(`http://127.0.0.1:${ports.INTERNAL_PORT}/healthz`));
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    }
  });
});
