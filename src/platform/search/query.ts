import { isKanaOnly, looseReading, normalizeForSearch } from './normalize.ts';
import { romajiToHiragana } from './romaji.ts';
import type { Synonyms } from './synonyms.ts';

/** One word of a query in the forms it can be found in: written forms, and readings to compare with readings. */
export interface QueryTerm {
  /** As typed (normalised), plus its synonyms. */
  text: string[];
  /** Loose readings (see looseReading): for a word in kana or rōmaji. */
  readings: string[];
}

const JOINER = /(?<=[\p{Script=Han}\p{Script=Katakana}ー々])[のをにでとやへ](?=[\p{Script=Han}\p{Script=Katakana}])/u;

/**
 * The words of a query: split at spaces, and at a particle between words in kanji or katakana
 * (児童手当の申請 → 児童手当, 申請), since people type Japanese without spaces.
 */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/[\s、，,。]+/u)
    .flatMap((word) => word.split(JOINER))
    .filter((word) => normalizeForSearch(word) !== '');
}

export function parseQuery(query: string, synonyms?: Synonyms): QueryTerm[] {
  return queryWords(query).map((word) => {
    const typed = normalizeForSearch(word);
    const text = [typed, ...(synonyms?.variants(typed) ?? [])];
    const kana = [...text.filter(isKanaOnly), romajiToHiragana(word)].filter((form): form is string => !!form && form.length >= 2);
    return { text, readings: [...new Set(kana.map(looseReading))] };
  });
}
