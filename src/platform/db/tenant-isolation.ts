import { sql } from 'drizzle-orm';
import type { Queryable } from './database.ts';
import { TENANT_ROLE } from './tenant-scope.ts';

const TENANT_COLUMN = 'municipality_code';

/**
 * Puts every table that has a municipality_code column under row-level security. Run after each
 * migration so that a table added later is covered without anyone remembering to do it.
 */
export async function enforceTenantIsolation(db: Queryable): Promise<string[]> {
  await runEach(db, [
    `DO $$ BEGIN CREATE ROLE ${TENANT_ROLE} NOLOGIN;
     EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`,
    `GRANT USAGE ON SCHEMA public TO ${TENANT_ROLE}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${TENANT_ROLE}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${TENANT_ROLE}`,
  ]);
  await grantRoleToCurrentUser(db);
  const tables = await tenantTables(db);
  for (const table of tables) {
    await runEach(db, [
      `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`,
      `DROP POLICY IF EXISTS tenant_isolation ON "${table}"`,
      `CREATE POLICY tenant_isolation ON "${table}"
         USING (${TENANT_COLUMN} = current_setting('yakuba.municipality', true))
         WITH CHECK (${TENANT_COLUMN} = current_setting('yakuba.municipality', true))`,
    ]);
  }
  return tables;
}

async function runEach(db: Queryable, statements: string[]): Promise<void> {
  for (const statement of statements) await db.execute(sql.raw(statement));
}

async function grantRoleToCurrentUser(db: Queryable): Promise<void> {
  const result = await db.execute(sql`select rolsuper from pg_roles where rolname = current_user`);
  const isSuperuser = (result.rows[0] as { rolsuper?: boolean } | undefined)?.rolsuper === true;
  if (!isSuperuser) await db.execute(sql.raw(`GRANT ${TENANT_ROLE} TO current_user`));
}

export async function tenantTables(db: Queryable): Promise<string[]> {
  const result = await db.execute(sql`
    select c.table_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and c.column_name = ${TENANT_COLUMN} and t.table_type = 'BASE TABLE'
    order by c.table_name`);
  return (result.rows as { table_name: string }[]).map((row) => row.table_name);
}
