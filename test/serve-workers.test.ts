import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yakubaChildrenOf } from '../bench/spawn-yakuba.ts';
import { runYakuba } from './cli-runner.ts';
import { freshPostgres, testDatabaseKind } from './database.ts';
import { startYakuba, type YakubaServer } from './yakuba-process.ts';

const serverProcesses = (server: YakubaServer) => yakubaChildrenOf(server.child.pid!);

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((r) => setTimeout(r, 100))) if (check()) return;
  assert.fail(`${what} within 30 s`);
}

describe('yakuba serve --workers N', { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-workers-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses several processes on the embedded database, and a count that is not a number, with a clear message', async () => {
    const embedded = await runYakuba(['serve', '--workers', '2'], { YAKUBA_DATA_DIR: dataDir, DATABASE_URL: '' });
    assert.equal(embedded.code, 2);
    assert.match(embedded.stderr, /--workers で複数のプロセスを動かすには PostgreSQL が必要です/u);
    assert.doesNotMatch(embedded.stderr, /at .*\.ts:\d+/u, 'no stack trace');
    const wrong = await runYakuba(['serve', '--workers', 'two'], { YAKUBA_DATA_DIR: dataDir });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--workers には 1 から 64 までの整数を指定してください/u);
  });

  it('on PostgreSQL runs N processes on the same ports, starts a crashed one again, and stops them all', { skip: testDatabaseKind !== 'postgres' && 'PostgreSQL only (YAKUBA_TEST_DB=postgres)' }, async () => {
    const postgres = await freshPostgres('yakuba_workers');
    const server = await startYakuba({ dataDir, databaseUrl: postgres.url, args: ['--workers', '2'] });
    try {
      await waitFor(() => serverProcesses(server).length === 2, 'two server processes');
      const statuses = await Promise.all(Array.from({ length: 40 }, () => fetch(`${server.publicUrl}/m/143421/procedures`).then(async (r) => (await r.arrayBuffer(), r.status))));
      assert.deepEqual([...new Set(statuses)], [200]);
      assert.equal((await fetch(`${server.internalUrl}/m/143421/login`)).status, 200, 'the internal zone too');

      const [first] = serverProcesses(server);
      process.kill(first!, 'SIGKILL');
      await waitFor(() => !serverProcesses(server).includes(first!) && serverProcesses(server).length === 2, 'a new process in place of the killed one');
      let answered = 0;
      for (let i = 0; i < 20; i++) if ((await fetch(`${server.publicUrl}/m/143421/`).catch(() => undefined))?.status === 200) answered++;
      assert.ok(answered >= 19, `answers after a process crashed (${answered} of 20)`);

      const processes = serverProcesses(server);
      await server.kill('SIGTERM');
      assert.equal(server.child.exitCode, 0, 'the primary exits cleanly');
      assert.deepEqual(processes.filter((pid) => { try { process.kill(pid, 0); return true; } catch { return false; } }), [], 'no process is left behind');
    } finally {
      await server.kill('SIGKILL');
      await postgres.drop();
    }
  });
});
