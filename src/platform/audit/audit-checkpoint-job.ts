import { recurringJob, type RecurringSchedule } from '../jobs/daily-jobs.ts';
import type { JobHandler } from '../jobs/job-handler.ts';
import { writeAuditCheckpoint, type AuditCheckpoint, type CheckpointDeps } from './audit-checkpoint.ts';

export const AUDIT_CHECKPOINT_JOB = 'audit.checkpoint';

export function auditCheckpointSchedule(everyMinutes: number): RecurringSchedule {
  return { kind: AUDIT_CHECKPOINT_JOB, nextRun: (now) => new Date(now.getTime() + everyMinutes * 60_000) };
}

/** Every `everyMinutes` for each municipality; a refused or failed run is retried and the series goes on. */
export function createAuditCheckpointJob(deps: Omit<CheckpointDeps, 'db'>, everyMinutes: number): JobHandler {
  const { nextRun } = auditCheckpointSchedule(everyMinutes);
  return recurringJob(AUDIT_CHECKPOINT_JOB, nextRun, async (ctx) => void (await writeAuditCheckpoint({ ...deps, db: ctx.db }, ctx.municipalityCode)), { bookFirst: true });
}

export type CheckpointOutcome = { municipalityCode: string } & ({ ok: true; checkpoint: AuditCheckpoint; written: boolean } | { ok: false; error: string });

/** A checkpoint of each chain, one after the other; one that fails is reported and does not stop the others. */
export async function writeAuditCheckpoints(deps: CheckpointDeps & { log: CheckpointDeps['log'] & { error(obj: object, msg: string): void } }, codes: string[]): Promise<CheckpointOutcome[]> {
  const outcomes: CheckpointOutcome[] = [];
  for (const municipalityCode of codes) {
    try {
      outcomes.push({ municipalityCode, ok: true, ...(await writeAuditCheckpoint(deps, municipalityCode)) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.log.error({ municipalityCode, err: message }, 'audit checkpoint not written');
      outcomes.push({ municipalityCode, ok: false, error: message });
    }
  }
  return outcomes;
}
