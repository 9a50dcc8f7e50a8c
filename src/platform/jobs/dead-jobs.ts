import { and, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { notifyJobRunners } from './enqueue-job.ts';
import { jobs, type JobRow } from './schema.ts';

// These run inside withTenant, so row-level security limits them to the admin's own municipality.

export function listDeadJobs(tx: Queryable, limit = 100): Promise<JobRow[]> {
  return tx
    .select()
    .from(jobs)
    .where(eq(jobs.status, 'dead'))
    .orderBy(sql`${jobs.finishedAt} desc nulls last`, desc(jobs.id))
    .limit(limit);
}

/** Puts a dead job back in the queue with a fresh set of attempts; false if there is no such dead job. */
export async function retryDeadJob(tx: Queryable, id: number): Promise<boolean> {
  const updated = await tx
    .update(jobs)
    .set({ status: 'pending', attempts: 0, runAt: sql`now()`, lockedAt: null, lockedBy: null, finishedAt: null })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'dead')))
    .returning({ id: jobs.id });
  if (updated.length === 0) return false;
  notifyJobRunners();
  return true;
}

export async function jobCounts(tx: Queryable): Promise<Record<string, number>> {
  const rows = await tx
    .select({ status: jobs.status, count: sql<number>`count(*)::int` })
    .from(jobs)
    .groupBy(jobs.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}
