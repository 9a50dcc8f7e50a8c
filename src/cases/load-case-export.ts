import type { Queryable } from '../platform/db/database.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { authorize, can, type StaffActor } from '../platform/identity/staff-policy.ts';
import type { FormDefinition } from '../forms/form-definition.ts';
import type { DefinitionSource } from '../forms/definition-source.ts';
import { departmentsByCode } from '../platform/identity/departments.ts';
import { buildCaseExport, type CaseExport } from './case-export.ts';
import { applicationsOfProcedure, attachmentsOfMany, departmentOf } from './case-queries.ts';

/**
 * Gathers one procedure's applications for export, after checking case.export for the
 * procedure's department, and writes the export to the audit trail. undefined: no such procedure.
 */
export async function loadCaseExport(tx: Queryable, source: DefinitionSource, actor: StaffActor, request: { slug: string; version?: number; format: 'csv' | 'json' }, now = new Date()): Promise<CaseExport | undefined> {
  const procedure = await source.procedureBySlug(tx, request.slug);
  if (!procedure) return undefined;
  const latest = await source.latestVersion(tx, procedure.id);
  const department = latest ? await departmentOf(tx, latest.definition.department) : null;
  authorize(actor, 'case.export', { municipalityCode: procedure.municipalityCode, departmentId: department?.id ?? null });
  const applications = await applicationsOfProcedure(tx, procedure.id, request.version);
  const versions = new Set(applications.map((a) => a.version));
  versions.add(request.version ?? latest?.version ?? 0);
  const definitions = new Map<number, FormDefinition>();
  for (const version of versions) {
    const definition = await source.definitionAt(tx, procedure.id, version);
    if (definition) definitions.set(version, definition);
  }
  const attachments = await attachmentsOfMany(tx, applications.map((a) => a.id));
  await recordAudit(tx, {
    municipalityCode: procedure.municipalityCode,
    actorType: 'staff',
    actorId: actor.id,
    action: 'case.export',
    target: request.slug,
    detail: { format: request.format, count: applications.length, ...(request.version ? { version: request.version } : {}) },
  });
  return buildCaseExport({ slug: request.slug, definitions, applications, attachments, now });
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
