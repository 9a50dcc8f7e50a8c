export type AllowedType = 'pdf' | 'jpeg' | 'png' | 'heic';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/**
 * The type from the file's own first bytes; the name and the browser's declared type are never
 * consulted. Anything recognised here is still decoded in full before it is accepted.
 */
export function sniffAllowedType(bytes: Uint8Array): AllowedType | undefined {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (isHeic(bytes)) return 'heic';
  return undefined;
}

function isHeic(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  if (boxSize < 16 || boxSize > Math.min(bytes.byteLength, 4096)) return false;
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  // AVIF shares the HEIF container (major brand avif, or mif1 with avif compatible); refuse it.
  if (brands.includes('avif') || brands.includes('avis')) return false;
  return brands.some((brand) => HEIC_BRANDS.has(brand));
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.byteLength >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  if (bytes.byteLength < end) return '';
  return String.fromCharCode(...bytes.subarray(start, end));
}
