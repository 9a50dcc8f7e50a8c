import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SanitiseTask } from './sanitise-task.ts';

export interface SanitisePoolSettings {
  threads: number;
  queue: number;
  memoryMb: number;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return value;
}

/** YAKUBA_SANITISE_THREADS, _QUEUE and _MEMORY_MB; a wrong value throws an error naming the variable. */
export function sanitiseSettingsFrom(env: NodeJS.ProcessEnv): SanitisePoolSettings {
  // One core stays with the event loop, so pages keep answering while files are checked.
  const threads = whole(env, 'YAKUBA_SANITISE_THREADS', Math.max(1, Math.min(4, availableParallelism() - 1)), 1, 64);
  return {
    threads,
    queue: whole(env, 'YAKUBA_SANITISE_QUEUE', 32 * threads, 0, 10_000),
    memoryMb: whole(env, 'YAKUBA_SANITISE_MEMORY_MB', 512, 64, 16_384),
  };
}

let pool: Piscina | undefined;
let settings: SanitisePoolSettings | undefined;

export class PoolBusy extends Error {}

/** Used before the first upload (tests, `yakuba serve` after reading its settings); replaces a running pool. */
export async function configureSanitisePool(next: SanitisePoolSettings): Promise<void> {
  await stopSanitisePool();
  settings = next;
}

// Compiled (dist/), the worker module runs as it is; from the TypeScript sources a shim registers tsx in the thread first.
const workerUrl = import.meta.url.endsWith('.ts') ? new URL('./sanitise-thread.mjs', import.meta.url) : new URL('./sanitise-worker.ts', import.meta.url);

function thePool(): { pool: Piscina; settings: SanitisePoolSettings } {
  settings ??= sanitiseSettingsFrom(process.env);
  pool ??= new Piscina({
    filename: workerUrl.href,
    minThreads: 0,
    maxThreads: settings.threads,
    maxQueue: settings.queue,
    idleTimeout: 30_000,
    // V8's heap only: the decoders' own pixel and page limits bound the native buffers.
    resourceLimits: { maxOldGenerationSizeMb: settings.memoryMb, maxYoungGenerationSizeMb: Math.min(64, settings.memoryMb / 4) },
  });
  return { pool, settings };
}

/**
 * Runs a task in a worker thread. A full queue throws PoolBusy; a worker that dies (out of memory,
 * a decoder crash) rejects only its own task, and the pool starts a new thread for the next one.
 */
export async function runSanitiseTask<T>(task: SanitiseTask): Promise<T> {
  const { pool: running } = thePool();
  try {
    return (await running.run(task)) as T;
  } catch (error) {
    if (error instanceof Error && /task queue/i.test(error.message)) throw new PoolBusy(error.message);
    throw error;
  }
}

/** Ends the worker threads (server close, tests); the next upload starts a new pool. */
export async function stopSanitisePool(): Promise<void> {
  const running = pool;
  pool = undefined;
  await running?.destroy();
}
