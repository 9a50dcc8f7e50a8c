/** Folds what people type into one form: full/half width, katakana to hiragana, no spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! - 0x60))
    .replace(/[\s・、。（）()「」]/gu, '');
}

/** The words of a query, each folded; empty when nothing was typed. */
export function searchWords(query: string): string[] {
  return query.normalize('NFKC').split(/\s+/u).map(foldForSearch).filter(Boolean);
}
