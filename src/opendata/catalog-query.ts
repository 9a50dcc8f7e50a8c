import { SORTS, type CatalogQuery, type FacetField, type Sort } from './catalog-search.ts';

/** Query-string names of the catalog page's filters and the facet each one filters. */
export const FILTER_PARAMS = {
  category: 'groups',
  tag: 'tags',
  format: 'res_format',
  department: 'organization',
  frequency: 'frequency',
} as const satisfies Record<string, FacetField>;

/** Reads the catalog page's query string; anything unknown or malformed falls back to the default, never an error. */
export function catalogQueryOf(params: Record<string, string | undefined>, pageSize: number): CatalogQuery {
  const filters: CatalogQuery['filters'] = {};
  for (const [name, field] of Object.entries(FILTER_PARAMS)) {
    const value = params[name]?.trim().slice(0, 100);
    if (value) filters[field] = [value];
  }
  const sort = (SORTS as readonly string[]).includes(params.sort ?? '') ? (params.sort as Sort) : 'metadata_modified desc';
  const start = Math.max(0, Math.min(100_000, Number.parseInt(params.start ?? '0', 10) || 0));
  return { q: (params.q ?? '').slice(0, 100), filters, sort, start, rows: pageSize };
}

/** The query string catalogQueryOf reads back as the same query, starting at another row (for the pager). */
export function catalogQueryString(query: CatalogQuery, start: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const [name, field] of Object.entries(FILTER_PARAMS)) {
    const value = query.filters[field]?.[0];
    if (value) params.set(name, value);
  }
  if (query.sort !== 'metadata_modified desc') params.set('sort', query.sort);
  if (start > 0) params.set('start', String(start));
  return params.toString();
}
