// bench/memory: resident memory of `yakuba serve` on PostgreSQL (or the embedded database) after a
// warm start and over a run of mixed load: the home page, procedure pages, the sign-in page and the
// open data API, a few requests at once. Goals on PostgreSQL: < 150 MB after warm start, < 250 MB
// after 10 minutes with no growth after the first minutes; embedded < 400 MB.
// Usage: npm run bench:memory [-- MINUTES [embedded]]   (default 2 minutes on PostgreSQL)
// BENCH_DATABASE_URL names the PostgreSQL server on which a throw-away database is made.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { residentMemoryMb, spawnYakuba, waitFor200 } from './spawn-yakuba.ts';

const minutes = Number(process.argv[2] ?? 2);
const embedded = process.argv[3] === 'embedded';
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONCURRENCY = 4;
const SAMPLE_EVERY_MS = 15_000;
const dbName = `yakuba_memory_${process.pid}`;

const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-memory-'));
const admin = new pg.Client({ connectionString: adminUrl });
const env: Record<string, string> = {};
if (!embedded) {
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  env.DATABASE_URL = url.toString();
}

try {
  // The first start migrates and seeds; the measured one is the warm start after it.
  const first = await spawnYakuba(dataDir, ['serve', '--seed-demo'], env);
  await waitFor200(`http://127.0.0.1:${first.publicPort}/m/143421/`);
  await first.stop();
  const yakuba = await spawnYakuba(dataDir, ['serve', '--seed-demo'], env);
  const site = `http://127.0.0.1:${yakuba.publicPort}/m/143421`;
  await waitFor200(`${site}/`);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const pid = yakuba.child.pid!;
  const afterStart = residentMemoryMb(pid);

  const home = await (await fetch(`${site}/`)).text();
  const procedures = [...new Set([...home.matchAll(/href="(\/m\/143421\/procedures\/[^"?#]+)"/g)].map((m) => m[1]!))];
  if (procedures.length === 0) procedures.push('/m/143421/procedures');
  const signIn = /href="(\/m\/143421\/[^"]*(?:login|sign-in)[^"]*)"/.exec(home)?.[1] ?? '/m/143421/login';
  const terms = ['公園', '道路', 'トイレ', '避難', 'AED', '学校', 'データ', '観光'];
  const paths = [
    () => '/m/143421/',
    () => procedures[Math.floor(Math.random() * procedures.length)]!,
    () => signIn,
    () => `/m/143421/api/3/action/package_search?q=${encodeURIComponent(terms[Math.floor(Math.random() * terms.length)]!)}&rows=10`,
    () => '/m/143421/api/3/action/package_list',
    () => '/m/143421/opendata',
  ];

  const endAt = performance.now() + minutes * 60_000;
  let requests = 0;
  const statuses = new Map<number, number>();
  const client = async () => {
    while (performance.now() < endAt) {
      const response = await fetch(`http://127.0.0.1:${yakuba.publicPort}${paths[requests % paths.length]!()}`);
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      requests++;
    }
  };
  const samples: { at: number; mb: number }[] = [];
  const started = performance.now();
  const sampler = setInterval(() => samples.push({ at: (performance.now() - started) / 1000, mb: residentMemoryMb(pid) }), SAMPLE_EVERY_MS);
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  clearInterval(sampler);
  const end = residentMemoryMb(pid);
  await yakuba.stop();

  const startGoal = embedded ? 400 : 150;
  const loadGoal = embedded ? 400 : 250;
  const peak = Math.max(...samples.map((s) => s.mb), end);
  const firstMinute = samples.filter((s) => s.at <= 60).map((s) => s.mb);
  const settled = firstMinute.length ? Math.max(...firstMinute) : afterStart;
  const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED');
  console.log(`bench/memory (${embedded ? 'embedded' : 'PostgreSQL'}, ${minutes} min, ${CONCURRENCY} clients; Node ${process.version})`);
  console.log(`RSS 5 s after warm start        ${afterStart.toFixed(0).padStart(5)} MB   goal < ${startGoal} MB  ${verdict(afterStart < startGoal)}`);
  for (const s of samples) console.log(`  RSS at ${s.at.toFixed(0).padStart(4)} s of load        ${s.mb.toFixed(0).padStart(5)} MB`);
  console.log(`RSS peak under load             ${peak.toFixed(0).padStart(5)} MB   goal < ${loadGoal} MB  ${verdict(peak < loadGoal)}`);
  console.log(`growth after the first minute   ${(end - settled).toFixed(0).padStart(5)} MB   (end ${end.toFixed(0)} MB − max of first minute ${settled.toFixed(0)} MB; goal ≤ 0 within noise)`);
  console.log(`${requests} requests (${(requests / (minutes * 60)).toFixed(0)}/s); statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (!embedded) {
    await admin.query(`drop database ${dbName} with (force)`);
    await admin.end();
  }
}
