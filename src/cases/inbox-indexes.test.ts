import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../test/database.ts';
import type { Database } from '../platform/db/database.ts';
import { inboxSelect, type InboxScope } from './case-queries.ts';
import type { InboxFilters } from './inbox-filters.ts';

const TOWNS = ['143421', '143618', '131016'];
const scope: InboxScope = { municipalityCode: '143421', staffId: '00000000-0000-4000-8000-000000000001', departmentCodes: 'all', today: '2026-06-01' };
const everything: InboxFilters = { q: '', procedure: '', status: 'open', from: '', to: '', assigned: 'anyone', overdue: false };

const FILTERS: Record<string, Partial<InboxFilters>> = {
  open: {},
  all: { status: 'all' },
  status: { status: 'received' },
  correctionAnswered: { status: 'correction_answered' },
  procedure: { procedure: 'procedure-3' },
  assignedToMe: { assigned: 'me' },
  unassigned: { assigned: 'unassigned' },
  overdue: { overdue: true },
  dateRange: { from: '2026-04-01', to: '2026-04-30' },
  search: { q: 'ヤマダ', status: 'all' },
  receiptNumber: { q: '26114829', status: 'all' },
};

function planText(result: unknown): string {
  const rows = ((result as { rows?: unknown[] }).rows ?? result) as Record<string, string>[];
  return rows.map((row) => Object.values(row)[0]).join('\n');
}

describe('the inbox queries are served by indexes', () => {
  let database: Database;

  before(async () => {
    database = await createTestDatabase();
    // Applications of several towns, as a shared deployment holds them.
    await database.db.execute(sql`
      insert into applications (municipality_code, receipt_number, idempotency_key, procedure_id, procedure_slug, procedure_title, version,
        department_code, channel, answers, search_text, status, assigned_to, submitted_at, due_date, retention_years)
      select (array[${sql.raw(TOWNS.map((t) => `'${t}'`).join(','))}])[1 + g % ${TOWNS.length}], 'R-' || g, gen_random_uuid(), gen_random_uuid(),
        'procedure-' || (g % 20), '手続' || (g % 20), 1, 'kosodate', 'online', '{}'::jsonb, 'ヤマダ タロウ ' || g,
        (array['received','in_review','approved','rejected'])[1 + g % 4],
        case when g % 3 = 0 then ${scope.staffId}::uuid end,
        timestamptz '2026-01-01' + (g % 180) * interval '1 day', date '2026-01-15' + (g % 180), 5
      from generate_series(1, 3000) g`);
    await database.db.execute(sql`analyze applications`);
  });
  after(() => database.close());

  for (const [name, filters] of Object.entries(FILTERS)) {
    it(`filter ${name} reads applications through an index`, async () => {
      const plan = await database.db.transaction(async (tx) => {
        // A test table is small enough for a sequential scan to be cheapest; a town's is not.
        await tx.execute(sql`set local enable_seqscan = off`);
        return planText(await tx.execute(sql`explain ${inboxSelect(tx, scope, { ...everything, ...filters })}`));
      });
      assert.doesNotMatch(plan, /Seq Scan on applications( |$)/m, plan);
      assert.match(plan, /Index|Bitmap/, plan);
    });
  }
});
