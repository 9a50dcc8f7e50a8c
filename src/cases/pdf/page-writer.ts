import { type PDFDocument, type PDFFont, type PDFPage, type RGB, degrees, rgb } from 'pdf-lib';
import type { FontSet, Weight } from './font.ts';
import { wrapText } from './wrap.ts';

export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN_X = 56;
const CONTENT_TOP = A4.height - 84;
const CONTENT_BOTTOM = 60;
// BIZ UDPGothic: ascender 1802 + descender 246 = 2048 units per em, so the glyph box is exactly one em.
const ASCENT = 1802 / 2048;

export const colors = {
  text: rgb(0.1, 0.1, 0.1),
  muted: rgb(0.35, 0.35, 0.35),
  rule: rgb(0.75, 0.75, 0.75),
  band: rgb(0.93, 0.94, 0.97),
  accent: rgb(0, 0.09, 0.76),
  sample: rgb(0.8, 0.1, 0.1),
  sampleBand: rgb(1, 0.93, 0.93),
} as const;

export interface TextStyle {
  size: number;
  weight?: Weight;
  color?: RGB;
  lineHeight?: number;
}

export interface RunningHeader {
  left: string;
  right: string;
  notice?: string;
  watermark?: string;
}

const emWidths: Record<Weight, Map<string, number>> = { regular: new Map(), bold: new Map() };

/** Draws top to bottom on A4 pages, starting a new page (with the running header) when one is full. */
export class PageWriter {
  readonly width = A4.width - 2 * MARGIN_X;
  readonly left = MARGIN_X;
  y = CONTENT_TOP;
  /** Printed under the header when a page break falls inside a block, e.g. 「児童（続き）」. */
  continuation: string | undefined;
  private page!: PDFPage;
  private readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly embedded: Record<Weight, PDFFont>,
    private readonly fonts: FontSet,
    private readonly header: RunningHeader,
  ) {
    this.newPage();
  }

  measure(text: string, style: TextStyle): number {
    const weight = style.weight ?? 'regular';
    const cache = emWidths[weight];
    const { font } = this.fonts[weight];
    let em = 0;
    for (const ch of text) {
      let width = cache.get(ch);
      if (width === undefined) {
        width = font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / font.unitsPerEm;
        cache.set(ch, width);
      }
      em += width;
    }
    return em * style.size;
  }

  lines(text: string, style: TextStyle, width = this.width): string[] {
    return wrapText(text, width, (part) => this.measure(part, style));
  }

  lineHeight(style: TextStyle): number {
    return style.size * (style.lineHeight ?? 1.7);
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < CONTENT_BOTTOM) this.newPage();
  }

  gap(height: number): void {
    this.y -= height;
  }

  /** Draws one line at the cursor and moves the cursor below it. */
  line(text: string, style: TextStyle, x = this.left): void {
    const height = this.lineHeight(style);
    const baseline = this.y - (height - style.size) / 2 - ASCENT * style.size;
    this.drawAt(text, x, baseline, style);
    this.y -= height;
  }

  /** Wrapped text; a page break may fall between any two lines. */
  paragraph(text: string, style: TextStyle, indent = 0): void {
    for (const line of this.lines(text, style, this.width - indent)) {
      this.ensure(this.lineHeight(style));
      this.line(line, style, this.left + indent);
    }
  }

  rule(color: RGB = colors.rule, thickness = 0.75): void {
    this.page.drawLine({ start: { x: this.left, y: this.y }, end: { x: this.left + this.width, y: this.y }, thickness, color });
  }

  rect(height: number, options: { fill?: RGB; border?: RGB; borderWidth?: number; width?: number }): void {
    this.page.drawRectangle({
      x: this.left,
      y: this.y - height,
      width: options.width ?? this.width,
      height,
      color: options.fill,
      borderColor: options.border,
      borderWidth: options.border ? (options.borderWidth ?? 1) : 0,
    });
  }

  /** Page numbers 「1 / 3」: drawn last, once the page count is known. */
  finish(): void {
    const style: TextStyle = { size: 10.5, color: colors.muted };
    this.pages.forEach((page, index) => {
      const label = `${index + 1} / ${this.pages.length}`;
      this.page = page;
      this.drawAt(label, (A4.width - this.measure(label, style)) / 2, 30, style);
    });
  }

  private drawAt(text: string, x: number, baseline: number, style: TextStyle): void {
    if (text === '') return;
    this.page.drawText(text, { x, y: baseline, size: style.size, font: this.embedded[style.weight ?? 'regular'], color: style.color ?? colors.text });
  }

  private newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    const { left, right, notice, watermark } = this.header;
    if (watermark) {
      const size = 140;
      const w = this.measure(watermark, { size, weight: 'bold' });
      const angle = Math.PI / 5;
      this.page.drawText(watermark, {
        x: A4.width / 2 - (w / 2) * Math.cos(angle) + (size / 3) * Math.sin(angle),
        y: A4.height / 2 - (w / 2) * Math.sin(angle) - (size / 3) * Math.cos(angle),
        size,
        font: this.embedded.bold,
        color: colors.sample,
        opacity: 0.08,
        rotate: degrees((angle * 180) / Math.PI),
      });
    }
    const style: TextStyle = { size: 10.5, color: colors.muted };
    const rightStyle: TextStyle = { size: 10.5, weight: 'bold' };
    const rightWidth = this.measure(right, rightStyle);
    const baseline = A4.height - 40;
    this.drawAt(this.truncate(left, style, this.width - rightWidth - 16), this.left, baseline, style);
    this.drawAt(right, this.left + this.width - rightWidth, baseline, rightStyle);
    this.y = baseline - 10;
    this.rule();
    if (notice) {
      this.gap(4);
      this.line(this.truncate(notice, { size: 10.5 }, this.width), { size: 10.5, weight: 'bold', color: colors.sample });
    }
    this.y = Math.min(this.y - 12, CONTENT_TOP);
    if (this.continuation) this.line(this.truncate(this.continuation, style, this.width), style);
  }

  private truncate(text: string, style: TextStyle, width: number): string {
    if (this.measure(text, style) <= width) return text;
    const chars = Array.from(text);
    while (chars.length > 0 && this.measure(`${chars.join('')}…`, style) > width) chars.pop();
    return `${chars.join('')}…`;
  }
}
