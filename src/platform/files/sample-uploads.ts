import { deflateSync, crc32 } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFPage } from 'pdf-lib';
import sharp from 'sharp';

/** Real files made on the spot for the sanitiser's tests and benchmark; nothing large is committed. */

export const GPS_EXIF = {
  IFD0: { Make: 'ExamplePhone', Model: 'Model 1' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 18/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '139/1 15/1 0/1' },
};

/** A photo-like picture: smooth gradients with grain, so JPEG sizes resemble a phone's. */
export function photoPixels(width: number, height: number, grain = 24): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const noise = ((seed >>> 16) % (2 * grain + 1)) - grain;
      const i = (y * width + x) * 3;
      pixels[i] = clamp((x * 255) / width + noise);
      pixels[i + 1] = clamp((y * 255) / height + noise);
      pixels[i + 2] = clamp(128 + 100 * Math.sin((x + y) / 40) + noise);
    }
  }
  return pixels;
}

const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));

export function photoJpeg(width: number, height: number, options: { grain?: number; quality?: number } = {}): Promise<Buffer> {
  return sharp(photoPixels(width, height, options.grain), { raw: { width, height, channels: 3 } })
    .withExif(GPS_EXIF)
    .jpeg({ quality: options.quality ?? 92 })
    .toBuffer();
}

/** Left half red, right half blue, stored sideways with EXIF orientation 6 (turn 90° clockwise). */
export function sidewaysJpeg(): Promise<Buffer> {
  const left = { input: { create: { width: 100, height: 100, channels: 3, background: '#ff0000' } }, left: 0, top: 0 } as const;
  return sharp({ create: { width: 200, height: 100, channels: 3, background: '#0000ff' } })
    .composite([left])
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

/**
 * A valid 1-bit greyscale PNG whose pixels are all zero: a few tens of kilobytes on disk, but
 * width × height pixels once decoded — the shape of a decompression bomb.
 */
export function hugeDimensionPng(width: number, height: number): Buffer {
  const rowBytes = 1 + Math.ceil(width / 8);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8);
  const pixels = deflateSync(Buffer.alloc(rowBytes * height), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export const ACTIVE_PDF_PAGE_SIZES: [number, number][] = [
  [595.28, 841.89], // A4 portrait
  [612, 792], // US Letter
  [841.89, 595.28], // A4 landscape
];

export const FILLED_FIELD = { page: 0, x: 50, y: 600, width: 300, height: 40 };

/**
 * A PDF carrying everything the sanitiser must drop: a JavaScript OpenAction, document and page
 * additional actions, a JavaScript link, an embedded file and a filled-in form field.
 */
export async function activeContentPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const pages = ACTIVE_PDF_PAGE_SIZES.map((size, i) => {
    const page = document.addPage(size);
    page.drawText(`Application page ${i + 1}`, { x: 50, y: size[1] - 80, size: 24, font });
    return page;
  });
  const script = (js: string) =>
    document.context.register(document.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(js) }));
  document.catalog.set(PDFName.of('OpenAction'), script('app.alert("opened")'));
  document.catalog.set(PDFName.of('AA'), document.context.obj({ WC: script('app.alert("closing")') }));
  pages[0]!.node.set(PDFName.of('AA'), document.context.obj({ O: script('app.alert("page")') }));
  addJavaScriptLink(document, pages[1]!);
  await document.attach(Buffer.from('MZ fake executable'), 'invoice.exe', { mimeType: 'application/octet-stream' });
  const field = document.getForm().createTextField('applicant');
  field.setText('NINOMIYA TARO');
  field.addToPage(pages[FILLED_FIELD.page]!, { ...FILLED_FIELD, font });
  return document.save({ useObjectStreams: false });
}

function addJavaScriptLink(document: PDFDocument, page: PDFPage): void {
  const link = document.context.register(
    document.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [50, 50, 250, 80],
      Border: [0, 0, 0],
      A: { S: 'JavaScript', JS: PDFString.of('this.exportDataObject({ cName: "invoice.exe", nLaunch: 2 })') },
    }),
  );
  page.node.set(PDFName.of('Annots'), document.context.obj([link]));
}

/** A PDF like a scan: each page a photo with a line of text, for the benchmark and page limits. */
export async function scannedPdf(pageCount: number, photo?: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const image = photo ? await document.embedJpg(photo) : undefined;
  for (let i = 0; i < pageCount; i++) {
    const page = document.addPage([595.28, 841.89]);
    if (image) page.drawImage(image, { x: 40, y: 200, width: 515, height: 386 });
    page.drawText(`Page ${i + 1}`, { x: 50, y: 780, size: 18, font });
  }
  return document.save();
}

/**
 * Written by hand as older Japanese office software does: a Japanese font that is named
 * (MS-Mincho, UniJIS-UCS2-H) but not embedded, so whoever draws the page must supply the glyphs.
 */
export function nonEmbeddedJapanesePdf(text: string): Buffer {
  const utf16be = Buffer.from(text, 'utf16le').swap16().toString('hex');
  const content = `BT /F1 28 Tf 40 760 Td <${utf16be}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /MS-Mincho /Encoding /UniJIS-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MS-Mincho /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /FontDescriptor /FontName /MS-Mincho /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
