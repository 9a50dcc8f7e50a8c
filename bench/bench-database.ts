import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchDatabase {
  /** Connection URL of the new, empty database. */
  url: string;
  /** A server setting such as server_version or fsync, for the printed header. */
  setting(name: string): Promise<string>;
  drop(): Promise<void>;
}

/** A fresh PostgreSQL database for one benchmark run, dropped afterwards. */
export async function createBenchDatabase(adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'): Promise<BenchDatabase> {
  const name = `yakuba_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    setting: async (setting) => String((await admin.query(`SHOW ${setting}`)).rows[0][setting]),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
