// bench/startup: time from process start to the first 200 of the public home page, on the embedded
// database and on PostgreSQL: first start (no dist/ build, empty data directory: compile, migrate,
// seed) and warm start, with resident memory after start. Beside them, the limit measured in the
// same run: a bare node:http server from process start to its first answer.
// Goals: warm start < 1.5 s, first start < 5 s, RSS < 150 MB on PostgreSQL, < 400 MB embedded.
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server on
// which a throw-away database is made; BENCH_RUNS sets the runs (default 3).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, residentMemoryMb, spawnYakuba, waitFor200 } from './spawn-yakuba.ts';

const SETTLE_MS = 5_000;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function timedStart(dataDir: string, env: Record<string, string>) {
  const started = performance.now();
  const yakuba = await spawnYakuba(dataDir, ['serve', '--seed-demo'], env);
  await waitFor200(`http://127.0.0.1:${yakuba.publicPort}/m/143421/`);
  const ms = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  for (let i = 0; i < 20; i++) await (await fetch(`http://127.0.0.1:${yakuba.publicPort}/m/143421/`)).arrayBuffer();
  const rssMb = residentMemoryMb(yakuba.child.pid!);
  await yakuba.stop();
  return { ms, rssMb };
}

async function bareHttpStart() {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`], { stdio: 'ignore' });
  await waitFor200(`http://127.0.0.1:${port}/`);
  const ms = performance.now() - started;
  child.kill();
  return ms;
}

async function withDatabase<T>(name: string, run: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await run(url.toString());
  } finally {
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const results: Record<string, { first: number[]; warm: number[]; rss: number[] }> = {
  embedded: { first: [], warm: [], rss: [] },
  postgres: { first: [], warm: [], rss: [] },
};
const bare: number[] = [];
for (let run = 0; run < runs; run++) {
  for (const kind of ['embedded', 'postgres'] as const) {
    const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-bench-'));
    try {
      const measure = async (env: Record<string, string>) => {
        // No build cache: the first start compiles dist/ again (a no-op for the tsx-only code).
        rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
        const first = await timedStart(dataDir, env);
        const warm = await timedStart(dataDir, env);
        results[kind]!.first.push(first.ms);
        results[kind]!.warm.push(warm.ms);
        results[kind]!.rss.push(warm.rssMb);
      };
      if (kind === 'embedded') await measure({});
      else await withDatabase(`yakuba_bench_${process.pid}_${run}`, (url) => measure({ DATABASE_URL: url }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    bare.push(await bareHttpStart());
  }
}

const limit = median(bare);
const line = (label: string, value: string, goal: string, ok: boolean, beside = '') => console.log(`${label.padEnd(40)} ${value.padStart(9)}   goal ${goal.padEnd(9)} ${(ok ? 'OK' : 'MISSED').padEnd(7)}${beside}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`bench/startup (${runs} runs, median; Node ${process.version})`);
console.log(`limit: bare node:http server, start to first answer   ${seconds(limit)}`);
for (const kind of ['postgres', 'embedded'] as const) {
  const r = results[kind]!;
  const rssGoal = kind === 'postgres' ? 150 : 400;
  line(`${kind}: first start (no build, empty data)`, seconds(median(r.first)), '< 5 s', median(r.first) < 5_000, `limit ${seconds(limit)}`);
  line(`${kind}: warm start`, seconds(median(r.warm)), '< 1.5 s', median(r.warm) < 1_500, `limit ${seconds(limit)}`);
  line(`${kind}: RSS 5 s after warm start`, `${median(r.rss).toFixed(0)} MB`, `< ${rssGoal} MB`, median(r.rss) < rssGoal);
}
