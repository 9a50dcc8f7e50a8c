import { readFileSync } from 'node:fs';

export interface LoadResult {
  count: number;
  seconds: number;
  rate: number;
  p50: number;
  p99: number;
}

/** Runs fn `total` times from `concurrency` workers (each given its index), timing every call. */
export async function measure(concurrency: number, total: number, fn: (worker: number) => Promise<void>): Promise<LoadResult> {
  const latencies: number[] = [];
  let started = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (started < total) {
        started++;
        const t = performance.now();
        await fn(worker);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { count: latencies.length, seconds, rate: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

export function summary(r: LoadResult): string {
  return `${r.rate.toFixed(0).padStart(6)} /s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms   (${r.count} in ${r.seconds.toFixed(1)} s)`;
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
const CLOCK_TICKS = 100;
