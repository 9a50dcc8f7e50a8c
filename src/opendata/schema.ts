import { boolean, doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar, index } from 'drizzle-orm/pg-core';
import type { ColumnSpec } from './standards/types.ts';
import type { FileReading, ImportResult, ImportedTable } from './import/types.ts';

/** A dataset of the catalog; what the public sees is its published version. */
export const datasets = pgTable(
  'datasets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    /** URL name and file-name suffix, e.g. `public_toilet` → `143421_public_toilet.csv`. */
    slug: text('slug').notNull(),
    /** Id of the national standard dataset it follows, or null for the town's own dataset. */
    standard: text('standard'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    keywords: jsonb('keywords').$type<string[]>().notNull().default([]),
    category: text('category').notNull(),
    departmentCode: text('department_code').notNull(),
    updateFrequency: text('update_frequency').notNull(),
    licence: text('licence').notNull().default('CC-BY-4.0'),
    /** Invented for the demo: every page that shows it says so. */
    sample: boolean('sample').notNull().default(false),
    /** Column descriptions of a dataset that follows no standard. */
    customColumns: jsonb('custom_columns').$type<ColumnSpec[]>(),
    publishedVersion: integer('published_version'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    modifiedAt: timestamp('modified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('datasets_slug_idx').on(table.municipalityCode, table.slug)],
);

/** Each publication is a new version; earlier versions stay downloadable. */
export const datasetVersions = pgTable(
  'dataset_versions',
  {
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    datasetId: uuid('dataset_id').notNull(),
    version: integer('version').notNull(),
    columns: jsonb('columns').$type<string[]>().notNull(),
    rows: jsonb('rows').$type<string[][]>().notNull(),
    rowCount: integer('row_count').notNull(),
    sourceFileName: text('source_file_name').notNull(),
    reading: jsonb('reading').$type<FileReading>(),
    note: text('note').notNull().default(''),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.datasetId, table.version] })],
);

/** An uploaded file with its check: kept so the report can be read and downloaded, and published if it passed. */
export const datasetUploads = pgTable(
  'dataset_uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    datasetId: uuid('dataset_id').notNull(),
    fileName: text('file_name').notNull(),
    byteSize: integer('byte_size').notNull(),
    result: jsonb('result').$type<Omit<ImportResult, 'table'>>().notNull(),
    table: jsonb('table').$type<ImportedTable>(),
    /** Version this upload became, once published. */
    publishedVersion: integer('published_version'),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('dataset_uploads_dataset_idx').on(table.datasetId, table.createdAt)],
);

export type DatasetRow = typeof datasets.$inferSelect;
export type DatasetVersionRow = typeof datasetVersions.$inferSelect;
export type DatasetUploadRow = typeof datasetUploads.$inferSelect;

/** The town's districts (大字・地区) with a centre point: residents without location services sort facilities by distance from one. */
export const townDistricts = pgTable(
  'town_districts',
  {
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    name: text('name').notNull(),
    kana: text('kana').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    position: integer('position').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.municipalityCode, table.name] })],
);

export type TownDistrictRow = typeof townDistricts.$inferSelect;
