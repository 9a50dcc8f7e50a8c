import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  bold: '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
} as const;

export type Weight = keyof typeof FONT_FILES;

export interface LoadedFont {
  bytes: Uint8Array;
  font: Font;
}

export type FontSet = Record<Weight, LoadedFont>;

export const MISSING_GLYPH = '〓';

let cached: Promise<FontSet> | undefined;

async function loadFont(weight: Weight): Promise<LoadedFont> {
  const bytes = new Uint8Array(await readFile(require.resolve(FONT_FILES[weight])));
  const font = fontkit.create(bytes);
  writeSubsetsWithLongLoca(font);
  return { bytes, font };
}

interface TrueTypeSubset {
  loca: { version?: number };
  _addGlyph(glyphId: number): number;
}

/**
 * @pdf-lib/fontkit 1.1.1 (unmaintained) writes a subset's `loca` table in the short format
 * without padding odd-length glyph records, so every later glyph is read one byte off and most
 * kanji come out blank. Upstream fontkit fixed it (foliojs/fontkit#191) by keeping the long
 * format; this does the same, once, on the shared TrueType subset class.
 */
function writeSubsetsWithLongLoca(font: Font): void {
  const subsetClass = Object.getPrototypeOf(font.createSubset()) as TrueTypeSubset & { longLoca?: true };
  if (subsetClass.longLoca || typeof subsetClass._addGlyph !== 'function') return;
  const addGlyph = subsetClass._addGlyph;
  subsetClass._addGlyph = function (this: TrueTypeSubset, glyphId: number) {
    this.loca.version ??= 1;
    return addGlyph.call(this, glyphId);
  };
  subsetClass.longLoca = true;
}

/** BIZ UDPGothic regular and bold, read and parsed once per process. */
export function loadFonts(): Promise<FontSet> {
  if (!cached) {
    cached = Promise.all([loadFont('regular'), loadFont('bold')]).then(([regular, bold]) => ({ regular, bold }));
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}

/** A fontkit stand-in for pdf-lib that hands back the already parsed font instead of parsing 4.5 MB again per document. */
export function cachedFontkit(fonts: FontSet) {
  return {
    create(bytes: Uint8Array) {
      for (const loaded of Object.values(fonts)) if (loaded.bytes === bytes) return loaded.font;
      return fontkit.create(bytes);
    },
  };
}

/** 「QKZTRM+BIZUDPGothic-Regular」: the six-letter tag marks an embedded font as a subset (PDF 32000-1, 9.6.4). */
export function subsetFontName(font: Font): string {
  const tag = Array.from({ length: 6 }, () => String.fromCharCode(65 + randomInt(26))).join('');
  return `${tag}+${font.postscriptName ?? 'BIZUDPGothic'}`;
}

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/**
 * Text the fonts can draw: each character (grapheme, so 👨‍👩‍👧 is one) whose base the fonts lack becomes 〓,
 * line ends are normalised to \n, tabs and other control characters to spaces.
 */
export function drawableText(fonts: FontSet, text: string): string {
  const has = (cp: number) => fonts.regular.font.hasGlyphForCodePoint(cp) && fonts.bold.font.hasGlyphForCodePoint(cp);
  let out = '';
  for (const { segment } of graphemes.segment(text.replace(/\r\n?/g, '\n'))) {
    if (segment === '\n') {
      out += segment;
      continue;
    }
    const [base, ...rest] = Array.from(segment);
    const baseCp = base!.codePointAt(0)!;
    if (baseCp < 0x20 || (baseCp >= 0x7f && baseCp < 0xa0)) out += ' ';
    else if (!has(baseCp)) out += MISSING_GLYPH;
    // A variation selector or joiner the fonts lack is dropped: 葛󠄀 (with IVS) is drawn as 葛.
    else out += base + rest.filter((ch) => has(ch.codePointAt(0)!)).join('');
  }
  return out;
}
