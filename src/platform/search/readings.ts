import { Worker } from 'node:worker_threads';

/**
 * Readings (よみ) of Japanese text, for finding 児童手当 by じどうてあて. A morphological analyser
 * (kuromoji with its IPADIC dictionary) gives them; it costs about half a second and a few hundred
 * MB to load, so it runs in a worker thread, only when asked, and the thread ends when it has been
 * idle for a few seconds. Callers store what it returns: searching never needs the dictionary.
 */

const IDLE_MS = 5_000;

interface Pending {
  resolve(readings: string[]): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
let ready: Promise<void> | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

function startWorker(): Promise<void> {
  const started = new Worker(new URL('./reading-worker.ts', import.meta.url));
  worker = started;
  started.unref();
  ready = new Promise<void>((resolve, reject) => {
    started.on('message', (message: { ready?: true; id?: number; readings?: string[] }) => {
      if (message.ready) return resolve();
      const waiting = pending.get(message.id!);
      pending.delete(message.id!);
      waiting?.resolve(message.readings!);
    });
    started.on('error', (error) => {
      reject(error);
      failAll(error);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      const error = new Error(`the reading worker stopped (exit code ${code})`);
      reject(error);
      failAll(error);
    });
  });
  return ready;
}

function scheduleIdleStop(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (pending.size === 0) void worker?.terminate();
  }, IDLE_MS);
  idleTimer.unref();
}

/** The reading of each text in katakana (words the dictionary does not know are kept as written). */
export async function readingsOf(texts: string[]): Promise<string[]> {
  if (texts.length === 0) return [];
  clearTimeout(idleTimer);
  if (!worker) await startWorker();
  else await ready;
  const id = nextId++;
  const result = new Promise<string[]>((resolve, reject) => pending.set(id, { resolve, reject }));
  worker!.postMessage({ id, texts });
  try {
    return await result;
  } finally {
    scheduleIdleStop();
  }
}

/** Ends the worker now (tests, shutdown); the next call starts a new one. */
export async function stopReadings(): Promise<void> {
  clearTimeout(idleTimer);
  await worker?.terminate();
  worker = undefined;
}
