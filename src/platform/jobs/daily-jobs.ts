import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { enqueueJob } from './enqueue-job.ts';
import type { JobContext, JobHandler } from './job-handler.ts';
import { jobs } from './schema.ts';

/** Housekeeping runs at night, Japan time, when the counters are closed. */
const RUN_AT_HOUR_JST = 3;
const JST_OFFSET_MS = 9 * 3600_000;

/** The next 03:00 in Japan after `now`. */
export function nextNightlyRun(now: Date): Date {
  const jst = new Date(now.getTime() + JST_OFFSET_MS);
  const run = Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate(), RUN_AT_HOUR_JST) - JST_OFFSET_MS;
  return new Date(run > now.getTime() ? run : run + 24 * 3600_000);
}

async function hasUpcoming(tx: Queryable, municipalityCode: string, kind: string, runningJobId?: number): Promise<boolean> {
  const others = runningJobId === undefined ? undefined : ne(jobs.id, runningJobId);
  const rows = await tx.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.municipalityCode, municipalityCode), eq(jobs.kind, kind), inArray(jobs.status, ['pending', 'running']), others)).limit(1);
  return rows.length > 0;
}

async function enqueueNext(tx: Queryable, municipalityCode: string, kind: string, runAt: Date, runningJobId?: number): Promise<void> {
  if (!(await hasUpcoming(tx, municipalityCode, kind, runningJobId))) await enqueueJob(tx, { municipalityCode, kind, runAt, maxAttempts: 3 });
}

/**
 * A job that runs again and again for each municipality: each run books the next one (before it
 * starts with bookFirst, so a failed run does not end the series), and scheduling at start-up books
 * a first run wherever none is waiting (for instance after a run died).
 */
export function recurringJob(kind: string, nextRun: (now: Date) => Date, run: (ctx: JobContext) => Promise<void>, options: { bookFirst?: boolean } = {}): JobHandler {
  const book = (ctx: JobContext) => withTenant(ctx.db, ctx.municipalityCode, (tx) => enqueueNext(tx, ctx.municipalityCode, kind, nextRun(new Date()), ctx.job.id));
  return {
    id: kind,
    async run(_payload, ctx) {
      if (options.bookFirst) await book(ctx);
      await run(ctx);
      if (!options.bookFirst) await book(ctx);
    },
  };
}

/** A job that runs every night (03:00 Japan time) for each municipality. */
export function dailyJob(kind: string, run: (ctx: JobContext) => Promise<void>): JobHandler {
  return recurringJob(kind, nextNightlyRun, run);
}

export interface RecurringSchedule {
  kind: string;
  nextRun: (now: Date) => Date;
}

export async function scheduleRecurringJobs(db: Queryable, municipalityCodes: string[], schedules: RecurringSchedule[], now = new Date()): Promise<void> {
  for (const municipalityCode of municipalityCodes) {
    await withTenant(db, municipalityCode, async (tx) => {
      for (const schedule of schedules) await enqueueNext(tx, municipalityCode, schedule.kind, schedule.nextRun(now));
    });
  }
}

export function scheduleDailyJobs(db: Queryable, municipalityCodes: string[], kinds: string[], now = new Date()): Promise<void> {
  return scheduleRecurringJobs(db, municipalityCodes, kinds.map((kind) => ({ kind, nextRun: nextNightlyRun })), now);
}
