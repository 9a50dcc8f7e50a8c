import type { PublishedProcedure } from './service.ts';

/** Folds what people type into one form: full/half width, katakana to hiragana, no spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! - 0x60))
    .replace(/[\s・、。（）()「」]/gu, '');
}

/** Every word of the query must appear in the procedure's title, summary, audience or what to bring. */
export function searchProcedures(list: PublishedProcedure[], query: string, category?: string): PublishedProcedure[] {
  const words = query.normalize('NFKC').split(/\s+/u).map(foldForSearch).filter(Boolean);
  return list.filter(({ definition }) => {
    if (category && definition.category !== category) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch([definition.title, definition.summary, definition.audience, ...definition.bring].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
