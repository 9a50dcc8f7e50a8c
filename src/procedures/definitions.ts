import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import type { DefinitionSource } from '../forms/definition-source.ts';
import { procedures, procedureVersions } from './schema.ts';
import { definitionAt, findProcedureBySlug, latestVersion } from './service.ts';

/** Fixed versions first: a draft's title or department counts only while the procedure has nothing else. */
async function newestOfEach(tx: Queryable) {
  return tx
    .selectDistinctOn([procedureVersions.procedureId], {
      slug: procedures.slug,
      position: procedures.position,
      title: sql<string>`${procedureVersions.definition}->>'title'`,
      department: sql<string>`${procedureVersions.definition}->>'department'`,
    })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
    .orderBy(procedureVersions.procedureId, asc(procedureVersions.draft), desc(procedureVersions.version));
}

/** The procedures domain's definitions, handed to the case side at start. */
export const procedureDefinitions: DefinitionSource = {
  definitionAt,
  procedureBySlug: findProcedureBySlug,
  latestVersion,
  newestOfEach,
};
