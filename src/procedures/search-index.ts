import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { MUNICIPAL_SYNONYMS } from '../platform/search/municipal-synonyms.ts';
import { readingsOf } from '../platform/search/readings.ts';
import { createSynonyms } from '../platform/search/synonyms.ts';
import type { FormDefinition } from '../forms/form-definition.ts';
import { procedures, procedureVersions } from './schema.ts';

/** Raise when the fields, the synonyms or the way readings are made change: older indexes are then rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

export const procedureSynonyms = createSynonyms(MUNICIPAL_SYNONYMS);

export const SEARCH_FIELDS = ['plainTitle', 'title', 'keywords', 'related', 'summary', 'body'] as const;
export type SearchFieldName = (typeof SEARCH_FIELDS)[number];

/** What a procedure version can be found by, stored with it: the reading of each field's text. */
export interface ProcedureSearchIndex {
  v: number;
  readings: Partial<Record<SearchFieldName, string>>;
}

/** The texts of a definition that the catalog search looks in, by field. */
export function searchTexts(definition: FormDefinition): Record<SearchFieldName, string> {
  const own = [definition.title, definition.plainTitle ?? '', ...(definition.keywords ?? []), definition.summary].join(' ');
  return {
    plainTitle: definition.plainTitle ?? '',
    title: definition.title,
    keywords: (definition.keywords ?? []).join(' '),
    related: procedureSynonyms.related(own).join(' '),
    summary: definition.summary,
    body: [definition.audience, ...definition.bring].join(' '),
  };
}

/** Reads every field of each definition (in one batch: the dictionary is loaded once). */
export async function buildSearchIndexes(definitions: FormDefinition[]): Promise<ProcedureSearchIndex[]> {
  const texts = definitions.map(searchTexts);
  const flat = texts.flatMap((fields) => SEARCH_FIELDS.map((name) => fields[name]));
  const readings = await readingsOf(flat);
  return texts.map((_, index) => ({
    v: SEARCH_INDEX_VERSION,
    readings: Object.fromEntries(SEARCH_FIELDS.map((name, f) => [name, readings[index * SEARCH_FIELDS.length + f] ?? ''])),
  }));
}

export function isCurrentIndex(value: unknown): value is ProcedureSearchIndex {
  return typeof value === 'object' && value !== null && (value as ProcedureSearchIndex).v === SEARCH_INDEX_VERSION;
}

/**
 * Computes the readings of the published versions that have none (or an old kind) and stores them.
 * The dictionary work happens outside any transaction, so the database is not held meanwhile.
 * Returns how many versions were indexed.
 */
export async function indexPublishedVersions(db: Queryable, municipalityCode: string): Promise<number> {
  const stale = await withTenant(db, municipalityCode, (tx) =>
    tx
      .select({ procedureId: procedureVersions.procedureId, version: procedureVersions.version, definition: procedureVersions.definition })
      .from(procedureVersions)
      .innerJoin(procedures, and(eq(procedures.id, procedureVersions.procedureId), eq(procedures.publishedVersion, procedureVersions.version)))
      .where(and(isNotNull(procedures.publishedVersion), or(sql`${procedureVersions.searchIndex} is null`, sql`(${procedureVersions.searchIndex}->>'v')::int is distinct from ${SEARCH_INDEX_VERSION}`))),
  );
  if (stale.length === 0) return 0;
  const indexes = await buildSearchIndexes(stale.map((row) => row.definition as FormDefinition));
  await withTenant(db, municipalityCode, async (tx) => {
    for (const [i, row] of stale.entries()) {
      await tx.update(procedureVersions).set({ searchIndex: indexes[i] }).where(and(eq(procedureVersions.procedureId, row.procedureId), eq(procedureVersions.version, row.version)));
    }
  });
  return stale.length;
}

/** The indexing in progress, by database and town. */
const running = new WeakMap<Queryable, Map<string, Promise<number>>>();

/**
 * indexPublishedVersions once at a time per town, started without waiting for it: the catalog
 * calls this when it finds a version without readings, and searches by writing until it is done.
 */
export function indexInBackground(db: Queryable, municipalityCode: string, onError: (error: unknown) => void): Promise<number> {
  const towns = running.get(db) ?? new Map<string, Promise<number>>();
  running.set(db, towns);
  const existing = towns.get(municipalityCode);
  if (existing) return existing;
  const started = indexPublishedVersions(db, municipalityCode)
    .catch((error: unknown) => {
      onError(error);
      return 0;
    })
    .finally(() => towns.delete(municipalityCode));
  towns.set(municipalityCode, started);
  return started;
}
