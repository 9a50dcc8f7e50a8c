import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('keeps quoted commas and line breaks in their cell, one row per spreadsheet row', () => {
    const parsed = parseCsv('ID,名称,備考\r\n1,"二宮町, 役場","1階\n窓口"\r\n\r\n2,吾妻山,\r\n');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.rows, [['ID', '名称', '備考'], ['1', '二宮町, 役場', '1階\n窓口'], [''], ['2', '吾妻山', '']]);
  });

  it('reads mixed line endings as a spreadsheet would', () => {
    const parsed = parseCsv('a,b\r\n1,2\n3,4\r5,6');
    assert.ok(parsed.ok);
    assert.equal(parsed.rows.length, 4);
  });

  it('keeps rows of a different length for the caller to report', () => {
    const parsed = parseCsv('a,b,c\n1,2\n1,2,3,4\n');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.rows.map((row) => row.length), [3, 2, 4]);
  });

  it('reports an unbalanced quote at the row where the quoted value starts', () => {
    const parsed = parseCsv('ID,名称\n1,"二宮\n駅"\n3,"吾妻山\n4,ラディアン\n');
    assert.ok(!parsed.ok);
    assert.equal(parsed.row, 3);
    assert.match(parsed.message, /^引用符（"）が閉じられていません。/u);
  });

  it('reports text after a closing quote', () => {
    const parsed = parseCsv('ID,名称\n1,"二宮"駅\n');
    assert.ok(!parsed.ok);
    assert.equal(parsed.row, 2);
    assert.match(parsed.message, /引用符（"）の使い方が正しくありません/u);
  });

  it('refuses a tab-separated file with advice to save as CSV', () => {
    const parsed = parseCsv('ID\t名称\n1\t二宮\n');
    assert.ok(!parsed.ok);
    assert.match(parsed.message, /タブ区切り/u);
  });
});
