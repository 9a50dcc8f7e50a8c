import { and, asc, eq, isNotNull, max, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { authorize, type StaffActor } from '../platform/identity/staff-policy.ts';
import { formDefinitionSchema, type FormDefinition } from '../forms/form-definition.ts';
import { procedures, procedureVersions, type ProcedureRow } from './schema.ts';

export interface PublishedProcedure {
  procedure: ProcedureRow;
  version: number;
  definition: FormDefinition;
}

/** The catalog: every procedure with a published version, in catalog order (or only the one with this slug). */
export async function listPublishedProcedures(tx: Queryable, slug?: string): Promise<PublishedProcedure[]> {
  const rows = await tx
    .select({ procedure: procedures, definition: procedureVersions.definition })
    .from(procedures)
    .innerJoin(procedureVersions, and(eq(procedureVersions.procedureId, procedures.id), eq(procedureVersions.version, procedures.publishedVersion)))
    .where(and(isNotNull(procedures.publishedVersion), slug === undefined ? undefined : eq(procedures.slug, slug)))
    .orderBy(asc(procedures.position));
  return rows.map((row) => ({ procedure: row.procedure, version: row.procedure.publishedVersion!, definition: row.definition as FormDefinition }));
}

export async function findPublishedProcedure(tx: Queryable, slug: string): Promise<PublishedProcedure | undefined> {
  const [found] = await listPublishedProcedures(tx, slug);
  return found;
}

export async function findProcedureBySlug(tx: Queryable, slug: string): Promise<ProcedureRow | undefined> {
  const [row] = await tx.select().from(procedures).where(eq(procedures.slug, slug));
  return row;
}

/** The exact version an application was started with. */
export async function definitionAt(tx: Queryable, procedureId: string, version: number): Promise<FormDefinition | undefined> {
  const [row] = await tx.select().from(procedureVersions).where(and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.version, version)));
  return row?.definition as FormDefinition | undefined;
}

export async function latestVersion(tx: Queryable, procedureId: string): Promise<{ version: number; definition: FormDefinition } | undefined> {
  const [top] = await tx.select({ version: max(procedureVersions.version) }).from(procedureVersions).where(eq(procedureVersions.procedureId, procedureId));
  if (!top?.version) return undefined;
  const definition = await definitionAt(tx, procedureId, top.version);
  return definition ? { version: top.version, definition } : undefined;
}

/** Creates the procedure if needed and stores the definition as its next version (not yet published). */
export async function saveProcedureVersion(tx: Queryable, municipalityCode: string, definition: FormDefinition, createdBy: string | null, position = 0): Promise<{ procedureId: string; version: number }> {
  const parsed = formDefinitionSchema.parse(definition);
  let procedure = await findProcedureBySlug(tx, parsed.id);
  if (!procedure) [procedure] = await tx.insert(procedures).values({ municipalityCode, slug: parsed.id, position }).returning();
  const latest = await latestVersion(tx, procedure!.id);
  const version = (latest?.version ?? 0) + 1;
  await tx.insert(procedureVersions).values({ municipalityCode, procedureId: procedure!.id, version, definition: parsed, createdBy });
  return { procedureId: procedure!.id, version };
}

export async function setPublishedVersion(tx: Queryable, procedureId: string, version: number | null): Promise<void> {
  await tx.update(procedures).set({ publishedVersion: version }).where(eq(procedures.id, procedureId));
}

/** An admin saves a new version from the editor; residents see it only once it is published. */
export async function editProcedure(tx: Queryable, actor: StaffActor, definition: FormDefinition): Promise<{ procedureId: string; version: number }> {
  authorize(actor, 'procedure.edit', { municipalityCode: actor.municipalityCode });
  const saved = await saveProcedureVersion(tx, actor.municipalityCode, definition, actor.id);
  await recordAudit(tx, { municipalityCode: actor.municipalityCode, actorType: 'staff', actorId: actor.id, action: 'procedure.save_version', target: definition.id, detail: { version: saved.version } });
  return saved;
}

export async function publishProcedure(tx: Queryable, actor: StaffActor, procedureId: string, version: number | null): Promise<void> {
  authorize(actor, 'procedure.edit', { municipalityCode: actor.municipalityCode });
  if (version !== null && !(await definitionAt(tx, procedureId, version))) throw new Error(`no version ${version}`);
  await setPublishedVersion(tx, procedureId, version);
  await recordAudit(tx, { municipalityCode: actor.municipalityCode, actorType: 'staff', actorId: actor.id, action: version === null ? 'procedure.unpublish' : 'procedure.publish', target: procedureId, detail: { version } });
}

export interface ProcedureOverview {
  procedure: ProcedureRow;
  latest: { version: number; definition: FormDefinition; createdAt: Date };
}

/** Every procedure with its newest version, published or not: the editor's list. */
export async function listProcedureOverviews(tx: Queryable): Promise<ProcedureOverview[]> {
  const newest = sql`(select max(v.version) from procedure_versions v where v.procedure_id = ${procedures.id})`;
  const rows = await tx
    .select({ procedure: procedures, version: procedureVersions })
    .from(procedures)
    .innerJoin(procedureVersions, and(eq(procedureVersions.procedureId, procedures.id), eq(procedureVersions.version, newest)))
    .orderBy(asc(procedures.position));
  return rows.map((row) => ({ procedure: row.procedure, latest: { version: row.version.version, definition: row.version.definition as FormDefinition, createdAt: row.version.createdAt } }));
}

export async function listVersions(tx: Queryable, procedureId: string): Promise<{ version: number; createdAt: Date; createdBy: string | null; title: string }[]> {
  const rows = await tx.select().from(procedureVersions).where(eq(procedureVersions.procedureId, procedureId)).orderBy(asc(procedureVersions.version));
  return rows.map((row) => ({ version: row.version, createdAt: row.createdAt, createdBy: row.createdBy, title: (row.definition as FormDefinition).title })).reverse();
}
