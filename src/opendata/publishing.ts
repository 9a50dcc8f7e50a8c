import { and, desc, eq, max } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { authorize, type StaffActor } from '../platform/identity/staff-policy.ts';
import type { FileReading, ImportResult, ImportedTable } from './import/types.ts';
import { datasets, datasetUploads, datasetVersions, type DatasetRow, type DatasetUploadRow } from './schema.ts';
import type { ColumnSpec } from './standards/types.ts';

export interface NewDataset {
  slug: string;
  standard: string | null;
  title: string;
  description: string;
  keywords: string[];
  category: string;
  departmentCode: string;
  updateFrequency: string;
  licence?: string;
  sample?: boolean;
  customColumns?: ColumnSpec[] | null;
  issuedAt?: Date;
}

/** A staff member, or the system (the demo seed, the `yakuba opendata import` command). */
export type Publisher = StaffActor | { system: string; municipalityCode: string };

function auditActor(actor: Publisher) {
  return 'system' in actor ? { actorType: 'system' as const, actorId: null } : { actorType: 'staff' as const, actorId: actor.id };
}

function authorizePublisher(actor: Publisher): void {
  if (!('system' in actor)) authorize(actor, 'opendata.publish', { municipalityCode: actor.municipalityCode });
}

export async function createDataset(tx: Queryable, actor: Publisher, input: NewDataset): Promise<DatasetRow> {
  authorizePublisher(actor);
  const [row] = await tx.insert(datasets).values({ ...input, municipalityCode: actor.municipalityCode }).returning();
  await recordAudit(tx, { municipalityCode: actor.municipalityCode, ...auditActor(actor), action: 'opendata.dataset_created', target: `dataset:${row!.id}`, detail: { slug: input.slug } });
  return row!;
}

export async function findDatasetBySlug(tx: Queryable, slug: string): Promise<DatasetRow | undefined> {
  const [row] = await tx.select().from(datasets).where(eq(datasets.slug, slug));
  return row;
}

/** Keeps the checked file and its report; nothing that the public sees changes. */
export async function recordUpload(tx: Queryable, actor: Publisher, dataset: DatasetRow, file: { name: string; size: number }, result: ImportResult): Promise<DatasetUploadRow> {
  authorizePublisher(actor);
  const { table, ...report } = result;
  const uploadedBy = 'system' in actor ? null : actor.id;
  const [row] = await tx
    .insert(datasetUploads)
    .values({ municipalityCode: actor.municipalityCode, datasetId: dataset.id, fileName: file.name, byteSize: file.size, result: report, table: result.publishable ? table : null, uploadedBy })
    .returning();
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const via = 'system' in actor ? { via: actor.system } : {};
  await recordAudit(tx, { municipalityCode: actor.municipalityCode, ...auditActor(actor), action: 'opendata.upload_checked', target: `dataset:${dataset.id}`, detail: { upload: row!.id, fileName: file.name, errors, publishable: result.publishable, ...via } });
  return row!;
}

export async function findUpload(tx: Queryable, datasetId: string, uploadId: string): Promise<DatasetUploadRow | undefined> {
  const [row] = await tx.select().from(datasetUploads).where(and(eq(datasetUploads.id, uploadId), eq(datasetUploads.datasetId, datasetId)));
  return row;
}

export async function listUploads(tx: Queryable, datasetId: string, limit = 10): Promise<DatasetUploadRow[]> {
  return tx.select().from(datasetUploads).where(eq(datasetUploads.datasetId, datasetId)).orderBy(desc(datasetUploads.createdAt)).limit(limit);
}

export class NotPublishableError extends Error {}

/**
 * Publishes a checked upload as the dataset's next version. A file with errors was never stored
 * with its table, so it cannot replace the published version; publishing the same upload twice
 * (a retried POST) gives the version it already became.
 */
export async function publishUpload(tx: Queryable, actor: Publisher, dataset: DatasetRow, upload: DatasetUploadRow, note: string): Promise<number> {
  authorizePublisher(actor);
  const [locked] = await tx.select().from(datasetUploads).where(eq(datasetUploads.id, upload.id)).for('update');
  if (locked?.publishedVersion) return locked.publishedVersion;
  if (!locked?.table || !locked.result.publishable) throw new NotPublishableError('upload has errors');
  const version = await publishTable(tx, actor, dataset, locked.table, { sourceFileName: locked.fileName, reading: locked.result.reading ?? null, note });
  await tx.update(datasetUploads).set({ publishedVersion: version }).where(eq(datasetUploads.id, upload.id));
  return version;
}

/** Writes a new version and makes it the published one (also used by the demo seed). */
export async function publishTable(
  tx: Queryable,
  actor: Publisher,
  dataset: DatasetRow,
  table: ImportedTable,
  source: { sourceFileName: string; reading: FileReading | null; note: string; publishedAt?: Date },
): Promise<number> {
  authorizePublisher(actor);
  await tx.select({ id: datasets.id }).from(datasets).where(eq(datasets.id, dataset.id)).for('update');
  const [latest] = await tx.select({ version: max(datasetVersions.version) }).from(datasetVersions).where(eq(datasetVersions.datasetId, dataset.id));
  const version = (latest?.version ?? 0) + 1;
  const publishedAt = source.publishedAt ?? new Date();
  await tx.insert(datasetVersions).values({
    municipalityCode: actor.municipalityCode,
    datasetId: dataset.id,
    version,
    columns: table.columns,
    rows: table.rows,
    rowCount: table.rows.length,
    sourceFileName: source.sourceFileName,
    reading: source.reading,
    note: source.note,
    publishedBy: 'system' in actor ? null : actor.id,
    publishedAt,
  });
  await tx
    .update(datasets)
    .set({ publishedVersion: version, modifiedAt: publishedAt, issuedAt: dataset.issuedAt ?? publishedAt })
    .where(eq(datasets.id, dataset.id));
  await recordAudit(tx, { municipalityCode: actor.municipalityCode, ...auditActor(actor), action: 'opendata.published', target: `dataset:${dataset.id}`, detail: { version, rows: table.rows.length } });
  return version;
}
