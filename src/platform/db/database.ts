import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { installSqlTrace } from './sql-trace.ts';

// Both drivers produce a PgDatabase; transactions are PgDatabase too, so one type serves both.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Queryable = PgDatabase<any, any, any>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Queryable;
  /** Set for the embedded database only: used by backup. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  url?: string;
  /** Data directory for PGlite, or 'memory' for a throw-away database. */
  dataDir?: string;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? 'memory');
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  installSqlTrace();
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection closed by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', () => {});
  await pool.query('select 1');
  return { kind: 'postgres', db: drizzlePostgres(pool), close: () => pool.end() };
}

// The embedded engine (its WebAssembly and JavaScript) is loaded only when it is used, so a
// server on PostgreSQL never carries it.
async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle: drizzlePglite } = await import('drizzle-orm/pglite');
  // Postgres' default 128 MB of shared buffers is sized for a server; one town on a laptop
  // needs far less, and the embedded engine keeps them in the process's own memory.
  const PGLITE_OPTIONS = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] };
  const wrapPglite = (client: PGlite): Database => ({ kind: 'pglite', db: drizzlePglite(client), pglite: client, close: () => client.close() });
  if (dataDir === 'memory') return wrapPglite(await PGlite.create(PGLITE_OPTIONS));
  const isNew = !existsSync(join(dataDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  let client = await PGlite.create(dataDir, PGLITE_OPTIONS);
  if (isNew) {
    // Creating a data directory runs initdb in a second WebAssembly instance whose memory
    // (several hundred MB) stays referenced until this client closes: reopen to release it.
    await client.close();
    client = await PGlite.create(dataDir, PGLITE_OPTIONS);
  }
  return wrapPglite(client);
}
