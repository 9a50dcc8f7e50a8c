import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/database.ts';
import type { Database, Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { jobCounts, listDeadJobs, retryDeadJob } from './dead-jobs.ts';
import { enqueueJob } from './enqueue-job.ts';
import { backoffDelayMs } from './job-backoff.ts';
import { createJobHandlers, type JobHandler } from './job-handler.ts';
import { createJobRunner, type JobRunnerLog } from './job-runner.ts';
import { jobs } from './schema.ts';

const NINOMIYA = '143421';
const OISO = '143413';

function recordingLog() {
  const errors: string[] = [];
  const log: JobRunnerLog = { info() {}, warn() {}, error: (_obj, msg) => void errors.push(msg) };
  return { log, errors };
}

function handler(id: string, run: JobHandler['run']): JobHandler {
  return { id, run };
}

describe('background jobs', () => {
  let database: Database;
  let db: Queryable;
  const jobRow = async (id: number) => (await db.select().from(jobs).where(eq(jobs.id, id)))[0]!;
  const makeReady = (id: number) => db.update(jobs).set({ runAt: sql`now()` }).where(eq(jobs.id, id));

  before(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  after(() => database.close());
  beforeEach(() => db.delete(jobs));

  it('runs a job once and marks it done', async () => {
    const calls: unknown[] = [];
    const handlers = createJobHandlers();
    handlers.register(handler('test.ok', async (payload, ctx) => void calls.push([payload, ctx.municipalityCode])));
    const runner = createJobRunner({ db, handlers, workerId: 'w1', log: recordingLog().log });
    const id = await enqueueJob(db, { municipalityCode: NINOMIYA, kind: 'test.ok', payload: { n: 1 } });

    assert.equal(await runner.runOnce(), true);
    assert.equal(await runner.runOnce(), false);
    assert.deepEqual(calls, [[{ n: 1 }, NINOMIYA]]);
    const row = await jobRow(id);
    assert.equal(row.status, 'done');
    assert.equal(row.attempts, 1);
    assert.equal(row.lockedBy, 'w1');
    assert.ok(row.finishedAt instanceof Date);
  });

  it('retries a failing job with exponential backoff, then marks it dead', async () => {
    const base = 60_000;
    const handlers = createJobHandlers();
    handlers.register(handler('test.fail', async () => { throw new Error('boom'); }));
    const runner = createJobRunner({ db, handlers, workerId: 'w1', backoffBaseMs: base, log: recordingLog().log });
    const id = await enqueueJob(db, { municipalityCode: NINOMIYA, kind: 'test.fail', maxAttempts: 3 });

    for (const [attempt, factor] of [[1, 1], [2, 2]] as const) {
      const started = Date.now();
      assert.equal(await runner.runOnce(), true);
      const finished = Date.now();
      const row = await jobRow(id);
      assert.equal(row.status, 'pending');
      assert.equal(row.attempts, attempt);
      assert.equal(row.lastError, 'boom');
      // Up to 20% jitter below base * 2^(attempt-1); one second of slack for clocks and round trips.
      assert.ok(row.runAt.getTime() >= started + 0.8 * base * factor - 1000, `attempt ${attempt}: run_at too early`);
      assert.ok(row.runAt.getTime() <= finished + base * factor + 1000, `attempt ${attempt}: run_at too late`);
      assert.equal(await runner.runOnce(), false, 'a backed-off job is not ready yet');
      await makeReady(id);
    }

    assert.equal(await runner.runOnce(), true);
    const dead = await jobRow(id);
    assert.equal(dead.status, 'dead');
    assert.equal(dead.attempts, 3);
    assert.equal(dead.lastError, 'boom');
    assert.equal(await runner.runOnce(), false);
  });

  it('computes capped, jittered backoff delays', () => {
    assert.equal(backoffDelayMs(1, 5000, 3_600_000, () => 0), 5000);
    assert.equal(backoffDelayMs(3, 5000, 3_600_000, () => 0), 20_000);
    assert.equal(backoffDelayMs(3, 5000, 3_600_000, () => 1), 16_000);
    assert.equal(backoffDelayMs(30, 5000, 3_600_000, () => 0), 3_600_000);
  });

  it('marks a job of an unknown kind dead at once', async () => {
    const runner = createJobRunner({ db, handlers: createJobHandlers(), workerId: 'w1', log: recordingLog().log });
    const id = await enqueueJob(db, { municipalityCode: NINOMIYA, kind: 'test.nobody' });
    assert.equal(await runner.runOnce(), true);
    const row = await jobRow(id);
    assert.equal(row.status, 'dead');
    assert.equal(row.lastError, 'no handler for kind test.nobody');
  });

  it('never gives one job to two concurrent runners', async () => {
    const calls = new Map<number, number>();
    const handlers = createJobHandlers();
    handlers.register(handler('test.count', async (_payload, ctx) => {
      calls.set(ctx.job.id, (calls.get(ctx.job.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }));
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) ids.push(await enqueueJob(db, { municipalityCode: i % 2 ? NINOMIYA : OISO, kind: 'test.count' }));
    const runners = ['a', 'b'].map((workerId) => createJobRunner({ db, handlers, workerId, log: recordingLog().log }));
    const drain = async (runner: (typeof runners)[number]) => {
      while (await runner.runOnce());
    };
    await Promise.all(runners.map(drain));

    assert.deepEqual([...calls.keys()].sort((a, b) => a - b), ids);
    for (const [id, count] of calls) assert.equal(count, 1, `job ${id} ran ${count} times`);
    const counts = await jobCounts(db);
    assert.deepEqual(counts, { done: 10 });
  });

  it('reclaims a job stuck in running for more than ten minutes, but not a recent one', async () => {
    const calls: number[] = [];
    const handlers = createJobHandlers();
    handlers.register(handler('test.ok', async (_payload, ctx) => void calls.push(ctx.job.id)));
    const runner = createJobRunner({ db, handlers, workerId: 'w2', log: recordingLog().log });
    const running = { municipalityCode: NINOMIYA, kind: 'test.ok', status: 'running', attempts: 1, lockedBy: 'crashed' };
    const [stuck] = await db.insert(jobs).values({ ...running, lockedAt: sql`now() - interval '11 minutes'` }).returning();
    const [busy] = await db.insert(jobs).values({ ...running, lockedAt: sql`now() - interval '5 minutes'` }).returning();

    assert.equal(await runner.runOnce(), true);
    assert.equal(await runner.runOnce(), false);
    assert.deepEqual(calls, [stuck!.id]);
    const row = await jobRow(stuck!.id);
    assert.equal(row.status, 'done');
    assert.equal(row.attempts, 2);
    assert.equal(row.lockedBy, 'w2');
    assert.equal((await jobRow(busy!.id)).status, 'running');
  });

  it('lists and retries dead jobs only within the admin’s own municipality', async () => {
    const runner = createJobRunner({ db, handlers: createJobHandlers(), workerId: 'w1', log: recordingLog().log });
    const own = await withTenant(db, NINOMIYA, (tx) => enqueueJob(tx, { municipalityCode: NINOMIYA, kind: 'test.nobody' }));
    const other = await withTenant(db, OISO, (tx) => enqueueJob(tx, { municipalityCode: OISO, kind: 'test.nobody' }));
    while (await runner.runOnce());

    const dead = await withTenant(db, NINOMIYA, (tx) => listDeadJobs(tx));
    assert.deepEqual(dead.map((job) => [job.id, job.municipalityCode]), [[own, NINOMIYA]]);
    assert.deepEqual(await withTenant(db, NINOMIYA, jobCounts), { dead: 1 });

    assert.equal(await withTenant(db, NINOMIYA, (tx) => retryDeadJob(tx, other)), false);
    assert.equal((await jobRow(other)).status, 'dead');
    assert.equal(await withTenant(db, NINOMIYA, (tx) => retryDeadJob(tx, own)), true);
    const retried = await jobRow(own);
    assert.equal(retried.status, 'pending');
    assert.equal(retried.attempts, 0);
    assert.ok(retried.runAt.getTime() <= Date.now() + 1000);
    assert.equal(await withTenant(db, NINOMIYA, (tx) => retryDeadJob(tx, own)), false, 'no longer dead');
  });

  it('runs a burst side by side in two started runners, each job exactly once, and retries only the failed ones', { timeout: 20_000 }, async () => {
    const calls = new Map<number, number>();
    let running = 0;
    let mostAtOnce = 0;
    const handlers = createJobHandlers();
    handlers.register(handler('test.burst', async (payload, ctx) => {
      calls.set(ctx.job.id, (calls.get(ctx.job.id) ?? 0) + 1);
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
      if ((payload as { fail?: boolean }).fail) throw new Error('refused by the test');
    }));
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) ids.push(await enqueueJob(db, { municipalityCode: i % 2 ? NINOMIYA : OISO, kind: 'test.burst', payload: { fail: i % 20 === 0 }, maxAttempts: 1 }));
    const runners = ['a', 'b'].map((workerId) => createJobRunner({ db, handlers, workerId, pollIntervalMs: 20, log: recordingLog().log }));
    runners.forEach((runner) => runner.start());
    for (let waited = 0; waited < 15_000; waited += 50) {
      const counts = await jobCounts(db);
      if ((counts.done ?? 0) + (counts.dead ?? 0) === 60) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(runners.map((runner) => runner.stop()));
    assert.deepEqual([...calls.keys()].sort((a, b) => a - b), ids);
    for (const [id, count] of calls) assert.equal(count, 1, `job ${id} ran ${count} times`);
    assert.deepEqual(await jobCounts(db), { done: 57, dead: 3 });
    assert.ok(mostAtOnce > 2, `jobs ran side by side (at most ${mostAtOnce} at once)`);
  });

  it('wakes on enqueue, and stop() waits for the job in flight', { timeout: 10_000 }, async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const handlers = createJobHandlers();
    handlers.register(handler('test.slow', async () => {
      started();
      await released;
    }));
    // A poll interval longer than the test timeout: only the wakeup can get the job picked up.
    const runner = createJobRunner({ db, handlers, workerId: 'w1', pollIntervalMs: 60_000, log: recordingLog().log });
    runner.start();
    const id = await withTenant(db, NINOMIYA, (tx) => enqueueJob(tx, { municipalityCode: NINOMIYA, kind: 'test.slow' }));
    await running;

    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(stopped, false, 'stop() must wait for the running job');
    release();
    await stopping;
    assert.equal((await jobRow(id)).status, 'done');
  });

  it('keeps its loop alive when the database fails', { timeout: 10_000 }, async () => {
    const broken = new Proxy({}, { get: () => { throw new Error('database unavailable'); } }) as Queryable;
    const { log, errors } = recordingLog();
    const runner = createJobRunner({ db: broken, handlers: createJobHandlers(), workerId: 'w1', pollIntervalMs: 5, log });
    runner.start();
    while (errors.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    await runner.stop();
    assert.match(errors[0]!, /will retry/);
  });
});
