import { EventEmitter } from 'node:events';
import type { Queryable } from '../db/database.ts';
import { jobs } from './schema.ts';

export interface NewJob {
  municipalityCode: string;
  kind: string;
  payload?: object;
  runAt?: Date;
  maxAttempts?: number;
}

/** In-process signal so an inline runner picks up new work without waiting for its next poll. */
export const jobWakeups = new EventEmitter();
jobWakeups.setMaxListeners(0);

export function notifyJobRunners(): void {
  // Deferred so the enqueuing transaction has a chance to commit first; the poll covers a miss.
  setImmediate(() => jobWakeups.emit('wake'));
}

/** The insert of a pending job, for a caller that sends it with other statements (then calls notifyJobRunners after commit). */
export function jobInsert(tx: Queryable, job: NewJob) {
  return tx.insert(jobs).values({
    municipalityCode: job.municipalityCode,
    kind: job.kind,
    payload: job.payload ?? {},
    ...(job.runAt ? { runAt: job.runAt } : {}),
    ...(job.maxAttempts !== undefined ? { maxAttempts: job.maxAttempts } : {}),
  });
}

/** Inserts a pending job; inside withTenant the row must belong to that tenant, which RLS checks. */
export async function enqueueJob(tx: Queryable, job: NewJob): Promise<number> {
  const [row] = await jobInsert(tx, job).returning({ id: jobs.id });
  notifyJobRunners();
  return row!.id;
}
