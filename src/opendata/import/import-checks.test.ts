import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TOILET_HEADER, cell, csv, errors, evacuation, only, run, toilet } from './test-support.ts';

describe('importTable: table structure and cell values', () => {
  it('reports a row with the wrong number of cells by its row', async () => {
    const result = await run(csv('名称,所在地_連結表記,設置位置', 'a,b,c', 'd,e', 'g,h,i'));
    assert.equal(result.publishable, false);
    assert.match(only(result, { severity: 'error', row: 3, column: undefined }).message, /^3行目：この行の値の数（2個）が、見出しの数（3個）と合いません。/u);
    assert.deepEqual(errors(result).map((problem) => problem.row), [3, 3]);
    only(result, { severity: 'error', row: 3, column: '設置位置' });
  });

  it('finds the header below a title row and tells the publisher to delete the title', async () => {
    const result = await run(csv('二宮町 公衆トイレ一覧,,', ',,', '名称,所在地_連結表記,設置位置', '二宮駅,二宮838,'));
    assert.equal(result.publishable, false);
    assert.match(only(result, { row: 1 }).message, /^1行目：表の上にタイトルや空の行があります（1〜2行目：「二宮町 公衆トイレ一覧」）。見出しは3行目にあるようです。/u);
    assert.equal(cell(result, 0, '名称'), '二宮駅');
    only(result, { severity: 'error', row: 4, column: '設置位置' });
  });

  it('refuses a note below the table and leaves it out of the table', async () => {
    const result = await run(csv('名称,所在地_連結表記,設置位置', '二宮駅,二宮838,駅前', ',,', '※令和7年4月1日現在,,'));
    assert.equal(result.publishable, false);
    assert.match(only(result, { severity: 'error', row: 4 }).message, /^4行目・A列：表の下に注記「※令和7年4月1日現在」があります。/u);
    only(result, { severity: 'warning', row: 3 });
    assert.equal(result.table!.rows.length, 1);
  });

  it('gives the right municipality code when the check digit is wrong', async () => {
    const result = await run(csv('全国地方公共団体コード,名称,所在地_連結表記,設置位置', '143421,a,b,c', '143429,d,e,f'));
    const problem = only(result, { severity: 'error', row: 3, column: '全国地方公共団体コード' });
    assert.match(problem.message, /^3行目・A列「全国地方公共団体コード」：「143429」は6桁目（検査数字）が合いません。最初の5桁が正しければ、正しいコードは「143421」です。/u);
  });

  it('reports coordinates outside Japan and swapped coordinates', async () => {
    const result = await run(csv('名称,所在地_連結表記,設置位置,緯度,経度', 'a,b,c,35.300123,139.253456', 'd,e,f,139.253456,35.300123', 'g,h,i,0,0', 'j,k,l,35.30012345,139.2534'));
    assert.match(only(result, { row: 3, column: '緯度' }).message, /緯度と経度が入れ替わっているようです/u);
    assert.equal(result.problems.filter((problem) => problem.row === 3).length, 1);
    assert.match(only(result, { row: 4, column: '緯度' }).message, /日本の範囲（北緯20〜46度）の外です。.*0ではなく空欄/u);
    assert.match(only(result, { row: 4, column: '経度' }).message, /東経122〜154度/u);
    assert.equal(only(result, { row: 5, column: '緯度' }).severity, 'warning');
    assert.equal(result.problems.filter((problem) => problem.row === 2).length, 0);
  });

  it('keeps blank and 0 apart in number columns', async () => {
    const result = await run(csv(TOILET_HEADER, '1,a,b,c,,,0,', '2,d,e,f,,,,'));
    assert.equal(result.publishable, true);
    assert.equal(cell(result, 0, '男性トイレ総数'), '0');
    assert.equal(cell(result, 1, '男性トイレ総数'), '');
  });

  it('refuses a unit or a word in a number cell', async () => {
    const result = await run(csv(TOILET_HEADER, '1,a,b,c,,,3基,', '2,d,e,f,,,なし,'));
    assert.match(only(result, { row: 2, column: '男性トイレ総数' }).message, /^2行目・G列「男性トイレ総数」：「3基」は数値ではありません。数値の列には数字だけを書いてください。/u);
    assert.match(only(result, { row: 3, column: '男性トイレ総数' }).message, /空欄にしてください/u);
    assert.equal(cell(result, 0, '男性トイレ総数'), '3基');
  });

  it('reports a missing required column once for the whole file, and empty required cells per row', async () => {
    const result = await run(csv('名称,所在地_連結表記', 'a,b', 'c,'));
    const missing = only(result, { severity: 'error', message: '必須の列「設置位置」がありません。1行目に見出し「設置位置」の列を加え、各行に値を入れてください。' });
    assert.equal(missing.row, undefined);
    assert.equal(result.problems.filter((problem) => problem.message.includes('設置位置')).length, 1);
    assert.equal(only(result, { row: 3, column: '所在地_連結表記' }).message, '3行目・B列「所在地_連結表記」：必須の項目が空です。値を入れてください。');
  });

  it('treats blank 災害種別 cells as "does not apply", not as missing required values', async () => {
    const header = '名称,所在地_連結表記,電話番号,市区町村コード,災害種別_洪水,災害種別_崖崩れ、土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫,災害種別_火山現象,指定避難所との重複';
    const result = await run(csv(header, '二宮小,二宮1240,0463-71-3311,143421,1,,,1,,,,,'), evacuation);
    assert.deepEqual(errors(result), []);
  });

  it('refuses a line break inside a cell, but only warns in 備考', async () => {
    const result = await run(csv(TOILET_HEADER, '1,"二宮\n駅",b,c,,,,"1行目\n2行目"'));
    assert.match(only(result, { severity: 'error', row: 2, column: '名称' }).message, /1つのセルには1つの値だけ/u);
    only(result, { severity: 'warning', row: 2, column: '備考' });
  });

  it('refuses duplicated and empty headers', async () => {
    const result = await run(csv('ID,名称,所在地_連結表記,設置位置,NO,,名称', '1,a,b,c,1,x,a'));
    assert.match(only(result, { row: 1, column: 'NO' }).message, /^1行目・E列「NO」：A列「ID」と同じ項目を表す見出しです。/u);
    assert.match(only(result, { row: 1, column: '名称', severity: 'error' }).message, /^1行目・G列「名称」：B列「名称」と同じ見出しです。/u);
    assert.match(only(result, { row: 1, message: '1行目・F列：見出しが空です。この列の内容を表す見出しを書くか、不要な列なら列ごと削除してください。' }).severity, /error/u);
  });

  it('skips blank rows with a warning and drops Excel’s empty trailing columns silently', async () => {
    const result = await run(csv('名称,所在地_連結表記,設置位置,,', 'a,b,c,,', ',,,,', 'd,e,f,,'));
    assert.equal(result.publishable, true);
    assert.equal(result.table!.rows.length, 2);
    assert.equal(only(result, { row: 3 }).message, '3行目：空の行なので、読み飛ばしました。表の途中や下にある空の行は削除してください。');
    assert.equal(result.table!.columns.length, toilet.length);
  });

  it('sums up repeated corrections of one column after the first three', async () => {
    const lines = Array.from({ length: 10 }, (_, index) => `${index},a,b,c,,,１,`);
    const result = await run(csv(TOILET_HEADER, ...lines));
    const column = result.problems.filter((problem) => problem.column === '男性トイレ総数');
    assert.deepEqual(column.map((problem) => problem.row), [2, 3, 4, undefined]);
    assert.match(column[3]!.message, /^G列「男性トイレ総数」：この列のほかの7行にも、上と同じ内容/u);
  });

});
