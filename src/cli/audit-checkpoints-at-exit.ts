import { writeAuditCheckpoints } from '../platform/audit/audit-checkpoint-job.ts';
import { auditedMunicipalities } from '../platform/audit/verify-audit-trail.ts';
import type { AuditSigningKey } from '../platform/config/audit-key.ts';
import type { Queryable } from '../platform/db/database.ts';
import type { Logger } from '../platform/logger.ts';
import type { FileStore } from '../platform/storage/file-store.ts';

/** At a graceful stop of a process that ran jobs: one more checkpoint of every chain. Never throws. */
export async function checkpointAtShutdown(deps: { db: Queryable; store: FileStore; key: AuditSigningKey; log: Logger }, known: string[]): Promise<void> {
  try {
    await writeAuditCheckpoints(deps, await auditedMunicipalities(deps.db, known));
  } catch (error) {
    deps.log.error({ err: error instanceof Error ? error.message : String(error) }, 'audit checkpoints at shutdown failed');
  }
}
