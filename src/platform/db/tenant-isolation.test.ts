import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/database.ts';
import type { Database } from './database.ts';
import { withTenant } from './tenant-scope.ts';
import { tenantTables } from './tenant-isolation.ts';
import { mailMessages } from '../mail/schema.ts';

describe('row-level tenant isolation', () => {
  let database: Database;
  before(async () => {
    database = await createTestDatabase();
    await database.db.insert(mailMessages).values([
      { municipalityCode: '143421', toAddress: 'a@example.jp', subject: 'A', bodyText: 'for Ninomiya' },
      { municipalityCode: '143413', toAddress: 'b@example.jp', subject: 'B', bodyText: 'for Oiso' },
    ]);
  });
  after(() => database.close());

  it('returns none of another municipality’s rows even when the query has no filter', async () => {
    const rows = await withTenant(database.db, '143421', (tx) => tx.select().from(mailMessages));
    assert.deepEqual(rows.map((row) => row.subject), ['A']);
    const raw = await withTenant(database.db, '143413', (tx) => tx.execute(sql`select subject from mail_messages`));
    assert.deepEqual(raw.rows.map((row: unknown) => (row as { subject: string }).subject), ['B']);
  });

  it('refuses to write a row for another municipality', async () => {
    await assert.rejects(
      withTenant(database.db, '143421', (tx) =>
        tx.insert(mailMessages).values({ municipalityCode: '143413', toAddress: 'x@example.jp', subject: 'X', bodyText: 'x' }),
      ),
      (error: Error) => /row-level security/.test(String((error.cause as Error | undefined)?.message ?? error.message)),
    );
  });

  it('cannot update or delete another municipality’s rows', async () => {
    await withTenant(database.db, '143421', async (tx) => {
      await tx.update(mailMessages).set({ subject: 'changed' });
      await tx.delete(mailMessages).where(sql`subject = 'B'`);
    });
    const all = await database.db.select().from(mailMessages);
    assert.deepEqual(all.map((row) => row.subject).sort(), ['B', 'changed']);
  });

  it('covers every table that carries municipality_code', async () => {
    const tables = await tenantTables(database.db);
    assert.ok(tables.length >= 5, `tenant tables: ${tables.join(', ')}`);
    const result = await database.db.execute(sql`
      select c.relname from pg_class c join pg_policy p on p.polrelid = c.oid
      where c.relrowsecurity and p.polname = 'tenant_isolation'`);
    const protectedTables = new Set(result.rows.map((row: unknown) => (row as { relname: string }).relname));
    for (const table of tables) assert.ok(protectedTables.has(table), `${table} has no tenant policy`);
  });

  it('sees nothing at all when no municipality is set', async () => {
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role yakuba_app`);
      return tx.select().from(mailMessages);
    });
    assert.equal(rows.length, 0);
  });
});
