import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout, one object a line. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { service: 'yakuba' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/** stdout written in 4 KB batches instead of one system call per line; flushed at exit. */
export function bufferedStdout(): pino.DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: 4096 });
}
