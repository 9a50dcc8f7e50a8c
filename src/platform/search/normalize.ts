/**
 * One form for what people type and what the pages say, so that a search does not depend on the
 * keyboard: full/half width and case (NFKC), katakana as hiragana, no spaces or punctuation.
 */

const KATAKANA = /[\u30a1-\u30f6\u30fd\u30fe]/gu;
const SEPARATORS = /[\s・･、。，,.．「」『』（）()［］[\]【】〈〉《》〔〕｛｝{}:：;；!！?？"'“”‘’/／\\|｜~〜～_＿\-‐‑‒–—―−]/gu;
/** ー typed between digits is a hyphen (1ー2ー3), not a long vowel. */
const DASH_BETWEEN_DIGITS = /(?<=\d)ー(?=\d)/gu;

/** カタカナ → ひらがな (ヴ becomes ゔ); everything else is kept. */
export function katakanaToHiragana(text: string): string {
  return text.replace(KATAKANA, (char) => String.fromCodePoint(char.codePointAt(0)! - 0x60));
}

/** The searchable form of a text: NFKC, lower case, hiragana for katakana, no spaces or punctuation. */
export function normalizeForSearch(text: string): string {
  return katakanaToHiragana(text.normalize('NFKC').toLowerCase()).replace(DASH_BETWEEN_DIGITS, '').replace(SEPARATORS, '');
}

/** Only hiragana (and the long-vowel mark) after normalising: a reading. */
export function isKanaOnly(normalized: string): boolean {
  return normalized.length > 0 && /^[\u3041-\u3096\u30fc]+$/u.test(normalized);
}

const VOWEL_OF: Record<string, string> = {};
for (const [vowel, row] of Object.entries({
  あ: 'あかさたなはまやらわがざだばぱゃぁ',
  い: 'いきしちにひみりぎじぢびぴぃ',
  う: 'うくすつぬふむゆるぐずづぶぷゅぅゔ',
  え: 'えけせてねへめれげぜでべぺぇ',
  お: 'おこそとのほもよろをごぞどぼぽょぉ',
})) {
  for (const char of row) VOWEL_OF[char] = vowel;
}

/**
 * A looser form of a reading, for comparing readings only: the long vowels people write in
 * different ways (じどう/じどー/jido, おお/お), ぢ/づ and the old kana are folded together.
 */
export function looseReading(reading: string): string {
  const folded = reading.replace(/ぢ/gu, 'じ').replace(/づ/gu, 'ず').replace(/ゐ/gu, 'い').replace(/ゑ/gu, 'え').replace(/を/gu, 'お');
  let out = '';
  for (const char of folded) {
    const previous = VOWEL_OF[out.at(-1) ?? ''];
    if (char === 'ー' && previous) continue;
    if (char === 'う' && (previous === 'お' || previous === 'う')) continue;
    if (char === 'お' && previous === 'お') continue;
    out += char;
  }
  return out;
}
