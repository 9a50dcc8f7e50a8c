import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { createTestDatabase } from '../../test/database.ts';
import type { Database } from '../platform/db/database.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { formDefinitionSchema } from '../forms/form-definition.ts';
import { exportLayout, repeatNames } from './case-export.ts';
import { exportStream } from './case-export-stream.ts';
import { exportRepeatCounts, exportVersionCounts, type ExportRange } from './case-queries.ts';
import { nextExportRows, type ExportPlan } from './load-case-export.ts';

const TOWN = '143421';
const definition = formDefinitionSchema.parse({
  id: 'jido-teate', title: '児童手当', category: 'kosodate', summary: 's', audience: 'a', bring: [], fee: null, processingDays: 5,
  channels: { online: true, post: false, counter: true }, department: 'kosodate', assurance: 'low', retentionYears: 5, declaration: 'd',
  pages: [
    { id: 'seikyusha', title: '請求者', fields: [{ name: 'note', type: 'text', label: '備考', required: false }] },
    { id: 'children', title: '児童', repeat: { name: 'children', itemLabel: '児童' }, fields: [{ name: 'birthDate', type: 'date', label: '生年月日' }] },
  ],
});

async function text(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  let chunks = 0;
  const parts: Buffer[] = [];
  for await (const chunk of stream) {
    chunks += 1;
    parts.push(Buffer.from(chunk));
  }
  return { text: Buffer.concat(parts).toString('utf8'), chunks };
}

describe('streamed case export', () => {
  let database: Database;
  const procedureId = randomUUID();
  const upTo = new Date('2026-06-01T00:00:00Z');
  let plan: ExportPlan;

  before(async () => {
    database = await createTestDatabase();
    // 23 applications of the procedure, two at a time sharing one 受付日時 (so the cursor must break ties)
    // and pairs a microsecond apart (finer than a JavaScript Date), plus one of another procedure, one of another town and one submitted after the export began.
    await database.db.execute(sql`
      insert into applications (municipality_code, receipt_number, idempotency_key, procedure_id, procedure_slug, procedure_title, version,
        department_code, channel, answers, status, submitted_at, due_date, retention_years)
      select ${TOWN}, 'R-' || lpad(g::text, 3, '0'), gen_random_uuid(), ${procedureId}::uuid, 'jido-teate', '児童手当', 1 + g % 2, 'kosodate', 'online',
        jsonb_build_object('note', case when g = 5 then '=1+1' else '備考' || g end, 'children', (select jsonb_agg(jsonb_build_object('birthDate', '2020-01-0' || c)) from generate_series(1, 1 + g % 3) c)),
        'received', timestamptz '2026-05-01' + (g / 4) * interval '1 hour' + (g % 4 / 2) * interval '1 microsecond', date '2026-05-10', 5
      from generate_series(1, 23) g`);
    await database.db.execute(sql`
      insert into applications (municipality_code, receipt_number, idempotency_key, procedure_id, procedure_slug, procedure_title, version,
        department_code, channel, answers, status, submitted_at, due_date, retention_years)
      values (${TOWN}, 'OTHER', gen_random_uuid(), gen_random_uuid(), 'other', '別の手続き', 1, 'kosodate', 'online', '{}', 'received', timestamptz '2026-05-01', date '2026-05-10', 5),
        ('141003', 'TOWN2', gen_random_uuid(), ${procedureId}::uuid, 'jido-teate', '児童手当', 1, 'kosodate', 'online', '{}', 'received', timestamptz '2026-05-01', date '2026-05-10', 5),
        (${TOWN}, 'LATE', gen_random_uuid(), ${procedureId}::uuid, 'jido-teate', '児童手当', 1, 'kosodate', 'online', '{}', 'received', timestamptz '2026-06-02', date '2026-06-10', 5)`);
    const range: ExportRange = { municipalityCode: TOWN, procedureId, upTo };
    const definitions = new Map([[1, definition], [2, definition]]);
    const repeatCounts = await withTenant(database.db, TOWN, (tx) => exportRepeatCounts(tx, range, repeatNames(definitions)));
    plan = { layout: exportLayout('jido-teate', definitions, repeatCounts, upTo), range };
  });
  after(() => database.close());

  const read = (after: Parameters<typeof nextExportRows>[2], size: number) => withTenant(database.db, TOWN, (tx) => nextExportRows(tx, plan, after, size));

  it('counts versions and the most repeated items of the range only', async () => {
    const versions = await withTenant(database.db, TOWN, (tx) => exportVersionCounts(tx, plan.range));
    assert.deepEqual([...versions.entries()].sort(), [[1, 11], [2, 12]]);
    assert.deepEqual(plan.layout.columns.slice(-3).map((c) => c.key), ['children[1].birthDate', 'children[2].birthDate', 'children[3].birthDate']);
  });

  it('writes every application of the range once, in 受付日時 then 受付番号 order, across batches', { timeout: 30_000 }, async () => {
    const { text: csv, chunks } = await text(exportStream(plan, 'csv', read, 2));
    assert.ok(csv.startsWith('\uFEFF受付番号,'));
    assert.ok(chunks >= 12, `one chunk per batch, got ${chunks}`);
    const records = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    assert.deepEqual(records.map((r) => r['受付番号']), Array.from({ length: 23 }, (_, i) => `R-${String(i + 1).padStart(3, '0')}`));
    assert.equal(records.find((r) => r['受付番号'] === 'R-005')!.note, "'=1+1");
    assert.equal(records.find((r) => r['受付番号'] === 'R-002')!['children[3].birthDate'], '2020-01-03');
  });

  it('writes the same rows as one JSON document', async () => {
    const { text: json } = await text(exportStream(plan, 'json', read, 5));
    const data = JSON.parse(json) as { procedure: string; version: number; columns: { key: string }[]; rows: Record<string, string | null>[] };
    assert.equal(data.procedure, 'jido-teate');
    assert.equal(data.version, 2);
    assert.equal(data.rows.length, 23);
    assert.equal(data.rows[4]!.note, '=1+1');
    assert.deepEqual(Object.keys(data.rows[0]!), data.columns.map((c) => c.key));
  });

  it('writes a header and an empty list when nothing is in range', async () => {
    const empty: ExportPlan = { ...plan, range: { ...plan.range, procedureId: randomUUID() } };
    const emptyRead = (after: Parameters<typeof nextExportRows>[2], size: number) => withTenant(database.db, TOWN, (tx) => nextExportRows(tx, empty, after, size));
    assert.equal((await text(exportStream(empty, 'csv', emptyRead, 2))).text.split('\r\n').length, 2);
    assert.deepEqual(JSON.parse((await text(exportStream(empty, 'json', emptyRead, 2))).text).rows, []);
  });
});
