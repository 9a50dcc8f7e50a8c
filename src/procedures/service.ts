import { and, asc, desc, eq, isNotNull, max, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { authorize, type StaffActor } from '../platform/identity/staff-policy.ts';
import { formDefinitionSchema, type FormDefinition } from '../forms/form-definition.ts';
import { answerKeys } from './answer-keys.ts';
import { procedures, procedureVersions, type ProcedureRow } from './schema.ts';
import { isCurrentIndex, type ProcedureSearchIndex } from './search-index.ts';

export interface PublishedProcedure {
  procedure: ProcedureRow;
  version: number;
  definition: FormDefinition;
  /** Readings for the catalog search; undefined until computed (search then goes by the written text). */
  searchIndex?: ProcedureSearchIndex;
}

/** The catalog: every procedure with a published version, in catalog order (or only the one with this slug). */
export async function listPublishedProcedures(tx: Queryable, slug?: string): Promise<PublishedProcedure[]> {
  const rows = await tx
    .select({ procedure: procedures, definition: procedureVersions.definition, searchIndex: procedureVersions.searchIndex })
    .from(procedures)
    .innerJoin(procedureVersions, and(eq(procedureVersions.procedureId, procedures.id), eq(procedureVersions.version, procedures.publishedVersion), eq(procedureVersions.draft, false)))
    .where(and(isNotNull(procedures.publishedVersion), slug === undefined ? undefined : eq(procedures.slug, slug)))
    .orderBy(asc(procedures.position));
  return rows.map((row) => ({
    procedure: row.procedure,
    version: row.procedure.publishedVersion!,
    definition: row.definition as FormDefinition,
    searchIndex: isCurrentIndex(row.searchIndex) ? row.searchIndex : undefined,
  }));
}

export async function findPublishedProcedure(tx: Queryable, slug: string): Promise<PublishedProcedure | undefined> {
  const [found] = await listPublishedProcedures(tx, slug);
  return found;
}

export async function findProcedureBySlug(tx: Queryable, slug: string): Promise<ProcedureRow | undefined> {
  const [row] = await tx.select().from(procedures).where(eq(procedures.slug, slug));
  return row;
}

/** The procedure, locked until the transaction ends: changes, publishing and discarding of one procedure take turns. */
export async function lockProcedure(tx: Queryable, slug: string): Promise<ProcedureRow | undefined> {
  const [row] = await tx.select().from(procedures).where(eq(procedures.slug, slug)).for('update');
  return row;
}

/** The exact version an application was started with (or, for the editor's preview, any version). */
export async function definitionAt(tx: Queryable, procedureId: string, version: number): Promise<FormDefinition | undefined> {
  const [row] = await tx.select().from(procedureVersions).where(and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.version, version)));
  return row?.definition as FormDefinition | undefined;
}

/** The newest fixed version (what exports and the case side go by); the draft only while nothing else exists. */
export async function latestVersion(tx: Queryable, procedureId: string): Promise<{ version: number; definition: FormDefinition } | undefined> {
  const [row] = await tx.select().from(procedureVersions).where(eq(procedureVersions.procedureId, procedureId)).orderBy(asc(procedureVersions.draft), desc(procedureVersions.version)).limit(1);
  return row ? { version: row.version, definition: row.definition as FormDefinition } : undefined;
}

interface StoreTarget {
  municipalityCode: string;
  procedureId: string;
  version: number;
  by: string | null;
  /** A new fixed version, a new draft, or the existing draft changed in place. */
  as: 'fixed' | 'new-draft' | 'draft';
}

/**
 * Every definition that is stored passes here, from the seed, the form editor and the JSON view:
 * checked by the schema, then written as a new version or over the working draft.
 */
export async function storeDefinition(tx: Queryable, target: StoreTarget, definition: FormDefinition): Promise<FormDefinition> {
  const parsed = formDefinitionSchema.parse(definition);
  if (target.as === 'draft') {
    const changed = await tx
      .update(procedureVersions)
      .set({ definition: parsed, updatedBy: target.by, updatedAt: new Date() })
      .where(and(eq(procedureVersions.procedureId, target.procedureId), eq(procedureVersions.version, target.version), eq(procedureVersions.draft, true)))
      .returning({ version: procedureVersions.version });
    if (changed.length !== 1) throw new Error(`version ${target.version} is not a draft`);
  } else {
    await tx.insert(procedureVersions).values({ municipalityCode: target.municipalityCode, procedureId: target.procedureId, version: target.version, definition: parsed, draft: target.as === 'new-draft', createdBy: target.by, updatedBy: target.by });
  }
  return parsed;
}

