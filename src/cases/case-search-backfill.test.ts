import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { ninshinTodokede } from '../../seeds/procedures/ninshin-todokede.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { formDefinitionSchema } from '../forms/form-definition.ts';
import { caseSearchText } from '../forms/search-text.ts';
import { saveProcedureVersion } from '../procedures/service.ts';
import { applications } from './schema.ts';
import { submitApplication } from './submit-application.ts';
import { fillMissingSearchText } from './search-text-backfill.ts';
import { procedureDefinitions } from '../procedures/definitions.ts';

const MIGRATION = new URL('../../migrations/0009_case_search_and_plain_titles.sql', import.meta.url);

/** The data statements of the migration, run again on rows made as before it (no search text, no plain title). */
function backfillStatements(): string[] {
  return readFileSync(MIGRATION, 'utf8')
    .split('--> statement-breakpoint')
    .map((statement) => statement.replace(/^\s*--.*$/gmu, '').trim())
    .filter((statement) => statement.startsWith('UPDATE'));
}

describe('applications made before the inbox search and plain titles', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('get the plain title from the migration and the same search text as new ones from the nightly job', async () => {
    const definition = formDefinitionSchema.parse(ninshinTodokede);
    const answers = {
      name: { family: '真鶴', given: '花子' },
      kana: { family: 'マナヅル', given: 'ハナコ' },
      postalCode: '259-0123',
      address: '神奈川県中郡二宮町山西１００－２　ハイツ二宮（101）',
      phone: '0463-12-3456',
      clinic: '二宮クリニック',
    };
    const { application } = await withTenant(t.services.db, '143421', async (tx) => {
      const saved = await saveProcedureVersion(tx, '143421', definition, null);
      return submitApplication(tx, {
        municipalityCode: '143421',
        municipalityName: '二宮町',
        idempotencyKey: randomUUID(),
        procedure: { id: saved.procedureId, slug: definition.id, title: definition.title, departmentCode: 'kosodate', processingDays: 3, retentionYears: 5 },
        version: saved.version,
        answers,
        files: [],
        channel: 'online',
      });
    });
    assert.equal(application.searchText, null);
    for (const statement of backfillStatements()) await t.services.db.execute(sql.raw(statement));
    const filled = await withTenant(t.services.db, '143421', (tx) => fillMissingSearchText(tx, procedureDefinitions));
    assert.ok(filled >= 1);
    assert.equal(await withTenant(t.services.db, '143421', (tx) => fillMissingSearchText(tx, procedureDefinitions)), 0, 'a second run finds nothing left');
    const [row] = await t.services.db.select().from(applications).where(eq(applications.id, application.id));
    assert.equal(row!.procedurePlainTitle, definition.plainTitle);
    assert.equal(row!.searchText, caseSearchText(definition, answers));
  });
});
