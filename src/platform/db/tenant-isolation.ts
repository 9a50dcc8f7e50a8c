import { sql } from 'drizzle-orm';
import type { Queryable } from './database.ts';
import { TENANT_ROLE } from './tenant-scope.ts';

const TENANT_COLUMN = 'municipality_code';

/**
 * Puts every table that has a municipality_code column under row-level security. Run after each
 * migration so that a table added later is covered without anyone remembering to do it. Only
 * what is missing is done, so a start on an up-to-date database costs two catalog queries.
 */
export async function enforceTenantIsolation(db: Queryable): Promise<string[]> {
  if (await needsGrants(db)) {
    await runEach(db, [
      `DO $$ BEGIN CREATE ROLE ${TENANT_ROLE} NOLOGIN;
       EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`,
      `GRANT USAGE ON SCHEMA public TO ${TENANT_ROLE}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${TENANT_ROLE}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${TENANT_ROLE}`,
    ]);
  }
  await grantRoleToCurrentUser(db);
  const tables = await tenantTables(db);
  for (const table of await tablesWithoutPolicy(db, tables)) {
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

/** True when the role is missing or some table or sequence of the schema is not yet granted to it. */
async function needsGrants(db: Queryable): Promise<boolean> {
  const role = await db.execute(sql`select 1 from pg_roles where rolname = ${TENANT_ROLE}`);
  if (role.rows.length === 0) return true;
  const result = await db.execute(sql`
    select exists (select 1 from pg_tables t where t.schemaname = 'public'
                   and not has_table_privilege(${TENANT_ROLE}, format('%I.%I', t.schemaname, t.tablename), 'SELECT, INSERT, UPDATE, DELETE'))
        or exists (select 1 from pg_sequences s where s.schemaname = 'public'
                   and not has_sequence_privilege(${TENANT_ROLE}, format('%I.%I', s.schemaname, s.sequencename), 'USAGE, SELECT')) as needed`);
  return (result.rows[0] as { needed: boolean }).needed;
}

/** Tenant tables without row-level security or without the tenant_isolation policy. */
async function tablesWithoutPolicy(db: Queryable, tables: string[]): Promise<string[]> {
  const result = await db.execute(sql`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
      and exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation')`);
  const done = new Set((result.rows as { name: string }[]).map((row) => row.name));
  return tables.filter((table) => !done.has(table));
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
