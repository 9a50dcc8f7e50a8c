import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { freePort, waitFor200 } from '../bench/spawn-yakuba.ts';
import { createCliDatabase, runYakuba, type CliDatabase } from './cli-runner.ts';
import { testDatabaseKind } from './database.ts';

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
    for (const args of [[], ['frobnicate'], ['serve', '--zone', 'moon'], ['serve', '--bogus'], ['staff', 'delete'], ['audit']]) {
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
