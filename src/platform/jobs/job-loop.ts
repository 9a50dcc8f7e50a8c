import { jobWakeups } from './enqueue-job.ts';

export interface LoopLog {
  error(obj: object, msg: string): void;
}

export interface PollingLoop {
  start(): void;
  stop(): Promise<void>;
}

// A wakeup can arrive before the enqueuing transaction commits; if it finds nothing, look again soon.
const EAGER_RECHECKS = 5;
const EAGER_RECHECK_MS = 50;

/** Calls step until it reports no work, then waits for the poll interval or an enqueue wakeup. */
export function createPollingLoop(step: () => Promise<boolean>, pollIntervalMs: number, log: LoopLog): PollingLoop {
  let loop: Promise<void> | undefined;
  let stopping = false;
  let woken = false;
  let interrupt: (() => void) | undefined;
  const onWake = () => {
    woken = true;
    interrupt?.();
  };

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        interrupt = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      interrupt = done;
    });
  }

  async function run(): Promise<void> {
    let eager = 0;
    while (!stopping) {
      let worked: boolean;
      try {
        worked = await step();
      } catch (error) {
        // Never let a database outage end the loop (or the process): report it and try again later.
        log.error({ err: error }, 'job runner could not reach the database; will retry');
        if (!stopping) await pause(pollIntervalMs);
        continue;
      }
      if (worked || stopping) continue;
      if (woken) {
        woken = false;
        eager = EAGER_RECHECKS;
      }
      await pause(eager-- > 0 ? Math.min(pollIntervalMs, EAGER_RECHECK_MS) : pollIntervalMs);
    }
  }

  return {
    start() {
      if (loop) return;
      stopping = false;
      jobWakeups.on('wake', onWake);
      loop = run();
    },
    async stop() {
      stopping = true;
      jobWakeups.off('wake', onWake);
      interrupt?.();
      await loop;
      loop = undefined;
    },
  };
}
