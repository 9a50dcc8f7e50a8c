import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderApplicationPdf } from './application-pdf.ts';
import { drawableText, loadFonts } from './pdf/font.ts';
import { formatJapaneseDateTime } from './pdf/japanese-date.ts';
import { childAllowanceApplication } from './pdf/sample-application.ts';
import { wrapText } from './pdf/wrap.ts';

async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const loading = getDocument({ data: bytes.slice(), verbosity: 0 });
  const pdf = await loading.promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await loading.destroy();
  return pages;
}

function embeddedFonts(doc: PDFDocument): { name: string; file: Uint8Array }[] {
  const fonts: { name: string; file: Uint8Array }[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const file = object.lookup(PDFName.of('FontFile2')) ?? object.lookup(PDFName.of('FontFile3'));
    if (file instanceof PDFRawStream) fonts.push({ name: String(object.get(PDFName.of('FontName'))), file: decodePDFRawStream(file).decode() });
  }
  return fonts;
}

describe('申請内容の控え (application PDF)', () => {
  it('renders a normal 児童手当 application with its receipt number, date, channel, answers and a subset Japanese font', async () => {
    const bytes = await renderApplicationPdf(childAllowanceApplication());
    assert.ok(bytes.length < 300 * 1024, `${bytes.length} bytes`);

    const doc = await PDFDocument.load(bytes);
    assert.equal(doc.getPage(0).getWidth().toFixed(0), '595');
    assert.equal(doc.getPage(0).getHeight().toFixed(0), '842');
    assert.equal(doc.getCreator(), 'Yakuba');
    assert.match(doc.getTitle() ?? '', /申請内容の控え.*児童手当 認定請求.*A7K-3M9-Q2X/);
    assert.equal((doc.catalog.lookup(PDFName.of('Lang')) as PDFString).decodeText(), 'ja');
    const fonts = embeddedFonts(doc);
    assert.deepEqual(fonts.map(({ name }) => name.replace(/^\/[A-Z]{6}\+/, '')).sort(), ['BIZUDPGothic-Bold', 'BIZUDPGothic-Regular']);

    const text = (await pageTexts(bytes)).join('\n');
    for (const expected of [
      '申請内容の控え',
      'A7K-3M9-Q2X',
      '令和8年（2026年）11月24日 14:05',
      'オンライン申請',
      '二宮 花子',
      'にのみや はなこ',
      'hokensho.jpg',
      'この控えは申請内容の確認のためのものです。証明書ではありません。',
      '子育て・健康課 子育て支援班',
      '電話 0463-71-3311（内線 231）',
    ]) {
      assert.ok(text.includes(expected), `missing ${expected}`);
    }
    assert.ok(!text.includes('見本'));
  });

  it('embeds subset glyphs that decode to real outlines (@pdf-lib/fontkit short-loca bug)', async () => {
    const { regular } = await loadFonts();
    const doc = await PDFDocument.load(await renderApplicationPdf(childAllowanceApplication()));
    for (const { file } of embeddedFonts(doc)) {
      const subset = fontkit.create(file);
      assert.ok(subset.numGlyphs > 20 && subset.numGlyphs < 1000, `${subset.numGlyphs} glyphs`);
      let inked = 0;
      for (let id = 1; id < subset.numGlyphs; id++) {
        const { bbox } = subset.getGlyph(id);
        if (bbox.width > 0) inked++;
        assert.ok(bbox.minX >= regular.font.bbox.minX - 1 && bbox.maxY <= regular.font.bbox.maxY + 1, `glyph ${id} is garbled`);
      }
      // Only the space has no outline.
      assert.ok(inked >= subset.numGlyphs - 3, `${inked} of ${subset.numGlyphs} glyphs have outlines`);
    }
  });

  it('breaks a 2,000-character answer over pages, repeating the header and numbering every page', async () => {
    const input = childAllowanceApplication({ longAnswer: true });
    assert.equal(input.sections[2]!.rows.at(-1)!.value.length, 2000);
    const bytes = await renderApplicationPdf(input);
    const doc = await PDFDocument.load(bytes);
    const pages = await pageTexts(bytes);
    assert.ok(doc.getPageCount() > 1);
    assert.equal(pages.length, doc.getPageCount());
    pages.forEach((page, index) => {
      assert.ok(page.includes('受付番号 A7K-3M9-Q2X'), `header on page ${index + 1}`);
      assert.ok(page.includes('児童手当 認定請求'), `header on page ${index + 1}`);
      assert.ok(page.includes(`${index + 1} / ${pages.length}`), `page number on page ${index + 1}`);
    });
    assert.ok(pages.slice(1).join('').includes('（続き）'));
    assert.ok(bytes.length < 300 * 1024, `${bytes.length} bytes`);
  });

  it('prints the sample notice on every page and the counter channel', async () => {
    const bytes = await renderApplicationPdf({ ...childAllowanceApplication({ longAnswer: true, sample: true }), channel: 'counter' });
    const pages = await pageTexts(bytes);
    for (const page of pages) assert.ok(page.includes('これはデモ用のサンプルです'));
    assert.ok(pages[0]!.includes('窓口での申請'));
  });

  it('draws 〓 for characters the font lacks (emoji, 𠮷) instead of failing', async () => {
    const fonts = await loadFonts();
    assert.equal(drawableText(fonts, '𠮷野 😀 👨‍👩‍👧 葛󠄀城市 髙橋'), '〓野 〓 〓 葛城市 髙橋');
    assert.equal(drawableText(fonts, 'a\r\nb\tc\u0000'), 'a\nb c ');

    const input = childAllowanceApplication();
    input.sections[0]!.rows.push({ label: '備考 📝', value: '𠮷田 花子 😀 よろしくお願いします🙇‍♀️' });
    input.attachments.push({ label: '写真', filename: '𠮷田_😀.png' });
    const pages = await pageTexts(await renderApplicationPdf(input));
    assert.ok(pages.join('\n').includes('〓田 花子 〓 よろしくお願いします〓'));
  });

  it('renders an application with no answers, no attachments and no contact', async () => {
    const bytes = await renderApplicationPdf({ ...childAllowanceApplication(), sections: [{ heading: '申請者', rows: [{ label: '氏名', value: '' }] }], attachments: [], contact: undefined });
    const text = (await pageTexts(bytes)).join('\n');
    assert.ok(text.includes('（未入力）'));
    assert.ok(text.includes('添付書類はありません。'));
  });

  it('keeps long labels, headings and unbroken values inside the margins', async () => {
    const input = childAllowanceApplication({ sample: true });
    input.procedureTitle = '児童手当 認定請求（転入・出生・第3子以降の多子加算に関する申立てを含む）'.repeat(2);
    input.sections.push({
      heading: '長い設問に対する回答を確認するための見出しです。'.repeat(3),
      rows: [
        { label: 'この請求に関して町から確認の連絡をする場合に、平日の日中に連絡がつきやすい電話番号とその時間帯を記入してください。', value: `https://example.jp/${'a'.repeat(150)}` },
      ],
    });
    const loading = getDocument({ data: (await renderApplicationPdf(input)).slice(), verbosity: 0 });
    const pdf = await loading.promise;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '' || item.str === '見本') continue;
        const x = item.transform[4] as number;
        assert.ok(x >= 55 && x + item.width <= 595.28 - 55, `${item.str} at ${x}–${x + item.width} on page ${number}`);
      }
    }
    await loading.destroy();
  });

  it('loads and parses the font once per process, and renders concurrently', async () => {
    assert.equal(loadFonts(), loadFonts());
    const copies = await Promise.all(Array.from({ length: 4 }, () => renderApplicationPdf(childAllowanceApplication())));
    for (const copy of copies) assert.equal((await pageTexts(copy)).length, (await pageTexts(copies[0]!)).length);
  });
});

