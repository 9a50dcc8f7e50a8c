import cluster from 'node:cluster';
import { hostname } from 'node:os';
import type { ServerType } from '@hono/node-server';
import { createInternalApp, createPublicApp, publicListenOptions } from '../app.tsx';
import { openServices } from '../bootstrap.ts';
import { closeServer, listen } from '../platform/http/listen.ts';
import { createJobRunner } from '../platform/jobs/job-runner.ts';
import { createJobHandlerRegistry, recurringSchedules } from '../plugins.ts';
import { scheduleRecurringJobs } from '../platform/jobs/daily-jobs.ts';
import { checkpointAtShutdown } from './audit-checkpoints-at-exit.ts';
import { startConfiguredLocalProvider } from '../platform/identity/oidc/start-local-provider.ts';
import type { CliContext } from './context.ts';
import { UsageError } from './usage.ts';
import { checkWorkerCount, reportReady, serveWorkers } from './serve-workers.ts';
import { internalUrlOf, printWelcome, publicUrlOf } from './serve-welcome.ts';
import { configureSanitisePool, sanitiseSettingsFrom, stopSanitisePool } from '../platform/files/sanitise-pool.ts';

export type ZoneChoice = 'all' | 'public' | 'internal';

export interface RunningServer {
  publicUrl?: string;
  internalUrl?: string;
  /** The local test identity provider (MYNUMBER_OIDC=local). */
  localIdpUrl?: string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  zone: ZoneChoice;
  seedDemo: boolean;
  /** A process of `--workers N`: its primary has migrated, seeded, booked the recurring jobs and prints the welcome. */
  worker?: boolean;
}

/** Starts the chosen zones (and the inline job runner) and returns a handle to stop them. */
export async function startServer(ctx: CliContext, options: ServeOptions): Promise<RunningServer> {
  const { config } = ctx;
  if (options.seedDemo && config.YAKUBA_ENV === 'production') throw new UsageError('--seed-demo is refused when YAKUBA_ENV=production');
  await configureSanitisePool(sanitiseSettingsOrUsage());
  const services = await openServices(config, ctx.logger, { seedDemo: options.seedDemo && !options.worker, migrate: !options.worker });
  const codes = services.directory.list().map((m) => m.code);
  if (!options.worker) await scheduleRecurringJobs(services.db, codes, recurringSchedules(config));
  const servers: ServerType[] = [];
  const running: RunningServer = { stop: async () => {} };
  if (options.zone !== 'internal') {
    servers.push(await listen(createPublicApp(services), config.PUBLIC_PORT, config.YAKUBA_BIND, publicListenOptions(services)));
    running.publicUrl = publicUrlOf(config);
  }
  // With --workers the primary runs the test provider: its sign-in state lives in one process's memory.
  const localIdp =
    config.MYNUMBER_OIDC === 'local' && options.zone !== 'internal' && !options.worker
      ? await startConfiguredLocalProvider(config, services.secret, services.directory.list(), ctx.logger)
      : undefined;
  running.localIdpUrl = localIdp?.issuer;
  if (options.zone !== 'public') {
    servers.push(await listen(createInternalApp(services), config.INTERNAL_PORT, config.YAKUBA_BIND));
    running.internalUrl = internalUrlOf(config);
  }
  const runner =
    config.YAKUBA_JOBS === 'inline'
      ? createJobRunner({ db: services.db, handlers: createJobHandlerRegistry(config, services.mailTransport, ctx.logger), workerId: `${hostname()}:${process.pid}`, log: ctx.logger })
      : undefined;
  runner?.start();
  running.stop = async () => {
    await Promise.all([...servers.map(closeServer), localIdp?.stop()]);
    if (runner) {
      await runner.stop();
      await checkpointAtShutdown({ db: services.db, store: services.audit.checkpoints, key: services.audit.key, log: ctx.logger }, codes);
    }
    await stopSanitisePool();
    await services.database.close();
  };
  if (!options.worker) printWelcome(ctx, running, options.seedDemo, services.directory.list());
  return running;
}

function sanitiseSettingsOrUsage() {
  try {
    return sanitiseSettingsFrom(process.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `yakuba serve`: runs until SIGINT or SIGTERM. */
export async function serveCommand(ctx: CliContext, options: ServeOptions & { workers?: number }): Promise<number> {
  const workers = options.workers ?? 1;
  checkWorkerCount(ctx, workers);
  if (workers > 1 && cluster.isPrimary) return serveWorkers(ctx, options, workers);
  const running = await startServer(ctx, { ...options, worker: cluster.isWorker });
  reportReady();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  ctx.logger.info('shutting down');
  await running.stop();
  // The channel to the primary would keep a worker process alive after its servers have closed.
  if (cluster.isWorker) process.disconnect();
  return 0;
}
