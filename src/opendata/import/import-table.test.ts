import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ColumnSpec } from '../standards/types.ts';
import { importTable } from './import-table.ts';
import { TOILET_HEADER, cell, csv, errors, evacuation, fixture, only, run, toilet, utf8 } from './test-support.ts';

describe('importTable: reading and limits', () => {
  it('reads UTF-8 with BOM and CRLF into the standard columns in order, missing ones empty, extras last', async () => {
    const text = `\ufeffメモ,名称,ID,所在地_連結表記,設置位置\r\n点検済,二宮駅北口,1,二宮町二宮838,駅前\r\n`;
    const result = await run(utf8(text));
    assert.deepEqual(result.reading, { encoding: 'utf-8-bom', lineEnding: 'crlf' });
    assert.equal(result.publishable, true);
    assert.deepEqual(result.table!.columns, [...toilet.map((spec) => spec.name), 'メモ']);
    assert.equal(cell(result, 0, 'ID'), '1');
    assert.equal(cell(result, 0, '名称'), '二宮駅北口');
    assert.equal(cell(result, 0, '緯度'), '');
    assert.equal(cell(result, 0, 'メモ'), '点検済');
    only(result, { severity: 'warning', row: 1, column: 'メモ' });
    only(result, { severity: 'warning', message: '推奨の列「緯度」がありません。できるだけ加えてください。公開するデータには、空の列として含めます。' });
  });

  it('reads UTF-8 without BOM and LF, trimming every cell', async () => {
    const result = await run(csv('名称,所在地_連結表記,設置位置', ' 吾妻山 ,　山西1068　,入口'));
    assert.deepEqual(result.reading, { encoding: 'utf-8', lineEnding: 'lf' });
    assert.deepEqual([cell(result, 0, '名称'), cell(result, 0, '所在地_連結表記')], ['吾妻山', '山西1068']);
  });

  it('maps an older Shift_JIS file: NO, 住所, 方書, 市区町村名, ○ flags; keeps 0 and blank apart', async () => {
    const result = await run(fixture('evacuation-space-sjis.csv'), evacuation);
    assert.deepEqual(result.reading, { encoding: 'shift_jis', lineEnding: 'crlf' });
    assert.equal(result.publishable, true, JSON.stringify(errors(result)));
    assert.deepEqual(result.renamedHeaders, [
      { from: 'NO', to: 'ID', older: true },
      { from: '住所', to: '所在地_連結表記', older: true },
      { from: '方書', to: '建物名等(方書)', older: true },
      { from: '市区町村名', to: '地方公共団体名', older: true },
    ]);
    assert.equal(result.layout, 'older');
    assert.equal(cell(result, 0, '災害種別_洪水'), '1');
    assert.equal(cell(result, 0, '災害種別_津波'), '');
    assert.equal(cell(result, 0, '指定避難所との重複'), '1');
    assert.equal(cell(result, 1, '想定収容人数'), '0');
    assert.equal(cell(result, 0, '対象となる町会・自治会'), '①二宮地区～中里地区');
    assert.equal(only(result, { row: 2, column: '災害種別_洪水' }).message, '2行目・L列「災害種別_洪水」：「○」を「1」に直しました。');
  });

  it('reads the 2019 layout: 都道府県名 fills 地方公共団体名 where 市区町村名 is empty, and is not published on its own', async () => {
    const result = await run(csv(
      '都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,住所,設置位置,多機能トイレ数,ｵｽﾄﾒｲﾄ設置トイレ有無',
      '143421,1,神奈川県,二宮町,二宮駅北口,二宮町二宮838,駅前,1,有',
      '140007,2,神奈川県,,県立吾妻山公園,二宮町山西1068,山頂,1,無',
    ));
    assert.equal(result.layout, 'older');
    assert.equal(result.publishable, true, JSON.stringify(errors(result)));
    assert.deepEqual(result.foldedHeaders, [{ from: '都道府県名', into: '市区町村名', to: '地方公共団体名' }]);
    assert.deepEqual([cell(result, 0, '地方公共団体名'), cell(result, 1, '地方公共団体名')], ['二宮町', '神奈川県']);
    assert.deepEqual([cell(result, 0, 'バリアフリートイレ数'), cell(result, 1, 'オストメイト設置トイレ有無')], ['1', '無']);
    assert.equal(result.table!.columns.includes('都道府県名'), false);
    assert.deepEqual(result.extraHeaders, []);
    assert.ok(result.missingColumns!.includes('名称_英語'));
    assert.ok(!result.problems.some((problem) => problem.column === '都道府県名'), 'the folded column is not reported as extra');
  });

  it('does not call a current file with one 2019 name (住所) the 2019 layout', async () => {
    const result = await run(csv('名称,住所,設置位置', '二宮駅,二宮838,駅前'));
    assert.deepEqual(result.renamedHeaders, [{ from: '住所', to: '所在地_連結表記', older: true }]);
    assert.equal(result.layout, 'current');
  });

  it('accepts 名称_英字 for 名称_英語 and full-width brackets in headers', async () => {
    const result = await run(csv('名称,名称_英字,所在地_連結表記,設置位置,建物名等（方書）', '二宮駅,Ninomiya Sta.,二宮838,駅前,駅舎1階'));
    assert.deepEqual(result.renamedHeaders, [
      { from: '名称_英字', to: '名称_英語' },
      { from: '建物名等（方書）', to: '建物名等(方書)' },
    ]);
    assert.equal(cell(result, 0, '名称_英語'), 'Ninomiya Sta.');
    assert.equal(cell(result, 0, '建物名等(方書)'), '駅舎1階');
  });

  it('refuses a file with an unbalanced quote, giving the row', async () => {
    const result = await run(csv('名称,所在地_連結表記,設置位置', 'a,b,c', 'd,"e,f', 'g,h,i'));
    assert.equal(result.publishable, false);
    assert.equal(result.table, undefined);
    assert.match(only(result, { severity: 'error', row: 3 }).message, /^3行目：引用符（"）が閉じられていません。/u);
  });

  it('refuses binary data and a PNG renamed .csv', async () => {
    const png = await importTable(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'photo.csv', toilet);
    assert.equal(png.publishable, false);
    assert.match(only(png, { severity: 'error' }).message, /PNG形式の画像/u);
    const binary = await run(new Uint8Array(Array.from({ length: 2000 }, (_, index) => (index * 7919) % 256)));
    assert.match(only(binary, { severity: 'error' }).message, /バイナリ/u);
  });

  it('refuses a file over maxBytes without reading it', async () => {
    const result = await run(csv(TOILET_HEADER, '1,a,b,c,,,,'), toilet, { maxBytes: 20 });
    assert.equal(result.publishable, false);
    assert.equal(result.reading, undefined);
    assert.match(only(result, { severity: 'error' }).message, /^ファイルが大きすぎます/u);
  });

  it('refuses a real 50 MB upload quickly, before decoding or parsing', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x2c);
    const started = performance.now();
    const result = await run(big);
    assert.ok(performance.now() - started < 100, `took ${performance.now() - started} ms`);
    assert.equal(result.reading, undefined);
    assert.match(only(result, { severity: 'error' }).message, /ファイルが大きすぎます（50 MB）。登録できるのは20 MBまでです/u);
  });

  it('refuses more rows than maxRows', async () => {
    const result = await run(csv('名称,所在地_連結表記,設置位置', 'a,b,c', 'd,e,f', 'g,h,i'), toilet, { maxRows: 2 });
    assert.match(only(result, { severity: 'error' }).message, /^行数が多すぎます（3行）。登録できるのは2行までです/u);
  });

  it('matches every column of a non-standard dataset given as text columns', async () => {
    const columns: ColumnSpec[] = ['番号', '品目', '数量'].map((name) => ({ name, kind: 'text', requirement: 'optional' }));
    const result = await run(csv('番号,品目,数量', '1,毛布,30枚'), columns);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.table, { columns: ['番号', '品目', '数量'], rows: [['1', '毛布', '30枚']] });
  });

  it('refuses an empty file', async () => {
    const result = await run(utf8('\ufeff\r\n'));
    assert.match(only(result, { severity: 'error' }).message, /中身が空/u);
  });

  it('caps the report at 1,000 problems with a final summary, and still counts every error', async () => {
    const lines = Array.from({ length: 1500 }, (_, index) => `${index},a,b,c,,,x,`);
    const result = await run(csv(TOILET_HEADER, ...lines));
    assert.equal(result.problems.length, 1001);
    // One whole-file warning (全国地方公共団体コード missing), then one error per row from row 2.
    assert.equal(result.problems[999]!.row, 1000);
    assert.deepEqual(result.problems.at(-1), {
      severity: 'error',
      message: '問題が多いため、最初の1,000件だけを表示しています。ほかに501件（うちエラー501件）あります。表示されている問題を直してから、もう一度読み込んでください。',
    });
    assert.equal(result.publishable, false);
  });
});
