/**
 * フリガナ is kept in full-width katakana, whatever the resident's keyboard produced:
 * NFKC turns half-width katakana (ﾆﾉﾐﾔ) into full-width, and hiragana is shifted by 0x60.
 */
export function toFullWidthKatakana(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u3041-\u3096\u309d\u309e]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! + 0x60))
    .replace(/\s+/gu, '\u3000')
    .replace(/^\u3000|\u3000$/gu, '');
}

/** Katakana, the long-vowel mark, the middle dot and full-width spaces between names. */
export function isKatakana(text: string): boolean {
  return /^[\u30a1-\u30fa\u30fc\u30fd\u30fe\u30fb\u3000]+$/u.test(text);
}
