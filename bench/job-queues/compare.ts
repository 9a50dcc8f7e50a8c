// bench/job-queues: Yakuba's own job runner beside pg-boss and graphile-worker on the same
// PostgreSQL, in the same run (docs/adr/0020-job-queue.md). Not part of `npm install`:
//   npm install --prefix bench/job-queues && node --import tsx bench/job-queues/compare.ts
// For each queue: enqueue rate (one job per transaction, as a request does), then JOBS no-op jobs
// taken by two "processes" (two pools, 4 concurrent each), the rate and how many ran twice, beside
// plain single-row INSERT transactions/s.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { Logger, makeWorkerUtils, run as runGraphile } from 'graphile-worker';
import { openDatabase } from '../../src/platform/db/database.ts';
import { migrateDatabase } from '../../src/platform/db/migrate.ts';
import { createJobRunner } from '../../src/platform/jobs/job-runner.ts';
import { enqueueJob } from '../../src/platform/jobs/enqueue-job.ts';
import { createJobHandlers } from '../../src/platform/jobs/job-handler.ts';
import { measure } from '../load-stats.ts';

const JOBS = Number(process.env.BENCH_JOBS ?? 2000);
const ENQUEUES = Number(process.env.BENCH_ENQUEUES ?? 1000);
const CONCURRENCY = 4;
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `yakuba_bench_jobs_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  return { url: Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).href, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

interface Figures {
  name: string;
  enqueuePerSecond: number;
  jobsPerSecond: number;
  twice: number;
  missing: number;
}

/** Counts the runs of each job number, and resolves when every one has run at least once. */
function tally() {
  const runs = new Map<number, number>();
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    ran(n: number) {
      runs.set(n, (runs.get(n) ?? 0) + 1);
      if (runs.size === JOBS) finish();
    },
    done,
    twice: () => [...runs.values()].filter((count) => count > 1).length,
    missing: () => JOBS - runs.size,
  };
}

async function timed(work: Promise<void>): Promise<number> {
  const started = performance.now();
  await Promise.race([work, new Promise((resolve) => setTimeout(resolve, 120_000))]);
  return (performance.now() - started) / 1000;
}

async function plainInsert(): Promise<number> {
  const db = await freshDatabase();
  const pool = new pg.Pool({ connectionString: db.url, max: 8 });
  try {
    await pool.query('create table t (id bigserial primary key, payload jsonb not null)');
    return (await measure(8, ENQUEUES, async () => void (await pool.query('insert into t (payload) values ($1)', [{ n: 1 }])))).rate;
  } finally {
    await pool.end();
    await db.drop();
  }
}

async function ownRunner(): Promise<Figures> {
  const target = await freshDatabase();
  const databases = await Promise.all([openDatabase({ url: target.url, poolSize: 8 }), openDatabase({ url: target.url, poolSize: CONCURRENCY })]);
  const [first] = databases;
  try {
    await migrateDatabase(first!);
    const enqueue = await measure(8, ENQUEUES, async () => void (await first!.db.transaction((tx) => enqueueJob(tx, { municipalityCode: '143421', kind: 'bench.warmup' }))));
    await first!.db.execute(`delete from jobs`);
    const counts = tally();
    const handlers = createJobHandlers();
    handlers.register({ id: 'bench.noop', run: async (payload) => counts.ran((payload as { n: number }).n) });
    for (let n = 0; n < JOBS; n += 500) {
      await first!.db.transaction(async (tx) => {
        for (let i = n; i < Math.min(JOBS, n + 500); i++) await enqueueJob(tx, { municipalityCode: '143421', kind: 'bench.noop', payload: { n: i } });
      });
    }
    const quiet = { info() {}, warn() {}, error() {} };
    const runners = databases.flatMap((database, p) => Array.from({ length: CONCURRENCY }, (_, i) => createJobRunner({ db: database.db, handlers, workerId: `bench-${p}-${i}`, pollIntervalMs: 200, log: quiet })));
    const seconds = await timed((runners.forEach((r) => r.start()), counts.done));
    await Promise.all(runners.map((r) => r.stop()));
    return { name: 'Yakuba (own runner)', enqueuePerSecond: enqueue.rate, jobsPerSecond: JOBS / seconds, twice: counts.twice(), missing: counts.missing() };
  } finally {
    await Promise.all(databases.map((d) => d.close()));
    await target.drop();
  }
}

async function pgBoss(): Promise<Figures> {
  const target = await freshDatabase();
  const bosses = [new PgBoss({ connectionString: target.url, max: 8 }), new PgBoss({ connectionString: target.url, max: CONCURRENCY })];
  try {
    for (const boss of bosses) boss.on('error', () => {});
    await bosses[0]!.start();
    await bosses[1]!.start();
    await bosses[0]!.createQueue('warmup');
    await bosses[0]!.createQueue('noop');
    const enqueue = await measure(8, ENQUEUES, async () => void (await bosses[0]!.send('warmup', { n: 0 })));
    const counts = tally();
    for (let n = 0; n < JOBS; n += 500) await bosses[0]!.insert('noop', Array.from({ length: Math.min(500, JOBS - n) }, (_, i) => ({ data: { n: n + i } })));
    const seconds = await timed(
      (async () => {
        for (const boss of bosses) await boss.work<{ n: number }>('noop', { localConcurrency: CONCURRENCY, batchSize: 20, pollingIntervalSeconds: 0.5 }, async (batch) => batch.forEach((job) => counts.ran(job.data.n)));
        await counts.done;
      })(),
    );
    return { name: 'pg-boss 12', enqueuePerSecond: enqueue.rate, jobsPerSecond: JOBS / seconds, twice: counts.twice(), missing: counts.missing() };
  } finally {
    await Promise.all(bosses.map((boss) => boss.stop({ graceful: false, wait: true }).catch(() => undefined)));
    await target.drop();
  }
}

const silent = new Logger(() => () => {});

async function graphileWorker(): Promise<Figures> {
  const target = await freshDatabase();
  const utils = await makeWorkerUtils({ connectionString: target.url, logger: silent });
  const runners: Awaited<ReturnType<typeof runGraphile>>[] = [];
  try {
    await utils.migrate();
    const pool = new pg.Pool({ connectionString: target.url, max: 8 });
    const enqueue = await measure(8, ENQUEUES, async () => void (await pool.query(`select graphile_worker.add_job('warmup', '{}'::json)`)));
    await pool.query('delete from graphile_worker._private_jobs');
    await pool.end();
    const counts = tally();
    for (let n = 0; n < JOBS; n += 500) await utils.addJobs(Array.from({ length: Math.min(500, JOBS - n) }, (_, i) => ({ identifier: 'noop', payload: { n: n + i } })));
    const seconds = await timed(
      (async () => {
        for (let p = 0; p < 2; p++) {
          runners.push(await runGraphile({ connectionString: target.url, concurrency: CONCURRENCY, noHandleSignals: true, pollInterval: 500, logger: silent, taskList: { noop: async (payload) => counts.ran((payload as { n: number }).n) } }));
        }
        await counts.done;
      })(),
    );
    return { name: 'graphile-worker 0.18', enqueuePerSecond: enqueue.rate, jobsPerSecond: JOBS / seconds, twice: counts.twice(), missing: counts.missing() };
  } finally {
    await Promise.all(runners.map((runner) => runner.stop().catch(() => undefined)));
    await utils.release();
    await target.drop();
  }
}

const plain = await plainInsert();
const results: Figures[] = [];
for (const queue of [ownRunner, pgBoss, graphileWorker]) results.push(await queue());
console.log(`bench/job-queues: ${ENQUEUES} enqueues from 8 connections (one per transaction); ${JOBS} no-op jobs taken by 2 pools × ${CONCURRENCY} concurrent (pg-boss fetches 20 at a time); PostgreSQL on this machine, Node ${process.version}`);
console.log(`  plain INSERT transactions   ${plain.toFixed(0).padStart(7)} /s   (the limit)`);
for (const r of results) {
  console.log(`  ${r.name.padEnd(26)}  enqueue ${r.enqueuePerSecond.toFixed(0).padStart(6)} /s (${((r.enqueuePerSecond / plain) * 100).toFixed(0)} % of plain)   run ${r.jobsPerSecond.toFixed(0).padStart(6)} jobs/s   ran twice ${r.twice}   never ran ${r.missing}`);
}
