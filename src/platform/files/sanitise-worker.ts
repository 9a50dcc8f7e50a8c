import { sanitiseHere } from './sanitise-here.ts';
import type { SanitiseTask } from './sanitise-task.ts';

/** Runs in a worker thread of the sanitiser pool (sanitise-pool.ts). */
export default async function sanitiseInWorker(task: SanitiseTask) {
  switch (task.kind) {
    case 'sanitise':
      return sanitiseHere(task.input, task.limits);
    case 'hold':
      Atomics.wait(new Int32Array(task.signal), 0, 0);
      return undefined;
    case 'exhaust-memory': {
      const kept: number[][] = [];
      for (;;) kept.push(new Array(1_000_000).fill(kept.length));
    }
  }
}
