import { isHiragana, toHiragana } from 'wanakana';

/** A word typed in rōmaji (jidouteate, risai) as hiragana; undefined when it is not all rōmaji. */
export function romajiToHiragana(word: string): string | undefined {
  const ascii = word.normalize('NFKC').toLowerCase();
  if (!/^[a-z'-]{2,}$/u.test(ascii)) return undefined;
  const kana = toHiragana(ascii.replace(/-/gu, 'ー'));
  return isHiragana(kana) ? kana : undefined;
}
