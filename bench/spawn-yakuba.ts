import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface YakubaProcess {
  child: ChildProcess;
  publicPort: number;
  internalPort: number;
  stop(): Promise<void>;
}

/** Starts `yakuba serve` as `npm start` does (the script itself, with its shebang flags), on free ports. */
export async function spawnYakuba(dataDir: string, args: string[] = ['serve', '--seed-demo'], extraEnv: Record<string, string> = {}): Promise<YakubaProcess> {
  const publicPort = await freePort();
  const internalPort = await freePort();
  const child = spawn('bin/yakuba.js', args, {
    env: { ...process.env, YAKUBA_DATA_DIR: dataDir, PUBLIC_PORT: String(publicPort), INTERNAL_PORT: String(internalPort), YAKUBA_ENV: 'development', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    publicPort,
    internalPort,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls until the URL answers 200; returns the time it took. */
export async function waitFor200(url: string, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** Resident set size of a process in MB, from /proc. */
export function residentMemoryMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return kb / 1024;
}

/** The `yakuba` processes whose parent is `pid` (the server processes of `serve --workers N`), from /proc. */
export function yakubaChildrenOf(pid: number): number[] {
  const parentOf = (entry: string) => {
    try {
      return readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /su, '').split(' ')[1];
    } catch {
      return undefined;
    }
  };
  const isYakuba = (entry: string) => {
    try {
      return readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('yakuba.js');
    } catch {
      return false;
    }
  };
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/u.test(entry) && parentOf(entry) === String(pid) && isYakuba(entry))
    .map(Number);
}
