import { dailyJob } from '../platform/jobs/daily-jobs.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import type { FileStore } from '../platform/storage/file-store.ts';
import { ownUploads, takeExpiredDrafts } from './drafts.ts';

export const DRAFT_CLEANUP_JOB = 'procedures.draft_cleanup';

/** The nightly job: drafts past their 30 days are deleted with the files uploaded to them. */
export function createDraftCleanupJob(files: FileStore) {
  return dailyJob(DRAFT_CLEANUP_JOB, async (ctx) => {
    const expired = await withTenant(ctx.db, ctx.municipalityCode, (tx) => takeExpiredDrafts(tx));
    for (const draft of expired) for (const file of ownUploads(draft)) await files.delete(file.storageKey);
  });
}
