/**
 * Folds the ways people type the same header into one key, so that a header matches the
 * standard's whatever keyboard, office software or typing habit produced it.
 *
 * - NFKC: full/half width letters, digits and katakana (ｶﾅ → カナ, ＩＤ → ID), ㈱-style ligatures.
 * - case, spaces of any width, zero-width characters and the BOM.
 * - brackets of any shape, separators 「・」「、」「,」「_」: dropped, so 「名称(カナ)」, 「名称_カナ」
 *   and 「名称　カナ」 meet.
 * - dashes and the look-alikes people type for the long vowel mark ー (―, ‐, －, ｰ, ─, 一 after
 *   katakana …); a long vowel at the end of a katakana word is dropped, as 公用文 writes either
 *   「エレベーター」 or 「エレベータ」.
 * - wave dashes 〜 and ～.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(DASHES, 'ー')
    .replace(/(?<=[ァ-ヺ])一/gu, 'ー')
    .replace(/(?<=[ァ-ヺ])ー+(?![ァ-ヺ])/gu, '')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/[()[\]{}【】〔〕〈〉《》「」『』<>＜＞〖〗〘〙｟｠]/gu, '')
    .replace(/[・、，,_･·•‧∙]/gu, '')
    .replace(/[~〜∼〰]/gu, '~');
}

/** Hyphens, minus signs, dashes, box-drawing lines and the long vowel mark itself (ｰ is ー after NFKC). */
const DASHES = /[-‐‑‒–—―−─━ー⁃﹘﹣ｰ]+/gu;