async function ensureProcedure(tx: Queryable, municipalityCode: string, slug: string, position?: number): Promise<ProcedureRow> {
  const found = await findProcedureBySlug(tx, slug);
  if (found) return found;
  const [last] = await tx.select({ position: max(procedures.position) }).from(procedures);
  const [created] = await tx.insert(procedures).values({ municipalityCode, slug, position: position ?? (last?.position ?? -1) + 1 }).returning();
  return created!;
}

async function nextVersion(tx: Queryable, procedureId: string): Promise<number> {
  const [top] = await tx.select({ version: max(procedureVersions.version) }).from(procedureVersions).where(eq(procedureVersions.procedureId, procedureId));
  return (top?.version ?? 0) + 1;
}

/** Creates the procedure if needed and stores the definition as its next, fixed version (the seed publishes it). */
export async function saveProcedureVersion(tx: Queryable, municipalityCode: string, definition: FormDefinition, createdBy: string | null, position = 0): Promise<{ procedureId: string; version: number }> {
  const procedure = await ensureProcedure(tx, municipalityCode, definition.id, position);
  const version = await nextVersion(tx, procedure.id);
  await storeDefinition(tx, { municipalityCode, procedureId: procedure.id, version, by: createdBy, as: 'fixed' }, definition);
  return { procedureId: procedure.id, version };
}

/** Publishes a version (fixing it for good if it was the draft), or unpublishes with null. */
export async function setPublishedVersion(tx: Queryable, procedureId: string, version: number | null): Promise<void> {
  if (version !== null) await tx.update(procedureVersions).set({ draft: false }).where(and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.version, version)));
  await tx.update(procedures).set({ publishedVersion: version }).where(eq(procedures.id, procedureId));
}

export interface DraftVersion {
  version: number;
  definition: FormDefinition;
  updatedAt: Date;
  updatedBy: string | null;
}

export async function findDraftVersion(tx: Queryable, procedureId: string): Promise<DraftVersion | undefined> {
  const [row] = await tx.select().from(procedureVersions).where(and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.draft, true)));
  return row ? { version: row.version, definition: row.definition as FormDefinition, updatedAt: row.updatedAt, updatedBy: row.updatedBy } : undefined;
}

/** What the editor works on: the draft, or else the version a new draft would be copied from (the published one first). */
export async function editingBase(tx: Queryable, procedure: ProcedureRow): Promise<{ version: number; definition: FormDefinition; draft: boolean } | undefined> {
  const draft = await findDraftVersion(tx, procedure.id);
  if (draft) return { version: draft.version, definition: draft.definition, draft: true };
  const published = procedure.publishedVersion === null ? undefined : await definitionAt(tx, procedure.id, procedure.publishedVersion);
  if (published) return { version: procedure.publishedVersion!, definition: published, draft: false };
  const newest = await latestVersion(tx, procedure.id);
  return newest ? { ...newest, draft: false } : undefined;
}

/**
 * An admin's change from the editor: it goes into the procedure's one draft, changed in place, or
 * a new draft when there is none (a new procedure gets one too). Residents see it once published.
 */
export async function editProcedure(tx: Queryable, actor: StaffActor, definition: FormDefinition): Promise<{ procedureId: string; version: number; created: boolean }> {
  authorize(actor, 'procedure.edit', { municipalityCode: actor.municipalityCode });
  const procedure = await ensureProcedure(tx, actor.municipalityCode, definition.id);
  const draft = await findDraftVersion(tx, procedure.id);
  const version = draft?.version ?? (await nextVersion(tx, procedure.id));
  await storeDefinition(tx, { municipalityCode: actor.municipalityCode, procedureId: procedure.id, version, by: actor.id, as: draft ? 'draft' : 'new-draft' }, definition);
  await recordAudit(tx, { municipalityCode: actor.municipalityCode, actorType: 'staff', actorId: actor.id, action: draft ? 'procedure.edit_draft' : 'procedure.start_draft', target: definition.id, detail: { version } });
  return { procedureId: procedure.id, version, created: !draft };
}

