import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { PDFDocument, PDFName } from 'pdf-lib';
import sharp from 'sharp';
import { rasterisePdf } from './rasterise-pdf.ts';
import {
  ACTIVE_PDF_PAGE_SIZES,
  FILLED_FIELD,
  activeContentPdf,
  hugeDimensionPng,
  nonEmbeddedJapanesePdf,
  photoJpeg,
  scannedPdf,
  sidewaysJpeg,
} from './sample-uploads.ts';
import { sanitiseUpload, type RefusalReason, type RefusedFile, type SanitisedFile } from './sanitise.ts';

const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url));

function accepted(result: SanitisedFile | RefusedFile): SanitisedFile {
  if (!result.ok) assert.fail(`refused: ${result.reason} ${result.detail ?? ''}`);
  return result;
}

function assertRefused(result: SanitisedFile | RefusedFile, reason: RefusalReason): void {
  assert.equal(result.ok, false, 'expected a refusal');
  assert.equal((result as RefusedFile).reason, reason);
  assert.match((result as RefusedFile).message, /[ぁ-ん]/, 'message is Japanese');
}

const textOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('sanitiseUpload: photos', () => {
  it('re-encodes a JPEG and drops its EXIF, GPS included', async () => {
    const input = await photoJpeg(800, 600);
    assert.ok((await sharp(input).metadata()).exif, 'the sample has EXIF');
    assert.ok(input.includes('ExamplePhone'));

    const output = accepted(await sanitiseUpload({ bytes: input, filename: 'IMG_0001.jpg', declaredType: 'image/jpeg' }));

    assert.equal(output.contentType, 'image/jpeg');
    assert.equal(output.extension, 'jpg');
    assert.equal(output.originalType, 'jpeg');
    assert.deepEqual([output.width, output.height], [800, 600]);
    const metadata = await sharp(output.bytes).metadata();
    assert.equal(metadata.format, 'jpeg');
    assert.equal(metadata.exif, undefined);
    assert.equal(metadata.xmp, undefined);
    assert.equal(metadata.icc, undefined);
    assert.ok(!output.bytes.includes('ExamplePhone'));
    assert.ok(!output.bytes.includes('Exif'));
  });

  it('turns a sideways photo upright by its EXIF orientation', async () => {
    const output = accepted(await sanitiseUpload({ bytes: await sidewaysJpeg(), filename: 'sideways.jpg' }));
    const metadata = await sharp(output.bytes).metadata();
    assert.deepEqual([metadata.width, metadata.height], [100, 200]);
    assert.equal(metadata.orientation, undefined);
    const top = await dominantColour(output.bytes, 0);
    const bottom = await dominantColour(output.bytes, 150);
    assert.equal(top, 'red');
    assert.equal(bottom, 'blue');
  });

  it('caps the long side of a large photo at 4000 pixels', async () => {
    const input = await sharp({ create: { width: 6000, height: 3000, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    const output = accepted(await sanitiseUpload({ bytes: input, filename: 'wide.jpg' }));
    assert.deepEqual([output.width, output.height], [4000, 2000]);
  });

  it('accepts a PNG as a new PNG, and drops what was hidden after its end', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#00aa0080' } }).png().toBuffer();
    const input = Buffer.concat([png, Buffer.from('<html><script>alert(1)</script></html>')]);
    const output = accepted(await sanitiseUpload({ bytes: input, filename: 'screen.png' }));
    assert.equal(output.contentType, 'image/png');
    assert.equal(output.extension, 'png');
    assert.deepEqual([output.width, output.height], [300, 200]);
    assert.ok(!output.bytes.includes('<script>'));
  });

  it('goes by the bytes: a PNG named .jpg and declared as JPEG is a PNG', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const output = accepted(await sanitiseUpload({ bytes: png, filename: 'photo.jpg', declaredType: 'image/jpeg' }));
    assert.equal(output.originalType, 'png');
    assert.equal(output.contentType, 'image/png');
    assert.equal((await sharp(output.bytes).metadata()).format, 'png');
  });

  it('converts an iPhone HEIC photo to JPEG', async () => {
    const output = accepted(await sanitiseUpload({ bytes: await fixture('gradient-480x360.heic'), filename: 'IMG_0002.HEIC' }));
    assert.equal(output.originalType, 'heic');
    assert.equal(output.contentType, 'image/jpeg');
    assert.equal(output.extension, 'jpg');
    const metadata = await sharp(output.bytes).metadata();
    assert.equal(metadata.format, 'jpeg');
    assert.deepEqual([metadata.width, metadata.height], [480, 360]);
    assert.equal(metadata.exif, undefined);
    // The sample is a gradient from black (top left) to red-green (bottom right); see fixtures/README.md.
    const [red, green] = await regionMean(output.bytes, { left: 0, top: 0, width: 16, height: 16 });
    const [redEnd, greenEnd] = await regionMean(output.bytes, { left: 464, top: 344, width: 16, height: 16 });
    assert.ok(red! < 40 && green! < 40, 'top left is dark');
    assert.ok(redEnd! > 200 && greenEnd! > 200, 'bottom right is bright red and green');
  });

  it('refuses a 20000 × 20000 PNG of a few kilobytes before decoding it', async () => {
    const bomb = hugeDimensionPng(20_000, 20_000);
    assert.ok(bomb.byteLength < 200_000, `bomb is ${bomb.byteLength} bytes`);
    assertRefused(await sanitiseUpload({ bytes: bomb, filename: 'bomb.png' }), 'too_many_pixels');
  });

  it('applies a lower pixel limit when given one', async () => {
    const input = await photoJpeg(400, 300);
    assertRefused(await sanitiseUpload({ bytes: input, filename: 'a.jpg' }, { maxPixels: 100_000 }), 'too_many_pixels');
    accepted(await sanitiseUpload({ bytes: input, filename: 'a.jpg' }, { maxPixels: 120_000 }));
  });

  it('refuses a HEIC photo above the pixel limit', async () => {
    const heic = await fixture('gradient-480x360.heic');
    assertRefused(await sanitiseUpload({ bytes: heic, filename: 'a.heic' }, { maxPixels: 100_000 }), 'too_many_pixels');
  });
});

describe('sanitiseUpload: PDFs', () => {
  it('re-renders a PDF so no script, action, attachment or form survives', async () => {
    const input = await activeContentPdf();
    for (const marker of ['/JavaScript', '/OpenAction', '/EmbeddedFiles', '/AcroForm', '/AA']) {
      assert.ok(textOf(input).includes(marker), `the sample has ${marker}`);
    }

    const output = accepted(await sanitiseUpload({ bytes: input, filename: 'application.pdf' }));

    assert.equal(output.contentType, 'application/pdf');
    assert.equal(output.extension, 'pdf');
    assert.equal(output.originalType, 'pdf');
    assert.equal(output.pages, 3);
    const text = textOf(output.bytes);
    for (const marker of ['/JavaScript', '/JS', '/OpenAction', '/AA', '/EmbeddedFiles', '/AcroForm', '/Widget', '/Link', 'invoice.exe']) {
      assert.ok(!text.includes(marker), `output has no ${marker}`);
    }
    assert.doesNotMatch(text, /\/Type\s*\/Font\b/, 'output has no fonts');
    const reparsed = await PDFDocument.load(output.bytes);
    assert.equal(reparsed.getPageCount(), 3);
    reparsed.getPages().forEach((page, i) => {
      assert.equal(page.node.Annots()?.size() ?? 0, 0, `page ${i + 1} has no annotations`);
      const [width, height] = ACTIVE_PDF_PAGE_SIZES[i]!;
      assert.ok(Math.abs(page.getWidth() - width) < 0.01, `page ${i + 1} width`);
      assert.ok(Math.abs(page.getHeight() - height) < 0.01, `page ${i + 1} height`);
    });
    assert.deepEqual(reparsed.catalog.keys().map(String).sort(), ['/Pages', '/Type']);
    assert.equal(reparsed.catalog.get(PDFName.of('OpenAction')), undefined);
  });

  it('keeps what the resident filled into a form, drawn onto the page', async () => {
    const output = accepted(await sanitiseUpload({ bytes: await activeContentPdf(), filename: 'form.pdf' }));
    const [first] = await rasterisePdf(output.bytes, { maxPages: 3, maxPixels: 10_000_000 });
    const scale = 150 / 72;
    const pageHeight = ACTIVE_PDF_PAGE_SIZES[0]![1];
    const field = {
      left: Math.round(FILLED_FIELD.x * scale),
      top: Math.round((pageHeight - FILLED_FIELD.y - FILLED_FIELD.height) * scale),
      width: Math.round(FILLED_FIELD.width * scale),
      height: Math.round(FILLED_FIELD.height * scale),
    };
    const [grey] = await regionMean(first!.jpeg, field, { min: true });
    assert.ok(grey! < 80, 'the field has dark text in it');
  });

  it('keeps Japanese text whose font the PDF names but does not embed', async () => {
    const output = accepted(await sanitiseUpload({ bytes: nonEmbeddedJapanesePdf('二宮町 申請書'), filename: 'old.pdf' }));
    const [page] = await rasterisePdf(output.bytes, { maxPages: 1, maxPixels: 10_000_000 });
    const scale = 150 / 72;
    const line = { left: Math.round(40 * scale), top: Math.round((842 - 790) * scale), width: Math.round(200 * scale), height: Math.round(40 * scale) };
    const [darkest] = await regionMean(page!.jpeg, line, { min: true });
    assert.ok(darkest! < 80, 'the Japanese text was drawn');
  });

  it('refuses a PDF with more pages than allowed', async () => {
    assertRefused(await sanitiseUpload({ bytes: await scannedPdf(31), filename: 'long.pdf' }), 'too_many_pages');
    const five = await scannedPdf(5);
    assertRefused(await sanitiseUpload({ bytes: five, filename: 'five.pdf' }, { maxPdfPages: 4 }), 'too_many_pages');
    assert.equal(accepted(await sanitiseUpload({ bytes: five, filename: 'five.pdf' }, { maxPdfPages: 5 })).pages, 5);
  });

  it('refuses a PDF that needs a password to open', async () => {
    const result = await sanitiseUpload({ bytes: await fixture('encrypted-user-password.pdf'), filename: 'locked.pdf' });
    assertRefused(result, 'encrypted');
    assert.match((result as RefusedFile).message, /パスワード/);
  });

  it('re-renders a PDF that is encrypted only against editing, as an unencrypted copy', async () => {
    const output = accepted(await sanitiseUpload({ bytes: await fixture('encrypted-owner-password-only.pdf'), filename: 'no-print.pdf' }));
    assert.equal(output.pages, 1);
    assert.ok(!textOf(output.bytes).includes('/Encrypt'));
  });
});

describe('sanitiseUpload: refusals', () => {
  const notAllowed: [string, Uint8Array | Promise<Uint8Array>][] = [
    ['ELF executable', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(200)])],
    ['Windows executable', Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(200), Buffer.from('This program cannot be run in DOS mode')])],
    ['HTML page', Buffer.from('<!DOCTYPE html><html><body><script>fetch("/steal")</script></body></html>')],
    ['HTML with a byte order mark', Buffer.from('\ufeff<html><img src=x onerror=alert(1)></html>')],
    ['SVG image', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['ZIP archive', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00', 'latin1'), Buffer.alloc(100)])],
    ['Word document (ZIP)', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('[Content_Types].xml word/document.xml')])],
    ['PDF header not at the start', Buffer.from('<html>%PDF-1.7\n1 0 obj<<>>endobj</html>')],
    ['GIF image', sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).gif().toBuffer()],
    ['WebP image', sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).webp().toBuffer()],
    ['AVIF image', sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).avif().toBuffer()],
    ['plain text', Buffer.from('住民票の写しを添付します。')],
  ];
  for (const [name, bytes] of notAllowed) {
    for (const filename of ['document.pdf', 'photo.jpg']) {
      it(`refuses a ${name} named ${filename}`, async () => {
        const declaredType = filename.endsWith('.pdf') ? 'application/pdf' : 'image/jpeg';
        assertRefused(await sanitiseUpload({ bytes: await bytes, filename, declaredType }), 'type_not_allowed');
      });
    }
  }

  it('says which types are accepted', async () => {
    const result = await sanitiseUpload({ bytes: Buffer.from('MZ'), filename: 'a.exe' });
    assert.equal(
      (result as RefusedFile).message,
      'このファイルの形式は受け付けられません。PDF、JPEG、PNG、HEIC（iPhoneの写真）のいずれかでお送りください。',
    );
  });

  it('refuses a JPEG cut off in the middle', async () => {
    const whole = await photoJpeg(640, 480);
    assertRefused(await sanitiseUpload({ bytes: whole.subarray(0, Math.floor(whole.byteLength * 0.6)), filename: 'cut.jpg' }), 'malformed');
  });

  it('refuses a JPEG that ends right after its header', async () => {
    const whole = await photoJpeg(64, 48);
    assertRefused(await sanitiseUpload({ bytes: whole.subarray(0, 300), filename: 'cut.jpg' }), 'malformed');
  });

  it('refuses a PNG signature followed by garbage', async () => {
    const garbage = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pseudoRandom(4000)]);
    assertRefused(await sanitiseUpload({ bytes: garbage, filename: 'a.png' }), 'malformed');
  });

  it('refuses garbage behind a PDF header', async () => {
    const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), pseudoRandom(5000)]);
    const result = await sanitiseUpload({ bytes: garbage, filename: 'a.pdf' });
    assertRefused(result, 'malformed');
    assert.equal(
      (result as RefusedFile).message,
      'ファイルが壊れているか、読み取れませんでした。お手元でファイルが開けることを確かめてから、もう一度お送りください。',
    );
  });

  it('refuses a truncated HEIC', async () => {
    const heic = await fixture('gradient-480x360.heic');
    assertRefused(await sanitiseUpload({ bytes: heic.subarray(0, 2000), filename: 'cut.heic' }), 'malformed');
  });

  it('refuses a file over 10 MB before looking inside', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const result = await sanitiseUpload({ bytes: big, filename: 'big.jpg' });
    assertRefused(result, 'too_large');
    assert.match((result as RefusedFile).message, /上限10MB/);
  });

  it('states a custom size limit in the message', async () => {
    const result = await sanitiseUpload({ bytes: await photoJpeg(200, 200), filename: 'a.jpg' }, { maxBytes: 1024 });
    assertRefused(result, 'too_large');
    assert.match((result as RefusedFile).message, /上限0\.0MB|上限/);
  });

  it('refuses an empty file', async () => {
    assertRefused(await sanitiseUpload({ bytes: new Uint8Array(0), filename: 'empty.pdf' }), 'empty');
  });
});

function pseudoRandom(length: number): Buffer {
  let seed = 42;
  return Buffer.from(Array.from({ length }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
}

interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The mean (or darkest, with min) value of each channel inside a region of an image. */
async function regionMean(image: Buffer, region: Region, options: { min?: boolean } = {}): Promise<number[]> {
  const { data, info } = await sharp(image).extract(region).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const channels = info.channels;
  const results: number[] = Array.from({ length: channels }, () => (options.min ? 255 : 0));
  for (let i = 0; i < data.length; i++) {
    const channel = i % channels;
    results[channel] = options.min ? Math.min(results[channel]!, data[i]!) : results[channel]! + data[i]!;
  }
  return options.min ? results : results.map((sum) => sum / (data.length / channels));
}

async function dominantColour(jpeg: Buffer, top: number): Promise<'red' | 'blue' | 'other'> {
  const [red, , blue] = await regionMean(jpeg, { left: 10, top: top + 10, width: 80, height: 30 });
  if (red! > 200 && blue! < 60) return 'red';
  if (blue! > 200 && red! < 60) return 'blue';
  return 'other';
}
