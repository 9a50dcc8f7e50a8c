import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';

/** A municipality's procedure (手続き); what residents see is its published version. */
export const procedures = pgTable(
  'procedures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    slug: text('slug').notNull(),
    publishedVersion: integer('published_version'),
    /** Catalog order within a category. */
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('procedures_slug_idx').on(table.municipalityCode, table.slug)],
);

/**
 * A procedure's versions. At most one is the working draft (下書き) that the editor changes in
 * place and residents never see; every other version is fixed (a trigger refuses to change its
 * definition), so a draft or application that pinned one keeps exactly what it began with.
 */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    procedureId: uuid('procedure_id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    draft: boolean('draft').notNull().default(false),
    /** Readings of the version's texts for the catalog search (see search-index.ts); null until computed. */
    searchIndex: jsonb('search_index'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.procedureId, table.version] }), uniqueIndex('procedure_versions_one_draft_idx').on(table.procedureId).where(sql`${table.draft}`)],
);

/** A resident's (or a counter clerk's) application in progress, saved on every page. */
export const applicationDrafts = pgTable(
  'application_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    procedureId: uuid('procedure_id').notNull(),
    version: integer('version').notNull(),
    residentId: uuid('resident_id'),
    counterStaffId: uuid('counter_staff_id'),
    /** A resident's answer to a correction request (補正): the application whose answers it changes. */
    correctionOf: uuid('correction_of'),
    answers: jsonb('answers').notNull().default({}),
    /** File name, type and storage key of attachments already sanitised, by attachment id. */
    files: jsonb('files').notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('application_drafts_resident_idx').on(table.residentId), index('application_drafts_expires_idx').on(table.expiresAt)],
);

export type ProcedureRow = typeof procedures.$inferSelect;
export type ProcedureVersionRow = typeof procedureVersions.$inferSelect;
export type ApplicationDraftRow = typeof applicationDrafts.$inferSelect;
