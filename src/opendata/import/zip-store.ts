import { crc32 } from 'node:zlib';

/**
 * Writes files into a ZIP archive without compression, as a list of chunks to stream. Used to
 * hand read-excel-file only the XML we have already inflated within the size budget.
 */
export function storeZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = new TextEncoder().encode(name);
    const fields = { crc: crc32(data), size: data.length, nameLength: nameBytes.length };
    const local = header(30, 0x04034b50, (view) => writeCommon(view, 4, fields));
    directory.push(concat(header(46, 0x02014b50, (view) => {
      view.setUint16(4, 20, true);
      writeCommon(view, 6, fields);
      view.setUint32(42, offset, true);
    }), nameBytes));
    chunks.push(local, nameBytes, data);
    offset += local.length + nameBytes.length + data.length;
  }
  const directorySize = directory.reduce((total, entry) => total + entry.length, 0);
  const end = header(22, 0x06054b50, (view) => {
    view.setUint16(8, files.size, true);
    view.setUint16(10, files.size, true);
    view.setUint32(12, directorySize, true);
    view.setUint32(16, offset, true);
  });
  return [...chunks, ...directory, end];
}

/** Version needed, flags, method (stored), time, date, CRC, sizes and name length: the part local and directory headers share. */
function writeCommon(view: DataView, at: number, fields: { crc: number; size: number; nameLength: number }): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, 0x0800, true);
  view.setUint32(at + 10, fields.crc, true);
  view.setUint32(at + 14, fields.size, true);
  view.setUint32(at + 18, fields.size, true);
  view.setUint16(at + 22, fields.nameLength, true);
}

function header(length: number, signature: number, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  fill(view);
  return bytes;
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}
