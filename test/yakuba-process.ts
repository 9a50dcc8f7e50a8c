import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../bench/spawn-yakuba.ts';

export interface YakubaServer {
  child: ChildProcess;
  publicUrl: string;
  internalUrl: string;
  /** Sends a signal and waits for the process to exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export interface YakubaOptions {
  dataDir: string;
  /** PostgreSQL instead of the embedded database in dataDir. */
  databaseUrl?: string;
  /** More arguments for `serve`, e.g. --workers 2. */
  args?: string[];
  /** More environment for the server process only (e.g. NODE_OPTIONS for a CPU profile). */
  env?: Record<string, string>;
}

/** `bin/yakuba.js serve --seed-demo` on free ports (including the local card provider), ready to answer. */
export async function startYakuba(options: YakubaOptions): Promise<YakubaServer> {
  const ports = { public: await freePort(), internal: await freePort(), idp: await freePort() };
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    YAKUBA_ENV: 'development',
    YAKUBA_DATA_DIR: options.dataDir,
    PUBLIC_PORT: String(ports.public),
    INTERNAL_PORT: String(ports.internal),
    LOCAL_IDP_PORT: String(ports.idp),
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = spawn('bin/yakuba.js', ['serve', '--seed-demo', ...(options.args ?? [])], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  // The welcome is printed once every process listens (with --workers, after the last one).
  const welcomed = new Promise<void>((resolve) => {
    let printed = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes('Yakuba is running')) resolve();
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const publicUrl = `http://localhost:${ports.public}`;
  const internalUrl = `http://localhost:${ports.internal}`;
  try {
    await Promise.all([answers200(`${publicUrl}/m/143421/`, child), answers200(`${internalUrl}/m/143421/login`, child), welcomed]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    child,
    publicUrl,
    internalUrl,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Polls until the URL answers 200; gives up when the process exits or after a minute. */
async function answers200(url: string, child: ChildProcess): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 25))) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`yakuba exited before answering (code ${child.exitCode}, signal ${child.signalCode})`);
    const status = await fetch(url).then(
      async (response) => (await response.arrayBuffer(), response.status),
      () => 0,
    );
    if (status === 200) return;
  }
  throw new Error(`${url} did not answer 200 within 60 s`);
}
