import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/database.ts';
import type { Database } from './database.ts';
import { inlineStatement, tenantRead, tenantTransaction } from './tenant-trips.ts';
import { withTenant } from './tenant-scope.ts';
import { mailMessages } from '../mail/schema.ts';

const NINOMIYA = '143421';
const OISO = '143413';
const AWKWARD = [
  "O'Brien さんの申請",
  'back\\slash \\\\ and \\n not a newline',
  "'); delete from mail_messages; --",
  '$1 $2 ${x} %s ?',
  '改行\nと\tタブ、絵文字🙂、𠮷野家',
  '"double" and `back` quotes',
  "E'escaped' U&'\\0041'",
];

describe('tenant statements in one message (tenant-trips)', () => {
  let database: Database;
  before(async () => {
    database = await createTestDatabase();
    await database.db.insert(mailMessages).values([
      { municipalityCode: NINOMIYA, toAddress: 'a@example.jp', subject: 'A', bodyText: 'for Ninomiya' },
      { municipalityCode: OISO, toAddress: 'b@example.jp', subject: 'B', bodyText: 'for Oiso' },
    ]);
  });
  after(() => database.close());

  it('reads only the municipality’s rows, with row-level security, even without a filter', async () => {
    const [rows, count] = await tenantRead(database.db, OISO, [sql`select subject from mail_messages`, sql`select count(*)::int as n from mail_messages`]);
    assert.deepEqual(rows!.map((row) => row.subject), ['B']);
    assert.equal(count![0]!.n, 1);
  });

  it('keeps every character of values written in as literals', async () => {
    await tenantTransaction(database.db, NINOMIYA, async (trips) => {
      await trips.read([sql`select 1`]);
      await trips.finish(AWKWARD.map((text, i) => database.db.insert(mailMessages).values({ municipalityCode: NINOMIYA, toAddress: `awkward-${i}@example.jp`, subject: text, bodyText: JSON.stringify({ text }) }).getSQL()));
    });
    const stored = await withTenant(database.db, NINOMIYA, (tx) => tx.select().from(mailMessages));
    for (const [i, text] of AWKWARD.entries()) {
      const row = stored.find((r) => r.toAddress === `awkward-${i}@example.jp`);
      assert.equal(row?.subject, text);
      assert.deepEqual(JSON.parse(row!.bodyText), { text });
    }
    const [counted] = await tenantRead(database.db, NINOMIYA, [sql`select count(*)::int as n from mail_messages where subject = ${AWKWARD[2]!}`]);
    assert.equal(counted![0]!.n, 1, 'the quote in the value stays a value');
  });

  it('writes nothing of a transaction that fails in its last message, and the connection serves the next one', async () => {
    const before = await withTenant(database.db, NINOMIYA, (tx) => tx.select().from(mailMessages));
    await assert.rejects(
      tenantTransaction(database.db, NINOMIYA, async (trips) => {
        await trips.read([sql`select 1`]);
        await trips.finish([
          database.db.insert(mailMessages).values({ municipalityCode: NINOMIYA, toAddress: 'kept-not@example.jp', subject: 'S', bodyText: 'b' }).getSQL(),
          sql`select 1 / 0`,
        ]);
      }),
    );
    // Another municipality's row is refused by row-level security, and rolls back the same way.
    await assert.rejects(tenantTransaction(database.db, NINOMIYA, (trips) => trips.finish([database.db.insert(mailMessages).values({ municipalityCode: OISO, toAddress: 'x@example.jp', subject: 'X', bodyText: 'x' }).getSQL()])));
    for (let i = 0; i < 8; i++) await tenantRead(database.db, NINOMIYA, [sql`select 1`]);
    const afterwards = await withTenant(database.db, NINOMIYA, (tx) => tx.select().from(mailMessages));
    assert.equal(afterwards.length, before.length);
    const [idle] = await tenantRead(database.db, NINOMIYA, [sql`select count(*)::int as n from pg_stat_activity where state = 'idle in transaction' and datname = current_database()`]);
    assert.equal(idle![0]!.n, 0, 'no connection is left inside a transaction');
  });

  it('rolls back when the work decides not to finish', async () => {
    const outcome = await tenantTransaction(database.db, NINOMIYA, async (trips) => {
      await trips.read([database.db.insert(mailMessages).values({ municipalityCode: NINOMIYA, toAddress: 'undecided@example.jp', subject: 'U', bodyText: 'u' }).getSQL()]);
      return 'changed my mind';
    });
    assert.equal(outcome, 'changed my mind');
    const [left] = await tenantRead(database.db, NINOMIYA, [sql`select count(*)::int as n from mail_messages where to_address = 'undecided@example.jp'`]);
    assert.equal(left![0]!.n, 0);
  });

  it('refuses a municipality code that is not six digits', async () => {
    if (database.kind !== 'postgres') return;
    await assert.rejects(tenantRead(database.db, "143421'; --", [sql`select 1`]), /not a municipality code/);
  });

  it('writes numbers, booleans, null, dates and objects as literals PostgreSQL reads back the same', () => {
    const text = inlineStatement(sql`select ${1.5}, ${true}, ${null}, ${new Date('2026-12-07T00:00:00.000Z')}, ${{ a: "b'c" }}, ${"it's"}`);
    assert.equal(text, `select 1.5, TRUE, NULL, '2026-12-07T00:00:00.000Z', '{"a":"b''c"}', 'it''s'`);
    assert.throws(() => inlineStatement(sql`select ${Number.NaN}`), /finite/);
  });
});
