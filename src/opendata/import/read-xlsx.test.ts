import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync, crc32 } from 'node:zlib';
import { findStandard } from '../standards/datasets.ts';
import { importTable } from './import-table.ts';
import { readXlsx } from './read-xlsx.ts';
import { cellText } from './xlsx-cell-text.ts';

const toilet = findStandard('public_toilet')!.columns;
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

/** A deflated ZIP whose directory may under-declare sizes, as a zip bomb would. */
function deflatedZip(files: { name: string; data: Uint8Array; declaredSize?: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declaredSize } of files) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const common = (buffer: Buffer, at: number) => {
      buffer.writeUInt16LE(20, at);
      buffer.writeUInt16LE(8, at + 4);
      buffer.writeUInt32LE(crc32(data), at + 10);
      buffer.writeUInt32LE(packed.length, at + 14);
      buffer.writeUInt32LE(declaredSize ?? data.length, at + 18);
      buffer.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    common(central, 6);
    central.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, packed);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const size = directory.reduce((total, buffer) => total + buffer.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...directory, end]));
}

const WORKBOOK = { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>') };

describe('reading .xlsx', () => {
  it('reads the first sheet: numbers, Excel times as hh:mm, dates as YYYY-MM-DD', async () => {
    const result = await importTable(fixture('public-toilet.xlsx'), 'toilets.xlsx', toilet);
    assert.deepEqual(result.reading, { encoding: 'xlsx', lineEnding: 'none' });
    assert.equal(result.publishable, true, JSON.stringify(result.problems));
    const row = (index: number) => Object.fromEntries(result.table!.columns.map((name, column) => [name, result.table!.rows[index]![column]]));
    assert.deepEqual(
      [row(0)['全国地方公共団体コード'], row(0)['緯度'], row(0)['経度'], row(0)['バリアフリートイレ数'], row(0)['利用開始時間'], row(0)['利用終了時間'], row(0)['更新日']],
      ['143421', '35.300123', '139.253456', '0', '06:00', '22:30', '2025-04-01'],
    );
    assert.deepEqual([row(1)['男性トイレ総数'], row(1)['利用終了時間'], row(1)['更新日']], ['', '24:00', '']);
  });

  it('warns that only the first of several sheets was read', async () => {
    const result = await importTable(fixture('two-sheets.xlsx'), 'toilets.xlsx', toilet);
    assert.equal(result.publishable, true);
    const warning = result.problems.find((problem) => problem.message.includes('シートが2枚'));
    assert.equal(warning?.message, 'このファイルにはシートが2枚あります（「一覧」「メモ」）。読み込んだのは最初のシート「一覧」だけです。1つのファイルには1つの表だけを入れてください。');
    assert.equal(result.table!.rows.length, 2);
  });

  it('refuses merged cells, here a merged title above the header', async () => {
    const result = await importTable(fixture('merged-title.xlsx'), 'toilets.xlsx', toilet);
    assert.equal(result.publishable, false);
    const messages = result.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message);
    assert.ok(messages.includes('1行目・A列：セルが結合されています（A1:E1）。結合を解除し、1つのセルに1つの値を入れてください。見出しも1行目に1つずつ並べます。'), messages.join('\n'));
    assert.ok(messages.some((message) => message.startsWith('1行目：表の上にタイトルや空の行があります（1行目：「二宮町 公衆トイレ一覧」）')));
  });

  it('reads an .xlsx uploaded under a .csv name, saying so', async () => {
    const result = await importTable(fixture('public-toilet.xlsx'), 'toilets.csv', toilet);
    assert.equal(result.reading?.encoding, 'xlsx');
    assert.match(result.problems[0]!.message, /拡張子は「\.csv」ですが、中身はExcelブック/u);
  });

  it('refuses a zip bomb after inflating no more than its budget, even when the directory under-declares sizes', async () => {
    const bomb = new Uint8Array(5 * 1024 * 1024);
    for (const declaredSize of [undefined, 100]) {
      const zip = deflatedZip([WORKBOOK, { name: 'xl/worksheets/sheet1.xml', data: bomb, ...(declaredSize ? { declaredSize } : {}) }]);
      assert.ok(zip.length < 20_000);
      const read = await readXlsx(zip, 100_000);
      assert.ok(!read.ok);
      assert.match(read.findings[0]!.text, /展開すると大きすぎるため読み込めません（展開後の上限は1 MBです）/u);
    }
  });

  it('refuses a ZIP that is not a workbook, and a .xlsx name on text', async () => {
    const zip = await importTable(deflatedZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]), 'a.xlsx', toilet);
    assert.match(zip.problems[0]!.message, /Excelブック（\.xlsx）ではないZIP形式/u);
    const text = await importTable(new TextEncoder().encode('名称\n二宮\n'), 'a.xlsx', toilet);
    assert.match(text.problems[0]!.message, /中身がExcelブックの形式ではありません/u);
    const old = await importTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a.xls', toilet);
    assert.match(old.problems[0]!.message, /古いExcel形式（\.xls）/u);
  });
});

describe('cellText', () => {
  it('writes numbers without exponent or float noise, and keeps booleans as Excel shows them', () => {
    assert.equal(cellText(1e21), '1000000000000000000000');
    assert.equal(cellText(0.1 + 0.2), '0.3');
    assert.equal(cellText(35.300123), '35.300123');
    assert.equal(cellText(-0), '0');
    assert.equal(cellText(true), 'TRUE');
    assert.equal(cellText(null), '');
  });

  it('writes Excel day-zero times as hh:mm and dates with a time as both', () => {
    assert.equal(cellText(new Date(Date.UTC(1899, 11, 30, 8, 59, 59, 990))), '09:00');
    assert.equal(cellText(new Date(Date.UTC(2025, 3, 1))), '2025-04-01');
    assert.equal(cellText(new Date(Date.UTC(2025, 3, 1, 10, 30))), '2025-04-01 10:30');
  });
});
