import { hostname } from 'node:os';
import { openConfiguredDatabase } from '../bootstrap.ts';
import { migrateDatabase } from '../platform/db/migrate.ts';
import { createJobRunner } from '../platform/jobs/job-runner.ts';
import { createJobHandlerRegistry, recurringSchedules, selectAuditCheckpointStore, selectMailTransport } from '../plugins.ts';
import { resolveAuditKey } from '../platform/config/audit-key.ts';
import { scheduleRecurringJobs } from '../platform/jobs/daily-jobs.ts';
import { loadMunicipalityDirectory } from '../platform/tenancy/municipality-directory.ts';
import { checkpointAtShutdown } from './audit-checkpoints-at-exit.ts';
import type { CliContext } from './context.ts';

/** `yakuba worker`: runs background jobs in their own process (set YAKUBA_JOBS=off on the servers). */
export async function workerCommand(ctx: CliContext): Promise<number> {
  const database = await openConfiguredDatabase(ctx.config);
  await migrateDatabase(database);
  const codes = (await loadMunicipalityDirectory(database.db)).list().map((m) => m.code);
  await scheduleRecurringJobs(database.db, codes, recurringSchedules(ctx.config));
  const handlers = createJobHandlerRegistry(ctx.config, selectMailTransport(ctx.config), ctx.logger);
  const runner = createJobRunner({ db: database.db, handlers, workerId: `${hostname()}:${process.pid}`, log: ctx.logger });
  runner.start();
  ctx.print('Yakuba worker is running background jobs. Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await runner.stop();
  await checkpointAtShutdown({ db: database.db, store: selectAuditCheckpointStore(ctx.config), key: resolveAuditKey(ctx.config), log: ctx.logger }, codes);
  await database.close();
  return 0;
}
