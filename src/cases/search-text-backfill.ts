import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { dailyJob } from '../platform/jobs/daily-jobs.ts';
import type { Answers } from '../forms/answers.ts';
import type { DefinitionSource } from '../forms/definition-source.ts';
import { caseSearchText } from '../forms/search-text.ts';
import { applications } from './schema.ts';

export const SEARCH_TEXT_JOB = 'cases.search_text';

const BATCH = 500;

/**
 * Fills the inbox search text of applications that have none yet (made before the search existed),
 * from their answers and the exact version they were made with. Deleted personal data stays empty.
 * Returns how many were filled.
 */
export async function fillMissingSearchText(tx: Queryable, definitions: DefinitionSource): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await tx
      .select({ id: applications.id, procedureId: applications.procedureId, version: applications.version, answers: applications.answers })
      .from(applications)
      .where(and(isNull(applications.searchText), isNull(applications.personalDataDeletedAt)))
      .limit(BATCH);
    for (const row of rows) {
      const definition = await definitions.definitionAt(tx, row.procedureId, row.version);
      const text = definition ? caseSearchText(definition, row.answers as Answers) : '';
      await tx.update(applications).set({ searchText: text }).where(eq(applications.id, row.id));
    }
    filled += rows.length;
    if (rows.length < BATCH) return filled;
  }
}

/** The nightly job that catches up applications without a search text (after an upgrade). */
export function createSearchTextJob(definitions: DefinitionSource) {
  return dailyJob(SEARCH_TEXT_JOB, async (ctx) => {
    await withTenant(ctx.db, ctx.municipalityCode, (tx) => fillMissingSearchText(tx, definitions));
  });
}
