import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { readCsvText, detectLineEnding } from './read-text.ts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

describe('readCsvText', () => {
  it('reads UTF-8 with BOM and CRLF, without keeping the BOM', () => {
    const read = readCsvText(withBom(utf8('ID,名称\r\n1,二宮駅\r\n')));
    assert.ok(read.ok);
    assert.deepEqual(read.reading, { encoding: 'utf-8-bom', lineEnding: 'crlf' });
    assert.equal(read.text, 'ID,名称\r\n1,二宮駅\r\n');
  });

  it('reads UTF-8 without BOM and LF', () => {
    const read = readCsvText(utf8('ID,名称\n1,吾妻山\n'));
    assert.ok(read.ok);
    assert.deepEqual(read.reading, { encoding: 'utf-8', lineEnding: 'lf' });
  });

  it('reads Shift_JIS (cp932) made by iconv, including ①, 髙 and ～', () => {
    const read = readCsvText(fixture('evacuation-space-sjis.csv'));
    assert.ok(read.ok);
    assert.deepEqual(read.reading, { encoding: 'shift_jis', lineEnding: 'crlf' });
    assert.ok(read.text.startsWith('NO,名称,名称_英字,住所'));
    assert.ok(read.text.includes('①二宮地区～中里地区'));
    assert.ok(read.text.includes('髙橋町内会'));
  });

  it('refuses bytes that are neither UTF-8 nor Shift_JIS, naming the line', () => {
    const read = readCsvText(new Uint8Array([...utf8('ID,名称\n1,a\n'), 0x82, 0xff, 0x0a]));
    assert.ok(!read.ok);
    assert.match(read.message, /^文字コードを判別できませんでした。3行目付近/u);
  });

  it('refuses a UTF-8 BOM followed by bytes that are not UTF-8', () => {
    const read = readCsvText(withBom(new Uint8Array([0x41, 0x0a, 0x82, 0xa0])));
    assert.ok(!read.ok);
    assert.match(read.message, /UTF-8（BOM付き）のファイルですが、2行目付近/u);
  });

  it('refuses random bytes as binary data', () => {
    const bytes = randomBytes(4096);
    bytes[0] = 0x41;
    const read = readCsvText(new Uint8Array(bytes));
    assert.ok(!read.ok);
    assert.match(read.message, /バイナリ/u);
  });

  it('refuses a PNG renamed .csv, a PDF and UTF-16, saying what they are', () => {
    const png = readCsvText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    assert.ok(!png.ok);
    assert.match(png.message, /PNG形式の画像/u);
    const pdf = readCsvText(utf8('%PDF-1.7\n'));
    assert.ok(!pdf.ok && /PDFファイル/u.test(pdf.message));
    const utf16 = readCsvText(new Uint8Array([0xff, 0xfe, 0x49, 0x00, 0x44, 0x00]));
    assert.ok(!utf16.ok && /UTF-16/u.test(utf16.message));
    for (const read of [png, pdf, utf16]) assert.ok(!read.ok && JAPANESE.test(read.message));
  });
});

describe('detectLineEnding', () => {
  it('tells CRLF, LF, CR, mixed and none apart', () => {
    assert.equal(detectLineEnding('a\r\nb\r\n'), 'crlf');
    assert.equal(detectLineEnding('a\nb\n'), 'lf');
    assert.equal(detectLineEnding('a\rb\r'), 'cr');
    assert.equal(detectLineEnding('a\r\nb\nc'), 'mixed');
    assert.equal(detectLineEnding('a,b'), 'none');
  });
});
