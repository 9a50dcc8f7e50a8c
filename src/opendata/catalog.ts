import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { departmentsByCode } from '../platform/identity/departments.ts';
import { datasets, datasetVersions, type DatasetRow } from './schema.ts';
import { findStandard } from './standards/datasets.ts';
import type { ColumnSpec } from './standards/types.ts';

export type FileFormat = 'csv' | 'json' | 'geojson' | 'xlsx';

export interface VersionSummary {
  version: number;
  rowCount: number;
  columns: string[];
  publishedAt: Date;
  note: string;
}

/** A published dataset as the catalog, the API and DCAT show it: no rows, so the whole catalog fits in memory. */
export interface CatalogEntry {
  dataset: DatasetRow;
  departmentName: string;
  standardTitle?: string;
  /** Column descriptions: the standard's, or the town's own for a non-standard dataset. */
  columnSpecs: readonly ColumnSpec[];
  geographic: boolean;
  formats: FileFormat[];
  latest: VersionSummary;
}

/** Every published dataset of the tenant, newest changes first. */
export async function loadCatalog(tx: Queryable): Promise<CatalogEntry[]> {
  const rows = await tx
    .select({
      dataset: datasets,
      version: datasetVersions.version,
      rowCount: datasetVersions.rowCount,
      columns: datasetVersions.columns,
      publishedAt: datasetVersions.publishedAt,
      note: datasetVersions.note,
    })
    .from(datasets)
    .innerJoin(datasetVersions, and(eq(datasetVersions.datasetId, datasets.id), eq(datasetVersions.version, datasets.publishedVersion)))
    .where(isNotNull(datasets.publishedVersion))
    .orderBy(desc(datasets.modifiedAt), datasets.slug);
  const departments = await departmentsByCode(tx);
  return rows.map((row) => catalogEntryOf(row.dataset, departments.get(row.dataset.departmentCode)?.nameJa ?? '', {
    version: row.version,
    rowCount: row.rowCount,
    columns: row.columns,
    publishedAt: row.publishedAt,
    note: row.note,
  }));
}

export function catalogEntryOf(dataset: DatasetRow, departmentName: string, latest: VersionSummary): CatalogEntry {
  const standard = dataset.standard ? findStandard(dataset.standard) : undefined;
  const columnSpecs = standard?.columns ?? dataset.customColumns ?? [];
  const geographic = latest.columns.includes('緯度') && latest.columns.includes('経度');
  const formats: FileFormat[] = geographic ? ['csv', 'json', 'geojson', 'xlsx'] : ['csv', 'json', 'xlsx'];
  return { dataset, departmentName, standardTitle: standard?.title, columnSpecs, geographic, formats, latest };
}

/** The standard file name without extension: `{code}_{slug}`, as the national standard names files. */
export function fileStem(dataset: Pick<DatasetRow, 'municipalityCode' | 'slug'>): string {
  return `${dataset.municipalityCode}_${dataset.slug}`;
}

/** Version history of one dataset, newest first. */
export async function listVersions(tx: Queryable, datasetId: string): Promise<VersionSummary[]> {
  return tx
    .select({ version: datasetVersions.version, rowCount: datasetVersions.rowCount, columns: datasetVersions.columns, publishedAt: datasetVersions.publishedAt, note: datasetVersions.note })
    .from(datasetVersions)
    .where(eq(datasetVersions.datasetId, datasetId))
    .orderBy(desc(datasetVersions.version));
}

export interface VersionTable {
  dataset: DatasetRow;
  version: number;
  columns: string[];
  rows: string[][];
  publishedAt: Date;
}

/** The rows of a dataset's version (the published one when version is undefined). */
export async function loadVersionTable(tx: Queryable, slug: string, version?: number): Promise<VersionTable | undefined> {
  const [dataset] = await tx.select().from(datasets).where(eq(datasets.slug, slug));
  const wanted = version ?? dataset?.publishedVersion ?? undefined;
  if (!dataset || wanted === undefined || dataset.publishedVersion === null) return undefined;
  const [row] = await tx
    .select({ columns: datasetVersions.columns, rows: datasetVersions.rows, publishedAt: datasetVersions.publishedAt })
    .from(datasetVersions)
    .where(and(eq(datasetVersions.datasetId, dataset.id), eq(datasetVersions.version, wanted)));
  return row ? { dataset, version: wanted, ...row } : undefined;
}
