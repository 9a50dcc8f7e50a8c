import { and, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { dailyJob } from '../platform/jobs/daily-jobs.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import type { FileStore } from '../platform/storage/file-store.ts';
import { applicationAttachments, applicationEvents, applications } from './schema.ts';
import { isPastRetention } from './retention-date.ts';
import { CLOSED_STATUSES } from './status.ts';

export const RETENTION_JOB = 'cases.retention';

/**
 * Deletes the personal data of closed cases whose retention period (set per procedure, counted from
 * 1 April of the fiscal year after closing: personalDataDeletionDate) has passed: answers, contact,
 * identity check, messages and files. What is left (procedure, dates, status, channel) still counts
 * in the plan's figures. Returns the storage keys to delete once the transaction has committed.
 */
export async function purgeExpiredPersonalData(tx: Queryable, municipalityCode: string, now = new Date()): Promise<{ receiptNumbers: string[]; storageKeys: string[] }> {
  // The deletion date always lies more than the retention years after the decision, so this bound
  // lets the database skip recent cases; the exact rule is applied below, in one place.
  const candidates = await tx
    .select({ id: applications.id, receiptNumber: applications.receiptNumber, decidedAt: applications.decidedAt, retentionYears: applications.retentionYears })
    .from(applications)
    .where(and(inArray(applications.status, [...CLOSED_STATUSES]), isNull(applications.personalDataDeletedAt), isNotNull(applications.decidedAt), lt(sql`${applications.decidedAt} + make_interval(years => ${applications.retentionYears})`, now)));
  const expired = candidates.filter((row) => row.decidedAt && isPastRetention(row.decidedAt, row.retentionYears, now));
  if (expired.length === 0) return { receiptNumbers: [], storageKeys: [] };
  const ids = expired.map((row) => row.id);
  const files = await tx.select({ storageKey: applicationAttachments.storageKey }).from(applicationAttachments).where(inArray(applicationAttachments.applicationId, ids));
  await tx.update(applicationAttachments).set({ filename: '（削除済み）', storageKey: null }).where(inArray(applicationAttachments.applicationId, ids));
  // Messages and the answers before and after a correction may hold personal data.
  await tx.update(applicationEvents).set({ message: null, detail: null }).where(inArray(applicationEvents.applicationId, ids));
  await tx.update(applications).set({ answers: {}, confirmedWarnings: [], searchText: null, contactEmail: null, identityCheck: null, residentId: null, personalDataDeletedAt: now, updatedAt: now }).where(inArray(applications.id, ids));
  const receiptNumbers = expired.map((row) => row.receiptNumber);
  await recordAudit(tx, { municipalityCode, actorType: 'system', actorId: null, action: 'case.personal_data_deleted', target: `${receiptNumbers.length}件`, detail: { receiptNumbers } });
  return { receiptNumbers, storageKeys: files.flatMap((file) => (file.storageKey ? [file.storageKey] : [])) };
}

/** The nightly job: purge in one transaction, then remove the files (a missing file is not an error). */
export function createRetentionJob(files: FileStore) {
  return dailyJob(RETENTION_JOB, async (ctx) => {
    const { storageKeys } = await withTenant(ctx.db, ctx.municipalityCode, (tx) => purgeExpiredPersonalData(tx, ctx.municipalityCode));
    for (const key of storageKeys) await files.delete(key);
  });
}