export async function publishProcedure(tx: Queryable, actor: StaffActor, procedureId: string, version: number | null): Promise<void> {
  authorize(actor, 'procedure.edit', { municipalityCode: actor.municipalityCode });
  if (version !== null && !(await definitionAt(tx, procedureId, version))) throw new Error(`no version ${version}`);
  await setPublishedVersion(tx, procedureId, version);
  await recordAudit(tx, { municipalityCode: actor.municipalityCode, actorType: 'staff', actorId: actor.id, action: version === null ? 'procedure.unpublish' : 'procedure.publish', target: procedureId, detail: { version } });
}

/** Throws the draft away; a procedure that never had another version goes with it. Returns whether the procedure remains. */
export async function discardDraft(tx: Queryable, actor: StaffActor, procedure: ProcedureRow): Promise<boolean> {
  authorize(actor, 'procedure.edit', { municipalityCode: actor.municipalityCode });
  const draft = await findDraftVersion(tx, procedure.id);
  if (!draft) return true;
  await tx.delete(procedureVersions).where(and(eq(procedureVersions.procedureId, procedure.id), eq(procedureVersions.version, draft.version), eq(procedureVersions.draft, true)));
  const remains = (await latestVersion(tx, procedure.id)) !== undefined;
  if (!remains) await tx.delete(procedures).where(eq(procedures.id, procedure.id));
  await recordAudit(tx, { municipalityCode: actor.municipalityCode, actorType: 'staff', actorId: actor.id, action: 'procedure.discard_draft', target: procedure.slug, detail: { version: draft.version } });
  return remains;
}

export interface ProcedureOverview {
  procedure: ProcedureRow;
  /** The newest version: the draft when there is one. */
  latest: { version: number; definition: FormDefinition; updatedAt: Date; draft: boolean };
}

/** Every procedure with its newest version, published or not: the editor's list. */
export async function listProcedureOverviews(tx: Queryable): Promise<ProcedureOverview[]> {
  const newest = sql`(select max(v.version) from procedure_versions v where v.procedure_id = ${procedures.id})`;
  const rows = await tx
    .select({ procedure: procedures, version: procedureVersions })
    .from(procedures)
    .innerJoin(procedureVersions, and(eq(procedureVersions.procedureId, procedures.id), eq(procedureVersions.version, newest)))
    .orderBy(asc(procedures.position));
  return rows.map((row) => ({ procedure: row.procedure, latest: { version: row.version.version, definition: row.version.definition as FormDefinition, updatedAt: row.version.updatedAt, draft: row.version.draft } }));
}

/** The legal title of every procedure by its id and by its slug, for naming audit targets. */
export async function procedureTitlesByIdAndSlug(tx: Queryable): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const { procedure, latest } of await listProcedureOverviews(tx)) {
    names.set(procedure.id, latest.definition.title);
    names.set(procedure.slug, latest.definition.title);
  }
  return names;
}

export interface VersionSummary {
  version: number;
  draft: boolean;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string | null;
  title: string;
}

/** Newest first. */
export async function listVersions(tx: Queryable, procedureId: string): Promise<VersionSummary[]> {
  const rows = await tx.select().from(procedureVersions).where(eq(procedureVersions.procedureId, procedureId)).orderBy(desc(procedureVersions.version));
  return rows.map((row) => ({ version: row.version, draft: row.draft, createdAt: row.createdAt, updatedAt: row.updatedAt, updatedBy: row.updatedBy, title: (row.definition as FormDefinition).title }));
}

/** Answer keys (name, or group.name) that some fixed version used: answers and exports rely on them, so they keep their names. */
export async function fixedFieldKeys(tx: Queryable, procedureId: string): Promise<Set<string>> {
  const rows = await tx.select({ definition: procedureVersions.definition }).from(procedureVersions).where(and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.draft, false)));
  return new Set(rows.flatMap(({ definition }) => [...answerKeys(definition as FormDefinition)]));
}
