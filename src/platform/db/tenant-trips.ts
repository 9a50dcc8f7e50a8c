import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Queryable } from './database.ts';
import { TENANT_ROLE, withTenant } from './tenant-scope.ts';

// The hot paths (the signed-in resident on every page, the submit) in as few round trips to
// PostgreSQL as the work allows. withTenant costs four (begin, the tenant setting, the query,
// commit); here the tenant setting travels in the same message as the statements, as one simple
// query, which PostgreSQL runs as one transaction. The simple protocol takes no parameters, so
// values are written into the text as literals by pg's own escaping. On the embedded database,
// where a round trip is a function call, the same statements run through withTenant.

const dialect = new PgDialect();
const MUNICIPALITY_CODE = /^\d{6}$/u;

export type Row = Record<string, unknown>;

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  if (typeof value === 'string') return pg.escapeLiteral(value);
  return pg.escapeLiteral(JSON.stringify(value));
}

/** A drizzle SQL fragment as one statement's text with its parameters written in as literals. */
export function inlineStatement(query: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return text.replace(/\$(\d+)/gu, (_, n: string) => literal(params[Number(n) - 1]));
}

function tenantSetting(municipalityCode: string): string {
  if (!MUNICIPALITY_CODE.test(municipalityCode)) throw new Error(`not a municipality code: ${municipalityCode}`);
  return `select set_config('yakuba.municipality', '${municipalityCode}', true), set_config('role', '${TENANT_ROLE}', true)`;
}

function poolOf(db: Queryable): pg.Pool | undefined {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client instanceof pg.Pool ? client : undefined;
}

function rowsOf(result: pg.QueryResult | pg.QueryResult[], count: number): Row[][] {
  const results = Array.isArray(result) ? result : [result];
  return results.slice(results.length - count).map((r) => r.rows as Row[]);
}

async function executeRows(tx: Queryable, query: SQL): Promise<Row[]> {
  const result = await tx.execute(query);
  return ('rows' in result ? result.rows : result) as Row[];
}

/** Read-only statements for one municipality in one round trip; the rows of each, in order. */
export async function tenantRead(db: Queryable, municipalityCode: string, queries: SQL[]): Promise<Row[][]> {
  const pool = poolOf(db);
  if (!pool) return withTenant(db, municipalityCode, async (tx) => Promise.all(queries.map((q) => executeRows(tx, q))));
  const text = [tenantSetting(municipalityCode), ...queries.map(inlineStatement)].join(';\n');
  return rowsOf(await pool.query(text), queries.length);
}

export interface TenantTrips {
  /** Statements whose rows the work needs before it can decide what to write. */
  read(queries: SQL[]): Promise<Row[][]>;
  /** The last statements, sent with the commit. */
  finish(queries: SQL[]): Promise<Row[][]>;
}

/**
 * One transaction for one municipality in two round trips: the first read opens it (with the
 * tenant setting), finish commits it. fn may decide not to write by returning without finishing:
 * the transaction is then rolled back. Any error rolls it back too.
 */
export async function tenantTransaction<T>(db: Queryable, municipalityCode: string, fn: (trips: TenantTrips) => Promise<T>): Promise<T> {
  const pool = poolOf(db);
  if (!pool) return embeddedTransaction(db, municipalityCode, fn);
  const client = await pool.connect();
  let open = false;
  let broken: Error | undefined;
  try {
    const result = await fn({
      read: async (queries) => {
        const opening = open ? [] : ['begin', tenantSetting(municipalityCode)];
        open = true;
        return rowsOf(await client.query([...opening, ...queries.map(inlineStatement)].join(';\n')), queries.length);
      },
      finish: async (queries) => {
        const opening = open ? [] : ['begin', tenantSetting(municipalityCode)];
        open = false;
        return rowsOf(await client.query([...opening, ...queries.map(inlineStatement), 'commit'].join(';\n')), queries.length + 1).slice(0, queries.length);
      },
    });
    if (open) await client.query('rollback');
    return result;
  } catch (error) {
    broken = await client.query('rollback').then(
      () => undefined,
      (rollbackError: Error) => rollbackError,
    );
    throw error;
  } finally {
    // A connection whose rollback failed is in an unknown state: the pool must not hand it out again.
    client.release(broken);
  }
}

class NotFinished extends Error {}

/** The same contract through withTenant: work that returns without finishing is rolled back. */
async function embeddedTransaction<T>(db: Queryable, municipalityCode: string, fn: (trips: TenantTrips) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    return await withTenant(db, municipalityCode, async (tx) => {
      const run = (queries: SQL[]) => Promise.all(queries.map((q) => executeRows(tx, q)));
      let finished = false;
      result = await fn({ read: run, finish: (queries) => ((finished = true), run(queries)) });
      if (!finished) throw new NotFinished();
      return result;
    });
  } catch (error) {
    if (error instanceof NotFinished) return result as T;
    throw error;
  }
}
