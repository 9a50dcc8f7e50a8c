import { describeNonText } from './file-signature.ts';
import type { FileReading } from './types.ts';

export type TextRead = { ok: true; text: string; reading: FileReading } | { ok: false; message: string };

const RESAVE = 'Excelなどで「CSV UTF-8（コンマ区切り）」形式を選んで保存し直してください。';

/**
 * Decodes CSV bytes: a UTF-8 BOM means UTF-8; otherwise strict UTF-8, then strict Shift_JIS
 * (Node's WHATWG shift_jis is Windows-31J/cp932, which Excel writes). Anything else is refused
 * rather than guessed, so no character is silently replaced.
 */
export function readCsvText(bytes: Uint8Array): TextRead {
  const nonText = describeNonText(bytes);
  if (nonText) return { ok: false, message: nonText };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) {
    return { ok: true, text: utf8, reading: { encoding: hasBom ? 'utf-8-bom' : 'utf-8', lineEnding: detectLineEnding(utf8) } };
  }
  if (hasBom) {
    return { ok: false, message: `UTF-8（BOM付き）のファイルですが、${firstBadLine(bytes)}行目付近にUTF-8として正しくない文字があります。${RESAVE}` };
  }
  const shiftJis = decodeStrictly(bytes, 'shift_jis');
  if (shiftJis !== undefined) return { ok: true, text: shiftJis, reading: { encoding: 'shift_jis', lineEnding: detectLineEnding(shiftJis) } };
  return {
    ok: false,
    message: `文字コードを判別できませんでした。${firstBadLine(bytes)}行目付近に、UTF-8としてもShift_JISとしても読めない文字があります。${RESAVE}`,
  };
}

function decodeStrictly(bytes: Uint8Array, encoding: 'utf-8' | 'shift_jis'): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Line of the first byte sequence that is not UTF-8, to point the publisher at it. */
function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\ufffd');
  return text.slice(0, Math.max(bad, 0)).split(/\r\n|\r|\n/u).length;
}

export function detectLineEnding(text: string): FileReading['lineEnding'] {
  const crlf = text.match(/\r\n/gu)?.length ?? 0;
  const cr = text.match(/\r(?!\n)/gu)?.length ?? 0;
  const lf = text.match(/(?<!\r)\n/gu)?.length ?? 0;
  const counts = [['crlf', crlf], ['lf', lf], ['cr', cr]] as const;
  const kinds = counts.filter(([, count]) => count > 0).map(([kind]) => kind);
  if (kinds.length > 1) return 'mixed';
  return kinds[0] ?? 'none';
}
