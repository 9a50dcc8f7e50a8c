import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { freePort } from '../../../bench/spawn-yakuba.ts';
import { freshPostgres, testDatabaseKind } from '../../../test/database.ts';
import { mailMessages } from '../mail/schema.ts';
import { openDatabase, type Database } from './database.ts';
import { migrateDatabase } from './migrate.ts';
import { withTenant } from './tenant-scope.ts';

const PGBOUNCER = '/usr/sbin/pgbouncer';
const skip = testDatabaseKind !== 'postgres' ? 'PostgreSQL only (YAKUBA_TEST_DB=postgres)' : !existsSync(PGBOUNCER) && !process.env.CI ? `PgBouncer is not installed (${PGBOUNCER}; apt-get install pgbouncer)` : false;

/** PgBouncer in transaction mode in front of the test server, with two server connections for many clients. */
async function startPgBouncer(): Promise<{ port: number; process: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'yakuba-pgbouncer-'));
  const port = await freePort();
  const target = new URL(process.env.TEST_DATABASE_URL!);
  writeFileSync(join(dir, 'users.txt'), `"${target.username || 'postgres'}" ""\n`);
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${target.hostname} port=${target.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      'default_pool_size = 2',
      'max_client_conn = 200',
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${join(dir, 'pgbouncer.log')}`,
    ].join('\n'),
  );
  // PgBouncer refuses to run as root; as root it is told to switch to the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) for (const file of ['', 'users.txt', 'pgbouncer.ini']) chmodSync(join(dir, file), file ? 0o644 : 0o777);
  const child = spawn(PGBOUNCER, [...(asRoot ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let tries = 0; tries < 100; tries++) {
    const client = new pg.Client({ host: '127.0.0.1', port, user: target.username || 'postgres', database: 'postgres' });
    try {
      await client.connect();
      await client.end();
      return { port, process: child, dir };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  child.kill();
  throw new Error('PgBouncer did not start');
}

describe('through PgBouncer in transaction mode', { skip }, () => {
  let postgres: Awaited<ReturnType<typeof freshPostgres>>;
  let bouncer: Awaited<ReturnType<typeof startPgBouncer>>;
  let database: Database;

  before(async () => {
    postgres = await freshPostgres('yakuba_bouncer');
    const direct = await openDatabase({ url: postgres.url, poolSize: 1 });
    await migrateDatabase(direct);
    await direct.close();
    bouncer = await startPgBouncer();
    const url = new URL(postgres.url);
    url.host = `127.0.0.1:${bouncer.port}`;
    database = await openDatabase({ url: url.href, poolSize: 20 });
  });
  after(async () => {
    await database?.close();
    bouncer?.process.kill();
    if (bouncer) rmSync(bouncer.dir, { recursive: true, force: true });
    await postgres?.drop();
  });

  it('keeps each transaction to its own municipality when many share two server connections', async () => {
    const towns = ['143421', '143413'];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        withTenant(database.db, towns[i % 2]!, async (tx) => {
          await tx.insert(mailMessages).values({ municipalityCode: towns[i % 2]!, toAddress: `r${i}@example.jp`, subject: `${i}`, bodyText: 'x' });
          const seen = await tx.select({ code: mailMessages.municipalityCode }).from(mailMessages);
          const setting = await tx.execute(sql`select current_setting('yakuba.municipality') as code, current_user as who`);
          return { town: towns[i % 2]!, codes: new Set(seen.map((row) => row.code)), setting: setting.rows[0] as { code: string; who: string } };
        }),
      ),
    );
    for (const result of results) {
      assert.deepEqual([...result.codes], [result.town], 'a transaction sees its own municipality only');
      assert.equal(result.setting.code, result.town);
      assert.equal(result.setting.who, 'yakuba_app', 'SET LOCAL ROLE holds for the whole transaction');
    }
    const backends = await database.db.execute(sql`select count(distinct pid)::int as n from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`);
    assert.ok((backends.rows[0] as { n: number }).n <= 3, 'PgBouncer multiplexed them onto its few server connections');
  });

  it('leaks neither the role nor the municipality into the next transaction on the same server connection', async () => {
    for (let i = 0; i < 20; i++) {
      await withTenant(database.db, '143421', (tx) => tx.execute(sql`select 1`));
      const after = await database.db.execute(sql`select current_user as who, coalesce(current_setting('yakuba.municipality', true), '') as code`);
      const row = after.rows[0] as { who: string; code: string };
      assert.notEqual(row.who, 'yakuba_app');
      assert.equal(row.code, '');
    }
    const visible = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role yakuba_app`);
      return tx.select().from(mailMessages);
    });
    assert.equal(visible.length, 0, 'without a municipality set, nothing is visible');
  });
});
