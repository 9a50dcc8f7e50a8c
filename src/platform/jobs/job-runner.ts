import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import type { Registry } from '../registry.ts';
import { backoffDelayMs } from './job-backoff.ts';
import { claimJobs, finishJob, finishJobsDone } from './job-claim.ts';
import type { JobHandler } from './job-handler.ts';
import { createPollingLoop } from './job-loop.ts';
import type { JobRow } from './schema.ts';

export interface JobRunnerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobRunnerOptions {
  /** The system connection: the runner serves every municipality, so it does not use withTenant. */
  db: Queryable;
  handlers: Pick<Registry<JobHandler>, 'get'>;
  workerId: string;
  pollIntervalMs?: number;
  backoffBaseMs?: number;
  maxBackoffMs?: number;
  /** Jobs taken and run side by side per turn of the loop. */
  batchSize?: number;
  log?: JobRunnerLog;
}

export interface JobRunner {
  start(): void;
  /** Resolves once the job in flight, if any, has finished. */
  stop(): Promise<void>;
  /** Claims and runs at most one ready job; true if one was processed. */
  runOnce(): Promise<boolean>;
}

const consoleLog: JobRunnerLog = {
  info: (obj, msg) => console.info(msg, obj),
  warn: (obj, msg) => console.warn(msg, obj),
  error: (obj, msg) => console.error(msg, obj),
};

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, handlers, workerId, pollIntervalMs = 1000, backoffBaseMs = 5000, maxBackoffMs = 3_600_000, batchSize = 8 } = options;
  const log = options.log ?? consoleLog;

  async function settle(job: JobRow, changes: Parameters<typeof finishJob>[2]): Promise<void> {
    if (!(await finishJob(db, job, changes))) {
      log.warn({ jobId: job.id, workerId }, 'job was reclaimed by another worker before this run finished');
    }
  }

  async function fail(job: JobRow, error: unknown): Promise<void> {
    const lastError = describeError(error);
    const context = { jobId: job.id, kind: job.kind, municipalityCode: job.municipalityCode, attempts: job.attempts, lastError };
    if (job.attempts >= job.maxAttempts) {
      log.error(context, 'job failed for the last time and is now dead');
      return settle(job, { status: 'dead', lastError, finishedAt: sql`now()` });
    }
    const delayMs = backoffDelayMs(job.attempts, backoffBaseMs, maxBackoffMs);
    log.warn({ ...context, delayMs }, 'job failed; will retry');
    const runAt = sql`now() + ${delayMs}::double precision * interval '1 millisecond'`;
    return settle(job, { status: 'pending', runAt, lastError, lockedAt: null, lockedBy: null });
  }

  /** Runs a claimed job; true when it succeeded (and still needs marking done), false when it was settled otherwise. */
  async function runClaimed(job: JobRow): Promise<boolean> {
    const handler = handlers.get(job.kind);
    if (!handler) {
      const lastError = `no handler for kind ${job.kind}`;
      log.error({ jobId: job.id, kind: job.kind }, lastError);
      await settle(job, { status: 'dead', lastError, finishedAt: sql`now()` });
      return false;
    }
    try {
      await handler.run(job.payload, { db, job, municipalityCode: job.municipalityCode });
      return true;
    } catch (error) {
      await fail(job, error);
      return false;
    }
  }

  // The loop takes several ready jobs at once and runs them side by side: one at a time, each
  // job's round trips (claim, work, done) queue behind the last, and a burst of receipt mails
  // would be sent slower than applications arrive.
  async function runBatch(limit: number): Promise<boolean> {
    const claimed = await claimJobs(db, workerId, limit);
    if (claimed.length === 0) return false;
    const succeeded = await Promise.all(claimed.map(runClaimed));
    const done = claimed.filter((_, i) => succeeded[i]);
    const marked = new Set(await finishJobsDone(db, done));
    for (const job of done) if (!marked.has(job.id)) log.warn({ jobId: job.id, workerId }, 'job was reclaimed by another worker before this run finished');
    return true;
  }

  const loop = createPollingLoop(() => runBatch(batchSize), pollIntervalMs, log);
  return { start: loop.start, stop: loop.stop, runOnce: () => runBatch(1) };
}

/** The message, and its causes' (drizzle wraps driver errors), without stack traces. */
function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current !== undefined && parts.length < 3) {
    parts.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(' / caused by: ').slice(0, 4000);
}
