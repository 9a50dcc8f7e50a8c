import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './database.ts';
import { enforceTenantIsolation } from './tenant-isolation.ts';

const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));

/** Applies the committed SQL migrations, then row-level security on every tenant table. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(database.db as NodePgDatabase, { migrationsFolder });
  }
  await enforceTenantIsolation(database.db);
}
