import { hostname } from 'node:os';
import { openConfiguredDatabase } from '../bootstrap.ts';
import { migrateDatabase } from '../platform/db/migrate.ts';
import { createJobRunner } from '../platform/jobs/job-runner.ts';
import { createJobHandlerRegistry, selectMailTransport } from '../plugins.ts';
import type { CliContext } from './context.ts';

/** `yakuba worker`: runs background jobs in their own process (set YAKUBA_JOBS=off on the servers). */
export async function workerCommand(ctx: CliContext): Promise<number> {
  const database = await openConfiguredDatabase(ctx.config);
  await migrateDatabase(database);
  const handlers = createJobHandlerRegistry(ctx.config, selectMailTransport(ctx.config));
  const runner = createJobRunner({ db: database.db, handlers, workerId: `${hostname()}:${process.pid}`, log: ctx.logger });
  runner.start();
  ctx.print('Yakuba worker is running background jobs. Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await runner.stop();
  await database.close();
  return 0;
}
