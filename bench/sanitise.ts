// bench/sanitise: time to sanitise (無害化) what residents upload most: a phone photo of about
// 3 MB (4032×3024 JPEG with EXIF) and a 5-page scanned PDF; also a phone screenshot (PNG), the
// small HEIC sample, and a full-size HEIC photo when BENCH_HEIC names one (e.g. made with heif-enc).
// Prints the median of BENCH_RUNS runs (default 5) after one warm-up run each.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { photoJpeg, photoPixels, scannedPdf } from '../src/platform/files/sample-uploads.ts';
import { sanitiseUpload, type UploadInput } from '../src/platform/files/sanitise.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

async function measure(name: string, input: UploadInput): Promise<void> {
  const first = await sanitiseUpload(input);
  if (!first.ok) throw new Error(`${name} was refused: ${first.reason} ${first.detail ?? ''}`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await sanitiseUpload(input);
    times.push(performance.now() - started);
  }
  const shape = first.pages ? `${first.pages} pages` : `${first.width}×${first.height}`;
  console.log(
    `${name}: ${mb(input.bytes.byteLength)} MB in → ${mb(first.bytes.byteLength)} MB ${first.contentType} (${shape}); ` +
      `median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${runs} runs`,
  );
}

const photo = await photoJpeg(4032, 3024, { grain: 10, quality: 90 });
await measure('phone photo (JPEG)', { bytes: photo, filename: 'IMG_0001.JPG' });

const scanPhoto = await photoJpeg(1600, 1200, { grain: 10, quality: 85 });
await measure('5-page PDF (scanned pages)', { bytes: await scannedPdf(5, scanPhoto), filename: 'scan.pdf' });

const screenshot = await sharp(photoPixels(1290, 2796, 0), { raw: { width: 1290, height: 2796, channels: 3 } }).png().toBuffer();
await measure('phone screenshot (PNG)', { bytes: screenshot, filename: 'screenshot.png' });

const heic = await readFile(new URL('../src/platform/files/fixtures/gradient-480x360.heic', import.meta.url));
await measure('HEIC sample (480×360)', { bytes: heic, filename: 'IMG_0002.HEIC' });

if (process.env.BENCH_HEIC) {
  await measure(`HEIC photo (${process.env.BENCH_HEIC})`, { bytes: await readFile(process.env.BENCH_HEIC), filename: 'IMG_0003.HEIC' });
}

const memory = process.memoryUsage();
console.log(`memory after: rss ${mb(memory.rss)} MB, heap used ${mb(memory.heapUsed)} MB`);
