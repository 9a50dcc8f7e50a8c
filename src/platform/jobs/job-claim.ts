import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/database.ts';
import { jobs, type JobRow } from './schema.ts';

/**
 * Takes up to limit ready jobs in one statement, oldest first, including any whose worker has held
 * it for over ten minutes (presumed crashed). SKIP LOCKED lets concurrent workers each take
 * different rows instead of queueing on one.
 */
export async function claimJobs(db: Queryable, workerId: string, limit: number): Promise<JobRow[]> {
  const next = sql`(select id from ${jobs}
    where (status = 'pending' and run_at <= now()) or (status = 'running' and locked_at < now() - interval '10 minutes')
    order by run_at, id limit ${limit} for update skip locked)`;
  const claimed = await db
    .update(jobs)
    .set({ status: 'running', lockedAt: sql`now()`, lockedBy: workerId, attempts: sql`${jobs.attempts} + 1` })
    .where(inArray(jobs.id, next))
    .returning();
  return claimed.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

/** Marks runs done in one statement; answers the ids that were still this worker's (see finishJob). */
export async function finishJobsDone(db: Queryable, done: JobRow[]): Promise<number[]> {
  if (done.length === 0) return [];
  const runs = sql.join(done.map((job) => sql`(${job.id}::bigint, ${job.attempts}::int)`), sql`, `);
  const updated = await db
    .update(jobs)
    .set({ status: 'done', finishedAt: sql`now()` })
    .where(sql`${jobs.status} = 'running' and (${jobs.id}, ${jobs.attempts}) in (${runs})`)
    .returning({ id: jobs.id });
  return updated.map((row) => row.id);
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
