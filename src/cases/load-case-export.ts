import type { Queryable } from '../platform/db/database.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { authorize, can, type StaffActor } from '../platform/identity/staff-policy.ts';
import type { FormDefinition } from '../forms/form-definition.ts';
import type { DefinitionSource } from '../forms/definition-source.ts';
import { departmentsByCode } from '../platform/identity/departments.ts';
import { exportLayout, exportRow, repeatNames, type ExportLayout } from './case-export.ts';
import { attachmentsOfMany, departmentOf, exportBatch, exportRepeatCounts, exportVersionCounts, type ExportCursor, type ExportRange } from './case-queries.ts';

/** What one export will write: its columns and which applications, checked and audited before the first byte. */
export interface ExportPlan {
  layout: ExportLayout;
  range: ExportRange;
}

/**
 * Plans one procedure's export after checking case.export for the procedure's department, and
 * writes the export to the audit trail. undefined: no such procedure.
 */
export async function planCaseExport(tx: Queryable, source: DefinitionSource, actor: StaffActor, request: { slug: string; version?: number; format: 'csv' | 'json' }, now = new Date()): Promise<ExportPlan | undefined> {
  const procedure = await source.procedureBySlug(tx, request.slug);
  if (!procedure) return undefined;
  const latest = await source.latestVersion(tx, procedure.id);
  const department = latest ? await departmentOf(tx, latest.definition.department) : null;
  authorize(actor, 'case.export', { municipalityCode: procedure.municipalityCode, departmentId: department?.id ?? null });
  const range: ExportRange = { municipalityCode: procedure.municipalityCode, procedureId: procedure.id, version: request.version, upTo: now };
  const definitions = new Map<number, FormDefinition>();
  const versionCounts = await exportVersionCounts(tx, range);
  for (const version of new Set([...versionCounts.keys(), request.version ?? latest?.version ?? 0])) {
    const definition = await source.definitionAt(tx, procedure.id, version);
    if (definition) definitions.set(version, definition);
  }
  const repeatCounts = await exportRepeatCounts(tx, range, repeatNames(definitions));
  const count = [...versionCounts.values()].reduce((sum, n) => sum + n, 0);
  await recordAudit(tx, {
    municipalityCode: procedure.municipalityCode,
    actorType: 'staff',
    actorId: actor.id,
    action: 'case.export',
    target: request.slug,
    detail: { format: request.format, count, ...(request.version ? { version: request.version } : {}) },
  });
  return { layout: exportLayout(request.slug, definitions, repeatCounts, now), range };
}

/** The next rows of a planned export after the cursor, with the cursor to continue from (none at the end). */
export async function nextExportRows(tx: Queryable, plan: ExportPlan, after: ExportCursor | undefined, size: number): Promise<{ rows: Record<string, string | null>[]; next?: ExportCursor }> {
  const { rows, last } = await exportBatch(tx, plan.range, after, size);
  const attachments = await attachmentsOfMany(tx, rows.map((a) => a.id));
  return { rows: rows.map((a) => exportRow(plan.layout, a, attachments)), next: rows.length === size ? last : undefined };
}

/** The procedures whose applications this staff member may export, for the inbox's links. */
export async function exportableProcedures(tx: Queryable, source: DefinitionSource, actor: StaffActor): Promise<{ slug: string; title: string }[]> {
  const departments = await departmentsByCode(tx);
  const latest = await source.newestOfEach(tx);
  return latest
    .filter((p) => can(actor, 'case.export', { municipalityCode: actor.municipalityCode, departmentId: departments.get(p.department)?.id ?? null }))
    .sort((a, b) => a.position - b.position)
    .map(({ slug, title }) => ({ slug, title }));
}
