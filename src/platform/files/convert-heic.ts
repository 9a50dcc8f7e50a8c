import decodeHeic from 'heic-decode';
import sharp from 'sharp';
import type { ConvertedFile } from './converted.ts';
import { MAX_IMAGE_SIDE } from './converted.ts';
import { Refusal } from './refusal.ts';

/**
 * iPhone photos. Sharp's prebuilt libvips reads HEIF but carries no HEVC decoder, so libheif
 * compiled to WebAssembly (heic-decode) produces the pixels and sharp encodes them as JPEG.
 * libheif applies the container's rotation and mirroring; no metadata is carried over.
 */
export async function convertHeicToJpeg(bytes: Uint8Array, maxPixels: number): Promise<ConvertedFile> {
  const images = await decodeHeic.all({ buffer: bytes });
  try {
    const primary = images[0];
    if (!primary) throw new Error('HEIC file has no image');
    const { width, height } = primary as unknown as { width: number; height: number };
    if (width * height > maxPixels) throw new Refusal('too_many_pixels');
    const decoded = await primary.decode();
    const { data, info } = await sharp(decoded.data, { raw: { width: decoded.width, height: decoded.height, channels: 4 } })
      .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: 'image/jpeg', extension: 'jpg', width: info.width, height: info.height };
  } finally {
    (images as unknown as { dispose(): void }).dispose();
  }
}
