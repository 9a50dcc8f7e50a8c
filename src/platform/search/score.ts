import { looseReading, normalizeForSearch } from './normalize.ts';
import type { QueryTerm } from './query.ts';

/** A part of a document: its text, the reading of that text if known, and how much a hit in it counts. */
export interface SearchField {
  text: string;
  reading?: string;
  weight: number;
}

export interface PreparedField {
  text: string;
  reading: string;
  weight: number;
}

export function prepareFields(fields: SearchField[]): PreparedField[] {
  return fields.map((field) => ({ text: normalizeForSearch(field.text), reading: field.reading ? looseReading(normalizeForSearch(field.reading)) : '', weight: field.weight }));
}

/** A hit by reading counts a little less than the same hit in writing. */
const READING_FACTOR = 0.8;

/**
 * How well a document answers the query: every term must be found in some field (as written, as a
 * synonym, or by its reading); each adds the weight of the best field it is in. 0 is no match.
 */
export function scoreFields(fields: PreparedField[], terms: QueryTerm[]): number {
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const field of fields) {
      if (term.text.some((form) => field.text.includes(form))) best = Math.max(best, field.weight);
      else if (field.reading && term.readings.some((form) => field.reading.includes(form))) best = Math.max(best, field.weight * READING_FACTOR);
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}
