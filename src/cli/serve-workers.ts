import cluster, { type Worker } from 'node:cluster';
import { openServices } from '../bootstrap.ts';
import { scheduleRecurringJobs } from '../platform/jobs/daily-jobs.ts';
import { startConfiguredLocalProvider } from '../platform/identity/oidc/start-local-provider.ts';
import { recurringSchedules } from '../plugins.ts';
import type { CliContext } from './context.ts';
import type { ServeOptions } from './serve-command.ts';
import { internalUrlOf, printWelcome, publicUrlOf } from './serve-welcome.ts';
import { UsageError } from './usage.ts';

/** A pause before a crashed process is replaced, so a process that always crashes does not spin. */
const RESTART_DELAY_MS = 1_000;

export function checkWorkerCount(ctx: CliContext, workers: number): void {
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError('--workers には 1 から 64 までの整数を指定してください（--workers must be a whole number from 1 to 64）。');
  if (workers > 1 && !ctx.config.DATABASE_URL) {
    throw new UsageError(
      '--workers で複数のプロセスを動かすには PostgreSQL が必要です。組み込みデータベースは1つのプロセスからしか開けません。DATABASE_URL を設定してください。\n' +
        '(--workers needs PostgreSQL: the embedded database can be opened by one process only. Set DATABASE_URL.)',
    );
  }
}

/**
 * `yakuba serve --workers N`: the primary migrates, seeds, books the recurring jobs and runs the
 * test identity provider, then forks N processes that each serve both zones on the same ports
 * (the operating system shares the connections among them) and each take background jobs; the
 * job queue hands a job to one of them only. A process that crashes is started again.
 */
export async function serveWorkers(ctx: CliContext, options: ServeOptions, count: number): Promise<number> {
  const { config } = ctx;
  if (options.seedDemo && config.YAKUBA_ENV === 'production') throw new UsageError('--seed-demo is refused when YAKUBA_ENV=production');
  const services = await openServices(config, ctx.logger, { seedDemo: options.seedDemo });
  const municipalities = services.directory.list();
  await scheduleRecurringJobs(services.db, municipalities.map((m) => m.code), recurringSchedules(config));
  const localIdp =
    config.MYNUMBER_OIDC === 'local' && options.zone !== 'internal' ? await startConfiguredLocalProvider(config, services.secret, municipalities, ctx.logger) : undefined;

  let stopping = false;
  const exits = new Set<Promise<void>>();
  const fork = (): Promise<void> =>
    new Promise((ready, failed) => {
      let listening = false;
      const worker: Worker = cluster.fork();
      const exited = new Promise<void>((resolve) =>
        worker.once('exit', (code, signal) => {
          exits.delete(exited);
          resolve();
          if (stopping) return;
          if (!listening) {
            failed(new Error(`a server process exited while starting (code ${code}, signal ${signal})`));
            return;
          }
          ctx.logger.error({ pid: worker.process.pid, code, signal }, 'a server process exited; starting another');
          setTimeout(() => {
            if (!stopping) fork().catch((error) => ctx.logger.error({ err: error }, 'could not start a server process'));
          }, RESTART_DELAY_MS);
        }),
      );
      exits.add(exited);
      worker.on('message', (message) => {
        if (message !== 'ready' || listening) return;
        listening = true;
        ready();
      });
    });

  cluster.setupPrimary({ silent: false });
  try {
    await Promise.all(Array.from({ length: count }, fork));
  } catch (error) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    await Promise.all(exits);
    await localIdp?.stop();
    await services.database.close();
    ctx.logger.error({ err: error }, 'the server processes could not start');
    return 1;
  }
  const urls = {
    publicUrl: options.zone !== 'internal' ? publicUrlOf(config) : undefined,
    internalUrl: options.zone !== 'public' ? internalUrlOf(config) : undefined,
    localIdpUrl: localIdp?.issuer,
  };
  printWelcome(ctx, urls, options.seedDemo, municipalities);
  ctx.print(`  ${count} server processes / サーバーのプロセス数：${count}`);

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  ctx.logger.info('shutting down');
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  await Promise.all(exits);
  await localIdp?.stop();
  await services.database.close();
  return 0;
}

/** Tells the primary that this process listens, so the welcome is printed when every one does. */
export function reportReady(): void {
  if (cluster.isWorker) process.send?.('ready');
}
