import { PDFDocument } from 'pdf-lib';
import type { ConvertedFile } from './converted.ts';
import { rasterisePdf } from './rasterise-pdf.ts';

/**
 * A new PDF holding one JPEG per page at the original page size. Nothing of the original file
 * but its appearance survives: no script, action, form, attachment, font, link or metadata.
 */
export async function rerenderPdf(bytes: Uint8Array, limits: { maxPages: number; maxPixels: number }): Promise<ConvertedFile> {
  const pages = await rasterisePdf(bytes, limits);
  const output = await PDFDocument.create();
  output.setProducer('Yakuba');
  output.setCreator('Yakuba');
  for (const page of pages) {
    const image = await output.embedJpg(page.jpeg);
    output
      .addPage([page.widthPt, page.heightPt])
      .drawImage(image, { x: 0, y: 0, width: page.widthPt, height: page.heightPt });
  }
  // Without object streams every dictionary stays readable, so the output can be audited by eye.
  const saved = await output.save({ useObjectStreams: false });
  return { bytes: Buffer.from(saved), contentType: 'application/pdf', extension: 'pdf', pages: pages.length };
}
