/** What the first bytes of a file say it is, for files that are not text. */
export type BinaryKind = 'zip' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'ole' | 'utf16';

const SIGNATURES: readonly (readonly [BinaryKind, readonly number[]])[] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['utf16', [0xff, 0xfe]],
  ['utf16', [0xfe, 0xff]],
];

export function sniffSignature(bytes: Uint8Array): BinaryKind | undefined {
  return SIGNATURES.find(([, signature]) => signature.every((byte, index) => bytes[index] === byte))?.[0];
}

/** Share of bytes that never occur in a text table (controls other than tab, LF, CR), over the first 64 KiB. */
export function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 65_536);
  let controls = 0;
  for (const byte of sample) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

const NOT_A_TABLE: Readonly<Record<BinaryKind, string>> = {
  zip: 'ZIP形式の圧縮ファイル',
  pdf: 'PDFファイル',
  png: 'PNG形式の画像',
  jpeg: 'JPEG形式の画像',
  gif: 'GIF形式の画像',
  ole: '古いExcel形式（.xls）のファイル、またはパスワード付きのファイル',
  utf16: 'UTF-16で保存されたテキスト',
};

const SAVE_AS = 'ExcelでCSV UTF-8（コンマ区切り）形式か、Excelブック（.xlsx）形式で保存し直してから登録してください。';

/** Why bytes that are not a text table are refused; undefined when they look like text. */
export function describeNonText(bytes: Uint8Array): string | undefined {
  const kind = sniffSignature(bytes);
  if (kind) return `このファイルは表のデータではなく、${NOT_A_TABLE[kind]}のようです。${SAVE_AS}`;
  if (bytes.includes(0) || controlShare(bytes) > 0.01) {
    return `このファイルには文字以外のデータ（バイナリ）が含まれていて、表として読めません。${SAVE_AS}`;
  }
  return undefined;
}
