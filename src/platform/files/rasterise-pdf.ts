import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { AnnotationMode, getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Refusal } from './refusal.ts';

export interface RasterisedPage {
  jpeg: Buffer;
  /** Page size in PDF points (1/72 inch), after the page's own rotation. */
  widthPt: number;
  heightPt: number;
}

const RENDER_DPI = 150;
const MAX_RENDER_SIDE = 4000;
const JPEG_QUALITY = 85;

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
const asset = (folder: string) => path.join(pdfjsRoot, folder) + path.sep;

const JAPANESE_FALLBACK_FONTS = [
  '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
];
let fallbackFontsRegistered = false;

/**
 * Many Japanese PDFs name a font (MS-Mincho, MS-Gothic …) without embedding it. pdf.js then draws
 * that text with whatever fonts the canvas can find, and a server without Japanese fonts would
 * silently drop it from the re-rendered page; a bundled Japanese font prevents that.
 */
function registerJapaneseFallbackFonts(): void {
  if (fallbackFontsRegistered) return;
  for (const font of JAPANESE_FALLBACK_FONTS) GlobalFonts.registerFromPath(require.resolve(font));
  fallbackFontsRegistered = true;
}

/**
 * Draws every page to pixels with pdf.js. pdf.js never runs a document's JavaScript (scripting is
 * a separate sandbox we do not load), and only the pixels leave this function.
 */
export async function rasterisePdf(bytes: Uint8Array, limits: { maxPages: number; maxPixels: number }): Promise<RasterisedPage[]> {
  registerJapaneseFallbackFonts();
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: asset('cmaps'),
    standardFontDataUrl: asset('standard_fonts'),
    wasmUrl: asset('wasm'),
    iccUrl: asset('iccs'),
    enableXfa: false,
    // Larger embedded images are left out of the drawing rather than decoded.
    maxImageSize: limits.maxPixels,
    verbosity: 0,
  });
  let document: PDFDocumentProxy;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    if ((error as Error).name === 'PasswordException') throw new Refusal('encrypted');
    throw error;
  }
  try {
    if (document.numPages < 1) throw new Error('PDF has no pages');
    if (document.numPages > limits.maxPages) throw new Refusal('too_many_pages');
    const pages: RasterisedPage[] = [];
    for (let number = 1; number <= document.numPages; number++) pages.push(await rasterisePage(document, number));
    return pages;
  } finally {
    await task.destroy();
  }
}

async function rasterisePage(document: PDFDocumentProxy, number: number): Promise<RasterisedPage> {
  const page = await document.getPage(number);
  try {
    const size = page.getViewport({ scale: 1 });
    if (!(size.width >= 1 && size.height >= 1)) throw new Error(`page ${number} has no area`);
    const scale = Math.min(RENDER_DPI / 72, MAX_RENDER_SIDE / Math.max(size.width, size.height));
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.max(1, Math.round(viewport.width)), Math.max(1, Math.round(viewport.height)));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      viewport,
      // Print intent with stored form values: what the resident filled in is drawn onto the page.
      intent: 'print',
      annotationMode: AnnotationMode.ENABLE_STORAGE,
    }).promise;
    return { jpeg: await canvas.encode('jpeg', JPEG_QUALITY), widthPt: size.width, heightPt: size.height };
  } finally {
    page.cleanup();
  }
}
