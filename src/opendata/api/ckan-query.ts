import { FACET_FIELDS, type FacetField } from '../catalog-search.ts';

/** Field names a CKAN client may filter by, with the extras' names as aliases of ours. */
const FIELD_ALIASES: Readonly<Record<string, FacetField>> = {
  ...Object.fromEntries(FACET_FIELDS.map((field) => [field, field])),
  update_frequency: 'frequency',
  conforms_to: 'standard',
};

export type Filters = Partial<Record<FacetField, string[]>>;

export interface ParsedQuery {
  words: string[];
  filters: Filters;
  /** `field:value` terms whose field is not one of ours, as written. */
  unknown: { field: string; term: string }[];
}

const TERM = /^\+?([A-Za-z_][\w.]*):(?:"((?:\\.|[^"\\])*)"|((?:\\.|[^\s\\])+))/u;
const SOLR_ESCAPE = /\\(.)/gu;

/**
 * Reads the Solr-style terms CKAN clients send in q and fq: `field:value`,
 * `field:"quoted value"`, several ANDed (an explicit AND or + changes nothing); other text is
 * words to find. OR, NOT and ranges are not understood and count as words.
 */
export function parseQuery(text: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], filters: {}, unknown: [] };
  let rest = text.trim();
  while (rest.length > 0) {
    const term = TERM.exec(rest);
    if (term) {
      addTerm(parsed, term[0], term[1]!, (term[2] ?? term[3]!).replace(SOLR_ESCAPE, '$1'));
      rest = rest.slice(term[0].length).trimStart();
      continue;
    }
    const word = /^\S+/u.exec(rest)![0];
    if (!isConnective(word)) parsed.words.push(word.replace(/^\+/u, ''));
    rest = rest.slice(word.length).trimStart();
  }
  return parsed;
}

function isConnective(word: string): boolean {
  return word === 'AND' || word === '&&' || word === '*:*' || word === '*';
}

function addTerm(parsed: ParsedQuery, term: string, name: string, value: string): void {
  if (name === 'text') {
    parsed.words.push(value);
    return;
  }
  const field = FIELD_ALIASES[name];
  if (!field) {
    parsed.unknown.push({ field: name, term: term.replace(/^\+/u, '') });
    return;
  }
  if (value === '*') return;
  (parsed.filters[field] ??= []).push(value);
}

/** The filters of both q and fq together: every one must match. */
export function mergeFilters(...all: Filters[]): Filters {
  const merged: Filters = {};
  for (const filters of all) {
    for (const [field, values] of Object.entries(filters) as [FacetField, string[]][]) (merged[field] ??= []).push(...values);
  }
  return merged;
}
