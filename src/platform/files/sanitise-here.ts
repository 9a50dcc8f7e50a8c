import type { ConvertedFile } from './converted.ts';
import { Refusal, refuse, type RefusedFile, type ResolvedLimits } from './refusal.ts';
import { sniffAllowedType, type AllowedType } from './sniff-type.ts';

export type { RefusalReason, RefusedFile } from './refusal.ts';

export interface UploadInput {
  bytes: Uint8Array;
  /** Kept for the caller's records; never used to decide the type. */
  filename: string;
  /** What the browser claimed; never used to decide the type. */
  declaredType?: string;
}

export interface SanitiseLimits {
  maxBytes?: number;
  maxPixels?: number;
  maxPdfPages?: number;
}

export type SanitisedFile = ConvertedFile & { ok: true; originalType: AllowedType };

export const DEFAULT_SANITISE_LIMITS: ResolvedLimits = {
  maxBytes: 10 * 1024 * 1024,
  // A 48-megapixel phone photo (8064×6048) and an A3 page scanned at 600 dpi both fit.
  maxPixels: 80_000_000,
  maxPdfPages: 30,
};

/**
 * 無害化 on the calling thread: the type comes from the bytes, only PDF, JPEG, PNG and HEIC are
 * allowed, and the result is always a newly written file. Requests use sanitiseUpload (sanitise.ts),
 * which runs this in a worker thread.
 */
export async function sanitiseHere(input: UploadInput, limits: SanitiseLimits = {}): Promise<SanitisedFile | RefusedFile> {
  const resolved: ResolvedLimits = { ...DEFAULT_SANITISE_LIMITS, ...definedOnly(limits) };
  const { bytes } = input;
  if (bytes.byteLength === 0) return refuse('empty', resolved);
  if (bytes.byteLength > resolved.maxBytes) return refuse('too_large', resolved);
  const type = sniffAllowedType(bytes);
  if (type === undefined) return refuse('type_not_allowed', resolved);
  try {
    const converted = await convert(type, bytes, resolved);
    return { ok: true, originalType: type, ...converted };
  } catch (error) {
    // In a worker under tsx a decoder may get its own copy of refusal.ts, so the class is not enough.
    if (error instanceof Refusal || (error instanceof Error && error.name === 'Refusal')) return refuse((error as Refusal).reason, resolved);
    return { ...refuse('malformed', resolved), detail: error instanceof Error ? error.message : String(error) };
  }
}

// The decoders (libvips, libheif in WebAssembly, pdf.js) load on first use, not when the server starts.
async function convert(type: AllowedType, bytes: Uint8Array, limits: ResolvedLimits): Promise<ConvertedFile> {
  switch (type) {
    case 'jpeg':
    case 'png':
      return (await import('./reencode-image.ts')).reencodeImage(bytes, type, limits.maxPixels);
    case 'heic':
      return (await import('./convert-heic.ts')).convertHeicToJpeg(bytes, limits.maxPixels);
    case 'pdf': {
      const { rerenderPdf } = await import('./rerender-pdf.ts');
      return rerenderPdf(bytes, { maxPages: limits.maxPdfPages, maxPixels: limits.maxPixels });
    }
  }
}

export function definedOnly(limits: SanitiseLimits): Partial<ResolvedLimits> {
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}
