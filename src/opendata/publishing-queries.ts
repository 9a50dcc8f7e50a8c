import { asc, desc } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { datasets, datasetUploads, type DatasetRow, type DatasetUploadRow } from './schema.ts';

export interface DatasetOverview {
  dataset: DatasetRow;
  lastUpload?: DatasetUploadRow;
}

/** Every dataset of the town, published or not, with its latest upload, for the publisher's list. */
export async function listDatasetOverviews(tx: Queryable): Promise<DatasetOverview[]> {
  const all = await tx.select().from(datasets).orderBy(asc(datasets.title));
  const uploads = await tx
    .selectDistinctOn([datasetUploads.datasetId], { id: datasetUploads.id, datasetId: datasetUploads.datasetId, fileName: datasetUploads.fileName, byteSize: datasetUploads.byteSize, result: datasetUploads.result, publishedVersion: datasetUploads.publishedVersion, uploadedBy: datasetUploads.uploadedBy, createdAt: datasetUploads.createdAt, municipalityCode: datasetUploads.municipalityCode })
    .from(datasetUploads)
    .orderBy(datasetUploads.datasetId, desc(datasetUploads.createdAt));
  const byDataset = new Map(uploads.map((upload) => [upload.datasetId, { ...upload, table: null }]));
  return all.map((dataset) => ({ dataset, lastUpload: byDataset.get(dataset.id) }));
}

export interface PublishingCounts {
  /** Datasets whose latest checked file passed but is not published yet. */
  awaitingPublication: number;
  /** Datasets whose latest checked file has errors to fix. */
  needsFixing: number;
}

/** What a publisher should act on next, for the back office dashboard. */
export async function publishingCounts(tx: Queryable): Promise<PublishingCounts> {
  const overviews = await listDatasetOverviews(tx);
  const latest = overviews.flatMap((o) => (o.lastUpload && !o.lastUpload.publishedVersion ? [o.lastUpload] : []));
  return {
    awaitingPublication: latest.filter((upload) => upload.result.publishable).length,
    needsFixing: latest.filter((upload) => !upload.result.publishable).length,
  };
}
