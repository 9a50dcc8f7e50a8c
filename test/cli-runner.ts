import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { testDatabaseKind } from './database.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `yakuba` command in its own process. */
export function runYakuba(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn('bin/yakuba.js', args, { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface CliDatabase {
  /** Environment for the command: its data directory, and DATABASE_URL on PostgreSQL. */
  env: Record<string, string>;
  dataDir: string;
  /** Reads the database between commands (on PGlite, only while no command runs). */
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A data directory, and on PostgreSQL a database of its own, for the commands of one test file. */
export async function createCliDatabase(prefix: string): Promise<CliDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const env: Record<string, string> = { YAKUBA_DATA_DIR: dataDir };
  if (testDatabaseKind !== 'postgres') {
    return {
      env,
      dataDir,
      query: async <T>(text: string, params?: unknown[]) => {
        const db = await PGlite.create(join(dataDir, 'pgdata'));
        try {
          return (await db.query<T>(text, params)).rows;
        } finally {
          await db.close();
        }
      },
      close: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `${prefix.replace(/\W/gu, '_')}_${process.pid}`;
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name}`).then(() => client.query(`CREATE DATABASE ${name}`)));
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  return {
    env,
    dataDir,
    query: async <T>(text: string, params?: unknown[]) => {
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      try {
        return (await client.query(text, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    close: async () => {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function admin(fn: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}