describe('wrapText', () => {
  const oneEmEach = (text: string) => Array.from(text).length;

  it('breaks between Japanese characters but keeps 。、）」 off the start of a line and （「 off its end', () => {
    const lines = wrapText('申請書を提出しました。確認（窓口）をお願いします「至急」。', 10, oneEmEach);
    assert.equal(lines.join(''), '申請書を提出しました。確認（窓口）をお願いします「至急」。');
    for (const line of lines) {
      assert.ok(oneEmEach(line) <= 10, line);
      assert.doesNotMatch(line, /^[、。）」]/);
      assert.doesNotMatch(line, /[（「]$/);
    }
    assert.deepEqual(lines, ['申請書を提出しまし', 'た。確認（窓口）をお', '願いします「至急」。']);
  });

  it('keeps Latin words and numbers whole, breaks at spaces, and honours line ends', () => {
    assert.deepEqual(wrapText('電話 0463-71-3311 まで\n平日のみ', 12, oneEmEach), ['電話', '0463-71-3311', 'まで', '平日のみ']);
    assert.deepEqual(wrapText('abcdefghijklmnop', 6, oneEmEach), ['abcdef', 'ghijkl', 'mnop']);
    assert.deepEqual(wrapText('一\n\n二', 6, oneEmEach), ['一', '', '二']);
  });
});

describe('formatJapaneseDateTime', () => {
  it('shows Japan time in 和暦 and 西暦, with 元年 for the first year of an era', () => {
    assert.equal(formatJapaneseDateTime(new Date('2026-11-24T05:05:00Z')), '令和8年（2026年）11月24日 14:05');
    assert.equal(formatJapaneseDateTime(new Date('2019-04-30T14:59:00Z')), '平成31年（2019年）4月30日 23:59');
    assert.equal(formatJapaneseDateTime(new Date('2019-04-30T15:00:00Z')), '令和元年（2019年）5月1日 00:00');
  });
});
