import { foldForSearch, searchWords } from '../platform/text/fold-for-search.ts';
import type { CatalogEntry } from './catalog.ts';
import { FORMAT_LABELS } from './labels.ts';

/** The facets residents filter by on the catalog page, named as CKAN names them where CKAN has one. */
export const FACET_FIELDS = ['groups', 'tags', 'res_format', 'organization', 'frequency', 'standard', 'license_id'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export const SORTS = ['metadata_modified desc', 'metadata_modified asc', 'metadata_created desc', 'metadata_created asc', 'title_string asc', 'title_string desc', 'name asc', 'name desc'] as const;
export type Sort = (typeof SORTS)[number];

export interface CatalogQuery {
  q: string;
  /** Every listed value must match (AND), as CKAN's fq does. */
  filters: Partial<Record<FacetField, string[]>>;
  sort: Sort;
  start: number;
  rows: number;
}

export interface CatalogSearchResult {
  count: number;
  results: CatalogEntry[];
  /** For each facet field: value → number of matching datasets. */
  facets: Record<FacetField, Map<string, number>>;
}

export function facetValues(entry: CatalogEntry, field: FacetField): string[] {
  const { dataset } = entry;
  switch (field) {
    case 'groups':
      return [dataset.category];
    case 'tags':
      return dataset.keywords;
    case 'res_format':
      return entry.formats.map((format) => FORMAT_LABELS[format]);
    case 'organization':
      return [dataset.departmentCode];
    case 'frequency':
      return [dataset.updateFrequency];
    case 'standard':
      return dataset.standard ? [dataset.standard] : [];
    case 'license_id':
      return [dataset.licence];
  }
}

function searchableText(entry: CatalogEntry): string {
  const { dataset } = entry;
  return foldForSearch([dataset.title, dataset.description, dataset.slug, entry.departmentName, entry.standardTitle ?? '', ...dataset.keywords, ...entry.latest.columns].join(' '));
}

const folded = new WeakMap<CatalogEntry, string>();

function matches(entry: CatalogEntry, words: string[], filters: CatalogQuery['filters']): boolean {
  for (const [field, wanted] of Object.entries(filters) as [FacetField, string[]][]) {
    const values = facetValues(entry, field).map((value) => value.toLowerCase());
    if (!wanted.every((value) => values.includes(value.toLowerCase()))) return false;
  }
  if (words.length === 0) return true;
  let text = folded.get(entry);
  if (text === undefined) folded.set(entry, (text = searchableText(entry)));
  return words.every((word) => text.includes(word));
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'ja');
const time = (date: Date | null) => date?.getTime() ?? 0;

function comparator(sort: Sort): (a: CatalogEntry, b: CatalogEntry) => number {
  const [field, direction] = sort.split(' ') as [string, 'asc' | 'desc'];
  const sign = direction === 'asc' ? 1 : -1;
  const by: Record<string, (a: CatalogEntry, b: CatalogEntry) => number> = {
    metadata_modified: (a, b) => time(a.dataset.modifiedAt) - time(b.dataset.modifiedAt),
    metadata_created: (a, b) => time(a.dataset.issuedAt) - time(b.dataset.issuedAt),
    title_string: (a, b) => compareText(a.dataset.title, b.dataset.title),
    name: (a, b) => compareText(a.dataset.slug, b.dataset.slug),
  };
  return (a, b) => sign * by[field]!(a, b) || compareText(a.dataset.slug, b.dataset.slug);
}

/** Search, filter, count facets and page through the catalog in memory (a town has hundreds of datasets, not millions). */
export function searchCatalog(entries: readonly CatalogEntry[], query: CatalogQuery): CatalogSearchResult {
  const words = searchWords(query.q);
  const found = entries.filter((entry) => matches(entry, words, query.filters)).sort(comparator(query.sort));
  const facets = Object.fromEntries(FACET_FIELDS.map((field) => [field, new Map<string, number>()])) as CatalogSearchResult['facets'];
  for (const entry of found) {
    for (const field of FACET_FIELDS) {
      for (const value of new Set(facetValues(entry, field))) facets[field].set(value, (facets[field].get(value) ?? 0) + 1);
    }
  }
  return { count: found.length, results: found.slice(query.start, query.start + query.rows), facets };
}
