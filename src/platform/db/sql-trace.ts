import { AsyncLocalStorage } from 'node:async_hooks';
import { createWriteStream, type WriteStream } from 'node:fs';
import pg from 'pg';

// A diagnostic for benchmarks and profiling: with YAKUBA_SQL_TRACE=<file>, every statement a
// request sends to PostgreSQL is written to that file as one JSON line naming the request, so
// a benchmark can count a page's statements and replay exactly the SQL one submission issues.
// Only requests that carry the header below are traced, so tracing costs the rest nothing.

export const SQL_TRACE_HEADER = 'x-yakuba-sql-trace';

interface TracedRequest {
  id: number;
  label: string;
}

const requests = new AsyncLocalStorage<TracedRequest>();
let out: WriteStream | undefined;
let nextId = 1;

export function sqlTraceFile(): string | undefined {
  return process.env.YAKUBA_SQL_TRACE || undefined;
}

/** Runs fn as one traced request (a no-op unless tracing is on). */
export function traceRequest<T>(label: string, fn: () => Promise<T>): Promise<T> {
  if (!out) return fn();
  return requests.run({ id: nextId++, label: `${process.pid}:${label}` }, fn);
}

type QueryConfig = { text: string; values?: unknown[] };

/** Wraps pg's Client.query once, so statements of traced requests are written to the trace file. */
export function installSqlTrace(file = sqlTraceFile()): void {
  if (!file || out) return;
  out = createWriteStream(file, { flags: 'a' });
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function tracedQuery(this: pg.Client, ...args: unknown[]) {
    const request = requests.getStore();
    if (!request) return original.apply(this, args);
    const [first, second] = args;
    const config: QueryConfig = typeof first === 'string' ? { text: first } : (first as QueryConfig);
    const values = config.values ?? (Array.isArray(second) ? second : []);
    const record = (answer: pg.QueryResult | pg.QueryResult[] | undefined) => {
      // The first row of each result (several for a message of several statements), by column
      // name, lets a replay carry generated values forward.
      const results = Array.isArray(answer) ? answer : [answer];
      const firstRows = results.map((one) => firstRow(one)).filter((row) => row !== undefined);
      const returned = firstRows.length > 0 ? Object.assign({}, ...firstRows) : undefined;
      out!.write(`${JSON.stringify({ request: request.id, label: request.label, text: config.text, values, returned })}\n`);
    };
    // pg.Pool#query passes a callback; drizzle awaits the promise.
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      const traced = [...args.slice(0, -1), (error: unknown, answer: pg.QueryResult) => (error || record(answer), (callback as (e: unknown, a: unknown) => void)(error, answer))];
      return original.apply(this, traced);
    }
    const result = original.apply(this, args);
    if (!(result instanceof Promise)) return result;
    return result.then((answer: pg.QueryResult | pg.QueryResult[]) => (record(answer), answer));
  } as typeof pg.Client.prototype.query;
}

function firstRow(result: pg.QueryResult | undefined): Record<string, unknown> | undefined {
  const row = result?.rows?.[0] as unknown[] | Record<string, unknown> | undefined;
  if (row === undefined) return undefined;
  if (!Array.isArray(row)) return row;
  const names = (result?.fields ?? []).map((field) => field.name);
  return Object.fromEntries(names.map((name, i) => [name, row[i]]));
}
