// bench/startup: time from process start to the first 200 of the public home page, on an empty
// data directory (migrate + seed) and on a warm one, and resident memory after start.
// Goals: warm start < 3 s, first start < 10 s, memory < 250 MB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { residentMemoryMb, spawnYakuba, waitFor200 } from './spawn-yakuba.ts';

const SETTLE_MS = 5_000;

async function timedStart(dataDir: string) {
  const started = performance.now();
  const yakuba = await spawnYakuba(dataDir);
  await waitFor200(`http://127.0.0.1:${yakuba.publicPort}/m/143421/`);
  const ms = performance.now() - started;
  const peakMb = residentMemoryMb(yakuba.child.pid!);
  // Settled memory: after start-up work (WebAssembly compilation, migrations) has been released.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  for (let i = 0; i < 20; i++) await (await fetch(`http://127.0.0.1:${yakuba.publicPort}/m/143421/`)).arrayBuffer();
  const rssMb = residentMemoryMb(yakuba.child.pid!);
  await yakuba.stop();
  return { ms, rssMb, peakMb };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const firsts: number[] = [];
const warms: number[] = [];
const peakMemory: number[] = [];
const firstMemory: number[] = [];
const warmMemory: number[] = [];
for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-bench-'));
  try {
    const first = await timedStart(dataDir);
    const warm = await timedStart(dataDir);
    firsts.push(first.ms);
    warms.push(warm.ms);
    firstMemory.push(first.rssMb);
    warmMemory.push(warm.rssMb);
    peakMemory.push(first.peakMb, warm.peakMb);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const line = (label: string, value: string, goal: string, ok: boolean) => console.log(`${label.padEnd(34)} ${value.padStart(10)}   goal ${goal}  ${ok ? 'OK' : 'MISSED'}`);
console.log(`bench/startup (${runs} runs, median; Node ${process.version})`);
line('first start (empty data dir)', `${(median(firsts) / 1000).toFixed(2)} s`, '< 10 s', median(firsts) < 10_000);
line('warm start', `${(median(warms) / 1000).toFixed(2)} s`, '< 3 s', median(warms) < 3_000);
line('memory 5 s after warm start (RSS)', `${median(warmMemory).toFixed(0)} MB`, '< 250 MB', median(warmMemory) < 250);
line('memory 5 s after first start (RSS)', `${median(firstMemory).toFixed(0)} MB`, '< 250 MB', median(firstMemory) < 250);
console.log(`peak RSS at the first 200 (start-up work not yet released): ${Math.max(...peakMemory).toFixed(0)} MB`);
