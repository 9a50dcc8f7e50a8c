import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { mailMessages } from '../mail/schema.ts';
import { dailyJob } from './daily-jobs.ts';
import { jobs } from './schema.ts';

export const OUTBOX_PURGE_JOB = 'platform.outbox_purge';
/** Finished jobs are kept a week, to look into what ran; failed (dead) ones until an administrator acts. */
export const DONE_JOBS_KEEP_DAYS = 7;
/** Delivered mail is kept 90 days, to answer 「メールが届かない」; its text may name the resident's application. */
export const SENT_MAIL_KEEP_DAYS = 90;

const daysAgo = (days: number, now: Date) => new Date(now.getTime() - days * 86_400_000);

/** Deletes one municipality's finished jobs and delivered mail past their keeping time; answers the counts. */
export async function purgeOutbox(tx: Queryable, municipalityCode: string, now = new Date()): Promise<{ jobs: number; mails: number }> {
  const doneJobs = await tx
    .delete(jobs)
    .where(and(eq(jobs.municipalityCode, municipalityCode), eq(jobs.status, 'done'), lt(jobs.finishedAt, daysAgo(DONE_JOBS_KEEP_DAYS, now))))
    .returning({ id: jobs.id });
  const sentMails = await tx
    .delete(mailMessages)
    .where(and(eq(mailMessages.municipalityCode, municipalityCode), inArray(mailMessages.status, ['sent', 'dev_outbox']), lt(sql`coalesce(${mailMessages.sentAt}, ${mailMessages.createdAt})`, daysAgo(SENT_MAIL_KEEP_DAYS, now))))
    .returning({ id: mailMessages.id });
  return { jobs: doneJobs.length, mails: sentMails.length };
}

/**
 * The nightly job: every submission leaves a delivery job and a mail behind; without this the two
 * tables would grow by one row each per application for ever.
 */
export function createOutboxPurgeJob() {
  return dailyJob(OUTBOX_PURGE_JOB, async (ctx) => {
    await withTenant(ctx.db, ctx.municipalityCode, (tx) => purgeOutbox(tx, ctx.municipalityCode));
  });
}
