import { inflateEntry, listZipEntries } from './zip-entries.ts';

export interface XlsxLayout {
  sheetNames: string[];
  /** Merged ranges of the first sheet, such as "A1:C1". */
  firstSheetMerges: string[];
}

export type XlsxUnpacking =
  | { ok: true; files: Map<string, Uint8Array>; layout: XlsxLayout }
  | { ok: false; reason: 'notXlsx' | 'tooLarge' | 'broken' };

/** The parts read-excel-file reads; images, printer settings and the like are left packed. */
const isXmlPart = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');

/**
 * Unpacks the XML parts of an .xlsx under one budget for their total inflated size, so a zip
 * bomb is refused after inflating at most `maxExpandedBytes`. read-excel-file itself inflates
 * without any limit and exposes no option for one, so the caller gives it only these already
 * inflated parts, re-packed uncompressed. The library also exposes neither the number of sheets
 * nor merged cells, so both are read here.
 */
export function unpackXlsx(bytes: Uint8Array, maxExpandedBytes: number): XlsxUnpacking {
  const entries = listZipEntries(bytes);
  if (!entries) return { ok: false, reason: 'broken' };
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) return { ok: false, reason: 'notXlsx' };
  const files = new Map<string, Uint8Array>();
  let budget = maxExpandedBytes;
  for (const entry of entries.filter((e) => isXmlPart(e.name) && !e.name.endsWith('/'))) {
    if (entry.size > budget) return { ok: false, reason: 'tooLarge' };
    try {
      const data = inflateEntry(bytes, entry, budget);
      budget -= data.length;
      files.set(entry.name, data);
    } catch (error) {
      return { ok: false, reason: error instanceof RangeError ? 'tooLarge' : 'broken' };
    }
  }
  return { ok: true, files, layout: readLayout(files) };
}

function readLayout(files: ReadonlyMap<string, Uint8Array>): XlsxLayout {
  const text = (name: string | undefined) => (name && files.has(name) ? new TextDecoder().decode(files.get(name)) : '');
  const sheets = [...text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)].map((match) => match[0]);
  const sheetNames = sheets.map((tag) => unescapeXml(/\bname="([^"]*)"/u.exec(tag)?.[1] ?? ''));
  const firstId = sheets[0] ? /\br:id="([^"]*)"/u.exec(sheets[0])?.[1] : undefined;
  const sheet = text(firstId ? sheetPath(text('xl/_rels/workbook.xml.rels'), firstId) : undefined);
  const firstSheetMerges = [...sheet.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/gu)].map((match) => match[1]!);
  return { sheetNames, firstSheetMerges };
}

function sheetPath(relationships: string, id: string): string | undefined {
  const tags = [...relationships.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/gu)].map((match) => match[0]);
  const target = tags.find((tag) => tag.includes(`Id="${id}"`))?.match(/\bTarget="([^"]+)"/u)?.[1];
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  return text.replace(/&(lt|gt|quot|apos|amp);/gu, (_, name: string) => named[name] ?? '');
}
