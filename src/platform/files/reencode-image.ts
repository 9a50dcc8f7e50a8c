import sharp from 'sharp';
import type { ConvertedFile } from './converted.ts';
import { MAX_IMAGE_SIDE } from './converted.ts';
import { Refusal } from './refusal.ts';

/**
 * Decodes a JPEG or PNG to pixels and encodes a new file of the same kind. Sharp writes no
 * metadata unless asked, so EXIF (GPS included), XMP, IPTC, comments and anything appended after
 * the image data are gone; EXIF orientation is applied to the pixels first.
 */
export async function reencodeImage(bytes: Uint8Array, kind: 'jpeg' | 'png', maxPixels: number): Promise<ConvertedFile> {
  await assertPixelsWithin(bytes, maxPixels);
  const pipeline = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'truncated', autoOrient: true })
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true });
  const { data, info } =
    kind === 'jpeg'
      ? await pipeline.jpeg({ quality: 85 }).toBuffer({ resolveWithObject: true })
      : await pipeline.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer({ resolveWithObject: true });
  return {
    bytes: data,
    contentType: kind === 'jpeg' ? 'image/jpeg' : 'image/png',
    extension: kind === 'jpeg' ? 'jpg' : 'png',
    width: info.width,
    height: info.height,
  };
}

/** Reads only the header, so a decompression bomb is refused before any pixel is allocated. */
async function assertPixelsWithin(bytes: Uint8Array, maxPixels: number): Promise<void> {
  const { width, height } = await sharp(bytes, { limitInputPixels: false }).metadata();
  if (!width || !height) throw new Error('image has no dimensions');
  if (width * height > maxPixels) throw new Refusal('too_many_pixels');
}
