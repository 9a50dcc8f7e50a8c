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
import { demoStaff } from '../../seeds/demo-municipalities.ts';
import type { CliContext } from './context.ts';
import type { Municipality } from '../platform/tenancy/municipality.ts';
import { UsageError } from './usage.ts';
import { configureSanitisePool, sanitiseSettingsFrom, stopSanitisePool } from '../platform/files/sanitise-pool.ts';

export type ZoneChoice = 'all' | 'public' | 'internal';

export interface RunningServer {
  publicUrl?: string;
  internalUrl?: string;
  /** The local test identity provider (MYNUMBER_OIDC=local). */
  localIdpUrl?: string;
  stop(): Promise<void>;
}

/** Starts the chosen zones (and the inline job runner) and returns a handle to stop them. */
export async function startServer(ctx: CliContext, options: { zone: ZoneChoice; seedDemo: boolean }): Promise<RunningServer> {
  const { config } = ctx;
  if (options.seedDemo && config.YAKUBA_ENV === 'production') throw new UsageError('--seed-demo is refused when YAKUBA_ENV=production');
  await configureSanitisePool(sanitiseSettingsOrUsage());
  const services = await openServices(config, ctx.logger, { seedDemo: options.seedDemo });
  const codes = services.directory.list().map((m) => m.code);
  await scheduleRecurringJobs(services.db, codes, recurringSchedules(config));
  const servers: ServerType[] = [];
  const running: RunningServer = { stop: async () => {} };
  if (options.zone !== 'internal') {
    servers.push(await listen(createPublicApp(services), config.PUBLIC_PORT, config.YAKUBA_BIND, publicListenOptions(services)));
    running.publicUrl = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PUBLIC_PORT}`;
  }
  const localIdp =
    config.MYNUMBER_OIDC === 'local' && options.zone !== 'internal'
      ? await startConfiguredLocalProvider(config, services.secret, services.directory.list(), ctx.logger)
      : undefined;
  running.localIdpUrl = localIdp?.issuer;
  if (options.zone !== 'public') {
    servers.push(await listen(createInternalApp(services), config.INTERNAL_PORT, config.YAKUBA_BIND));
    running.internalUrl = config.INTERNAL_BASE_URL ?? `http://localhost:${config.INTERNAL_PORT}`;
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
  printWelcome(ctx, running, options.seedDemo, services.directory.list());
  return running;
}

function printWelcome(ctx: CliContext, running: RunningServer, showDemo: boolean, municipalities: Municipality[]): void {
  const lines = ['', 'Yakuba is running / Yakuba を起動しました'];
  if (running.publicUrl) lines.push(`  住民向けポータル (public zone):  ${running.publicUrl}/`);
  if (running.internalUrl) lines.push(`  職員用 (internal zone):          ${running.internalUrl}/`);
  for (const m of municipalities) {
    const links = [running.publicUrl && `${running.publicUrl}/m/${m.code}/`, running.internalUrl && `${running.internalUrl}/m/${m.code}/login`];
    lines.push(`    ${m.nameJa} (${m.code}): ${links.filter(Boolean).join('   ')}`);
  }
  if (running.localIdpUrl) lines.push(`  テスト用認証 (local OpenID provider, not for production): ${running.localIdpUrl}/`);
  if (showDemo && running.internalUrl) {
    lines.push('  Demo staff sign-in / デモ職員のサインイン (a second factor is enrolled at the first sign-in):');
    for (const staff of demoStaff) lines.push(`    ${staff.municipalityCode}  ${staff.email}  /  ${staff.password}  (${staff.role})`);
  }
  lines.push('');
  ctx.print(lines.join('\n'));
}

function sanitiseSettingsOrUsage() {
  try {
    return sanitiseSettingsFrom(process.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `yakuba serve`: runs until SIGINT or SIGTERM. */
export async function serveCommand(ctx: CliContext, options: { zone: ZoneChoice; seedDemo: boolean }): Promise<number> {
  const running = await startServer(ctx, options);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  ctx.logger.info('shutting down');
  await running.stop();
  return 0;
}
