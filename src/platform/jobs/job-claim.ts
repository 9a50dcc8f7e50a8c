import { and, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/database.ts';
import { jobs, type JobRow } from './schema.ts';

/**
 * Takes one ready job, or one whose worker has held it for over ten minutes (presumed crashed).
 * SKIP LOCKED lets concurrent workers each take a different row instead of queueing on one.
 */
export async function claimJob(db: Queryable, workerId: string): Promise<JobRow | undefined> {
  const next = sql`(select id from ${jobs}
    where (status = 'pending' and run_at <= now()) or (status = 'running' and locked_at < now() - interval '10 minutes')
    order by run_at, id limit 1 for update skip locked)`;
  const [job] = await db
    .update(jobs)
    .set({ status: 'running', lockedAt: sql`now()`, lockedBy: workerId, attempts: sql`${jobs.attempts} + 1` })
    .where(eq(jobs.id, next))
    .returning();
  return job;
}

/**
 * Records the outcome of a claimed run. Guarded by attempts so that a worker whose job was
 * reclaimed as stuck cannot overwrite the newer run; false when that happened.
 */
export async function finishJob(db: Queryable, job: JobRow, changes: PgUpdateSetSource<typeof jobs>): Promise<boolean> {
  const updated = await db
    .update(jobs)
    .set(changes)
    .where(and(eq(jobs.id, job.id), eq(jobs.status, 'running'), eq(jobs.attempts, job.attempts)))
    .returning({ id: jobs.id });
  return updated.length > 0;
}
