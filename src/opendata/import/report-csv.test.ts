import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { reportToCsv, summariseReading } from './report-csv.ts';
import type { ImportResult } from './types.ts';

const result: ImportResult = {
  reading: { encoding: 'utf-8', lineEnding: 'lf' },
  renamedHeaders: [],
  publishable: false,
  problems: [
    { severity: 'error', row: 3, column: '名称', message: '3行目・B列「名称」：必須の項目が空です。値を入れてください。' },
    { severity: 'warning', row: 1, column: '=HYPERLINK("x")', message: '1行目・C列「=HYPERLINK("x")」：標準の項目にない列です。' },
  ],
};

describe('report CSV', () => {
  it('is UTF-8 with BOM and CRLF, one table of 種類,行,列,内容 that starts with the verdict', () => {
    const text = reportToCsv(result, 'toilets.csv');
    assert.ok(text.startsWith('\ufeff種類,行,列,内容\r\n'));
    assert.ok(!/[^\r]\n/u.test(text));
    const rows = parse(text, { bom: true }) as string[][];
    assert.deepEqual(rows[1], ['結果', '', '', '「toilets.csv」の確認結果：エラーを直すまで公開できません（エラー1件、注意1件）。文字コード：UTF-8（BOMなし）、改行：LF。']);
    assert.deepEqual(rows[2], ['エラー', '3', '名称', '3行目・B列「名称」：必須の項目が空です。値を入れてください。']);
    assert.equal(rows.length, 4);
  });

  it('keeps a header that looks like a formula from running in Excel', () => {
    const rows = parse(reportToCsv(result, 'a.csv'), { bom: true }) as string[][];
    assert.equal(rows[3]![2], '\'=HYPERLINK("x")');
  });

  it('summarises how the file was read', () => {
    assert.equal(summariseReading({ encoding: 'utf-8', lineEnding: 'lf' }), '文字コード：UTF-8（BOMなし）、改行：LF');
    assert.equal(summariseReading({ encoding: 'utf-8-bom', lineEnding: 'crlf' }), '文字コード：UTF-8（BOM付き）、改行：CRLF');
    assert.equal(summariseReading({ encoding: 'shift_jis', lineEnding: 'mixed' }), '文字コード：Shift_JIS、改行：混在（CRLF・LF・CRのうち2種類以上）');
    assert.equal(summariseReading({ encoding: 'xlsx', lineEnding: 'none' }), 'ファイル形式：Excelブック（.xlsx）');
  });
});
