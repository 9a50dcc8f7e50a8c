import { parseQuery, type QueryTerm } from '../platform/search/query.ts';
import { prepareFields, scoreFields, type SearchField } from '../platform/search/score.ts';
import { procedureSynonyms, searchTexts, type SearchFieldName } from './search-index.ts';
import type { PublishedProcedure } from './service.ts';

/** Titles first: a hit in the name a resident reads counts most, one in the fine print least. */
const WEIGHTS: Record<SearchFieldName, number> = { plainTitle: 10, title: 10, keywords: 6, related: 4, summary: 3, body: 1 };

function fieldsOf(item: PublishedProcedure): SearchField[] {
  const texts = searchTexts(item.definition);
  return (Object.keys(WEIGHTS) as SearchFieldName[]).map((name) => ({ text: texts[name], reading: item.searchIndex?.readings[name], weight: WEIGHTS[name] }));
}

/** True when the query has a word that can only be found by its reading (じどうてあて, risai). */
export function needsReadings(query: string): boolean {
  return parseQuery(query, procedureSynonyms).some((term: QueryTerm) => term.readings.length > 0);
}

/**
 * The procedures that match every word of the query (as written, by a synonym, or by reading),
 * best first; in catalog order when there is no query.
 */
export function searchProcedures(list: PublishedProcedure[], query: string, category?: string): PublishedProcedure[] {
  const inCategory = category ? list.filter(({ definition }) => definition.category === category) : list;
  const terms = parseQuery(query, procedureSynonyms);
  if (terms.length === 0) return inCategory;
  return inCategory
    .map((item, position) => ({ item, position, score: scoreFields(prepareFields(fieldsOf(item)), terms) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map((hit) => hit.item);
}

/** よく使う手続き: the ones the town marks as featured, in catalog order. */
export function featuredProcedures(list: PublishedProcedure[]): PublishedProcedure[] {
  return list.filter(({ definition }) => definition.featured);
}
