import { normalizeForSearch } from './normalize.ts';

/**
 * Words people use for the same thing. A list is a group of equals (保育園 = 保育所 = 保育施設);
 * `{ from, to }` is one way: a search for a `from` word also looks for the `to` words
 * (引っ越し finds 転入 and 転出, but 転入 does not find 転出).
 */
export type SynonymEntry = readonly string[] | { readonly from: readonly string[]; readonly to: readonly string[] };

export interface Synonyms {
  /** The normalised term with a known word replaced by each word it also means (the term itself excluded). */
  variants(term: string): string[];
  /** The words a text can also be found by: equals of its words, and the `from` words of its `to` words. */
  related(text: string): string[];
}

interface Rule {
  /** Normalised, longest first, so that 認可保育園 wins over 保育園 inside it. */
  from: string[];
  to: string[];
  /** As written, for related(): the words to add to a text that contains one of `to`. */
  written: readonly string[];
}

function normalizedSet(words: readonly string[]): string[] {
  return [...new Set(words.map(normalizeForSearch).filter(Boolean))].sort((a, b) => b.length - a.length);
}

export function createSynonyms(entries: readonly SynonymEntry[]): Synonyms {
  const rules: Rule[] = entries.map((entry) => {
    if ('from' in entry) return { from: normalizedSet(entry.from), to: normalizedSet(entry.to), written: entry.from };
    const all = normalizedSet(entry as readonly string[]);
    return { from: all, to: all, written: entry as readonly string[] };
  });
  return {
    variants(term) {
      const out = new Set<string>();
      for (const rule of rules) {
        const hit = rule.from.find((word) => term.includes(word));
        if (hit) for (const other of rule.to) out.add(term.replace(hit, other));
      }
      out.delete(term);
      return [...out];
    },
    related(text) {
      const folded = normalizeForSearch(text);
      const out = new Set<string>();
      for (const rule of rules) if (rule.to.some((word) => folded.includes(word))) for (const word of rule.written) out.add(word);
      return [...out];
    },
  };
}
