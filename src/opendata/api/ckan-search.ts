import type { CatalogEntry } from '../catalog.ts';
import { FACET_FIELDS, searchCatalog, type FacetField, type Sort } from '../catalog-search.ts';
import { categoryLabel, frequencyLabel, licenceOf } from '../labels.ts';
import { invalid } from './ckan-errors.ts';
import { MAX_ROWS, RELEVANCE_SORT, type PackageSearchParams } from './ckan-params.ts';
import { mergeFilters, parseQuery } from './ckan-query.ts';
import type { CkanSearchResult } from './ckan-schemas.ts';
import { packageDict, type ShapeContext } from './ckan-shapes.ts';

const isFacetField = (name: string): name is FacetField => (FACET_FIELDS as readonly string[]).includes(name);

/** `facet.field` arrives as a JSON array in text (GET, and CKAN's own clients) or as an array (POST JSON). */
function facetFieldsOf(value: PackageSearchParams['facet.field']): FacetField[] {
  let fields: unknown = value ?? [];
  if (typeof fields === 'string') {
    try {
      fields = JSON.parse(fields);
    } catch {
      throw invalid({ 'facet.field': ['Must be a JSON list of field names, e.g. ["groups","tags"]'] });
    }
  }
  if (!Array.isArray(fields) || !fields.every((field) => typeof field === 'string')) throw invalid({ 'facet.field': ['Must be a list of strings'] });
  const unknown = fields.filter((field) => !isFacetField(field));
  if (unknown.length > 0) throw invalid({ 'facet.field': [`Unknown field: ${unknown.join(', ')}. Known: ${FACET_FIELDS.join(', ')}`] });
  return fields as FacetField[];
}

/** How a facet value is shown: CKAN gives titles for groups, organizations and licences. */
function displayNames(entries: readonly CatalogEntry[]): (field: FacetField, value: string) => string {
  const departments = new Map(entries.map((entry) => [entry.dataset.departmentCode, entry.departmentName]));
  const standards = new Map(entries.map((entry) => [entry.dataset.standard ?? '', entry.standardTitle ?? '']));
  return (field, value) => {
    switch (field) {
      case 'groups':
        return categoryLabel(value);
      case 'organization':
        return departments.get(value) || value;
      case 'license_id':
        return licenceOf(value).title;
      case 'frequency':
        return frequencyLabel(value);
      case 'standard':
        return standards.get(value) || value;
      default:
        return value;
    }
  };
}

function facetsOf(
  counted: Record<FacetField, Map<string, number>>,
  fields: FacetField[],
  params: PackageSearchParams,
  display: (field: FacetField, value: string) => string,
): Pick<CkanSearchResult, 'facets' | 'search_facets'> {
  const facets: CkanSearchResult['facets'] = {};
  const searchFacets: CkanSearchResult['search_facets'] = {};
  for (const field of fields) {
    const limit = params['facet.limit'] < 0 ? Infinity : params['facet.limit'];
    const values = [...counted[field]]
      .filter(([, count]) => count >= params['facet.mincount'])
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'ja'))
      .slice(0, limit);
    facets[field] = Object.fromEntries(values);
    searchFacets[field] = { title: field, items: values.map(([name, count]) => ({ name, display_name: display(field, name), count })) };
  }
  return { facets, search_facets: searchFacets };
}

/** package_search over the in-memory catalog, with CKAN's parameters and answer. */
export function packageSearch(entries: readonly CatalogEntry[], params: PackageSearchParams, shape: ShapeContext): CkanSearchResult {
  const q = parseQuery(params.q);
  const fq = parseQuery(params.fq);
  if (fq.unknown.length > 0) throw invalid({ fq: [`Unknown field: ${fq.unknown.map((term) => term.field).join(', ')}. Known: ${FACET_FIELDS.join(', ')}`] });
  const fields = facetFieldsOf(params['facet.field']);
  const found = searchCatalog(entries, {
    q: [...q.words, ...q.unknown.map((term) => term.term), ...fq.words].join(' '),
    filters: mergeFilters(q.filters, fq.filters),
    sort: params.sort === RELEVANCE_SORT ? 'metadata_modified desc' : (params.sort as Sort),
    start: params.start,
    rows: Math.min(params.rows, MAX_ROWS),
  });
  return {
    count: found.count,
    sort: params.sort,
    ...facetsOf(found.facets, fields, params, displayNames(entries)),
    results: found.results.map((entry) => packageDict(entry, shape)),
  };
}
