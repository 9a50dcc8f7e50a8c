import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { eq } from 'drizzle-orm';
import { loadVersionTable } from './catalog.ts';
import { datasetUploads } from './schema.ts';

const BASE = '/m/143421';
const PASSWORD = 'ninomiya-demo-2026';
const STANDARD_SLUGS = ['public_facility', 'evacuation_space', 'aed', 'public_toilet', 'preschool', 'population', 'event'];

async function publishedTable(t: TestApp, slug: string) {
  const table = await withTenant(t.services.db, '143421', (tx) => loadVersionTable(tx, slug));
  assert.ok(table, `${slug} is published`);
  return table;
}

describe('open data publishing: check an uploaded file, publish a version, never replace it with a bad file', () => {
  let t: TestApp;
  let publisher: TestBrowser;
  let resident: TestBrowser;

  const upload = async (slug: string, file: File) => {
    const response = await publisher.submitMultipart(`${BASE}/opendata/${slug}`, `${BASE}/opendata/${slug}/uploads`, [['file', file]]);
    assert.equal(response.status, 303, `upload to ${slug}`);
    const reportPath = response.headers.get('location')!;
    return { reportPath, html: await (await publisher.get(reportPath)).text() };
  };
  const publish = async (reportPath: string, note = '') => {
    const response = await publisher.submit(reportPath, `${reportPath}/publish`, { note });
    assert.equal(response.status, 303);
    return response.headers.get('location')!;
  };
  const download = async (name: string) => {
    const response = await resident.get(`${BASE}/opendata/files/${name}`);
    assert.equal(response.status, 200, name);
    return new Uint8Array(await response.arrayBuffer());
  };

  before(async () => {
    t = await createTestApp();
    publisher = (await signInStaff(t, 'publisher@ninomiya.example.jp', PASSWORD)).browser;
    resident = new TestBrowser(t.publicApp);
  });
  after(() => t.close());

  it('lets only publishers and admins in', async () => {
    const list = await (await publisher.get(`${BASE}/opendata`)).text();
    for (const slug of STANDARD_SLUGS) assert.match(list, new RegExp(`href="${BASE}/opendata/${slug}"`, 'u'));
    const staff = (await signInStaff(t, 'staff@ninomiya.example.jp', PASSWORD)).browser;
    assert.equal((await staff.get(`${BASE}/opendata`)).status, 403);
    assert.equal((await staff.get(`${BASE}/opendata/public_toilet`)).status, 403);
  });

  it('round-trips every standard dataset of the demo: the exported CSV and Excel files import to the same rows', async () => {
    for (const slug of STANDARD_SLUGS) {
      const before = await publishedTable(t, slug);
      for (const format of ['csv', 'xlsx'] as const) {
        const bytes = await download(`143421_${slug}.${format}`);
        const { reportPath, html } = await upload(slug, new File([bytes], `143421_${slug}.${format}`));
        assert.doesNotMatch(html, /要修正/u, `${slug}.${format} has no errors`);
        assert.match(html, /公開できます/u);
        const id = reportPath.split('/').pop()!;
        const [stored] = await withTenant(t.services.db, '143421', (tx) => tx.select({ table: datasetUploads.table }).from(datasetUploads).where(eq(datasetUploads.id, id)));
        const table = stored!.table!;
        assert.deepEqual(table.columns, before.columns, `${slug}.${format} columns`);
        assert.deepEqual(table.rows, before.rows, `${slug}.${format} rows`);
      }
    }
  });

  it('publishes a checked file as a new version; earlier versions stay downloadable', async () => {
    const v1 = new TextDecoder().decode(await download('143421_public_toilet.csv'));
    const records = parse(v1.replace(/^\uFEFF/u, ''), { columns: false }) as string[][];
    const header = records[0]!;
    const nameIndex = header.indexOf('名称');
    records[1]![nameIndex] = `${records[1]![nameIndex]}（改修後）`;
    const changed = records.map((r) => r.map((cell) => (/[",\n]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\n');
    const { reportPath, html } = await upload('public_toilet', new File([changed], 'toilet-lf.csv'));
    assert.match(html, /UTF-8（BOMなし）/u);
    assert.match(html, /この内容で公開する（第2版）/u);
    const after = await publish(reportPath, '改修工事の完了を反映しました。');
    assert.match(after, /\?published=2$/u);
    const page = await (await resident.get(`${BASE}/opendata/datasets/public_toilet`)).text();
    assert.match(page, /第2版/u);
    assert.match(page, /改修工事の完了を反映しました。/u);
    assert.match(new TextDecoder().decode(await download('143421_public_toilet.csv')), /（改修後）/u);
    assert.equal(new TextDecoder().decode(await download('v1/143421_public_toilet.csv')), v1, 'version 1 is unchanged');
    const again = await publisher.submit(reportPath, `${reportPath}/publish`, { note: '' });
    assert.match(again.headers.get('location') ?? '', /\?published=2$/u, 'publishing the same upload twice gives the same version');
  });

  it('refuses malformed files with a report by row and column, and leaves the published version untouched', async () => {
    const published = await download('143421_aed.csv');
    const header = new TextDecoder().decode(published).replace(/^\uFEFF/u, '').split('\r\n')[0]!;
    const cells = header.split(',').length;
    const cases: { name: string; body: BlobPart; expect: RegExp }[] = [
      { name: 'quote.csv', body: `${header}\r\n"143421,1,二宮町\r\n`, expect: /引用符/u },
      { name: 'columns.csv', body: `${header}\r\n${Array(cells).fill('').join(',')}\r\n${Array(cells + 2).fill('x').join(',')}\r\n`, expect: /3行目/u },
      { name: 'binary.csv', body: new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), expect: /要修正/u },
      { name: 'huge.csv', body: new Uint8Array(50 * 1024 * 1024).fill(0x41), expect: /MB/u },
    ];
    for (const bad of cases) {
      const { reportPath, html } = await upload('aed', new File([bad.body], bad.name));
      assert.match(html, /このファイルは公開できません/u, bad.name);
      assert.match(html, bad.expect, bad.name);
      assert.match(html, /公開中の第1版はそのまま公開されています/u);
      assert.doesNotMatch(html, /この内容で公開する/u);
      const forced = await publisher.submit(reportPath, `${reportPath}/publish`, { note: '' });
      assert.equal(forced.status, 303);
      assert.deepEqual(await download('143421_aed.csv'), published, `${bad.name} did not replace the published file`);
      const report = await publisher.get(`${reportPath}/report.csv`);
      const bytes = new Uint8Array(await report.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the report starts with a BOM for Excel');
      assert.match(new TextDecoder().decode(bytes), /^種類,行,列,内容\r\n/u);
    }
  });

  it('imports a Shift_JIS file with older headers and ○ flags, says what it found, and tells the dashboard', async () => {
    const bytes = readFileSync(new URL('./import/fixtures/evacuation-space-sjis.csv', import.meta.url));
    const { reportPath, html } = await upload('evacuation_space', new File([bytes], '避難場所.csv'));
    assert.match(html, /文字コード：Shift_JIS/u);
    assert.match(html, /NO → ID（旧形式の列名）/u);
    assert.match(html, /住所 → 所在地_連結表記（旧形式の列名）/u);
    assert.match(html, /公開できます/u);
    const waiting = async () => Number(/公開を待っているオープンデータ<\/h3><p><span class="figure">(\d+)件/u.exec(await (await publisher.get(`${BASE}/`)).text())?.[1]);
    const before = await waiting();
    assert.ok(before >= 1, 'the dashboard counts this file as waiting');
    await publish(reportPath, '');
    assert.equal(await waiting(), before - 1, 'once published it no longer waits');
    const [, row] = parse((await resident.get(`${BASE}/opendata/files/143421_evacuation_space.csv`).then((r) => r.text())).replace(/^\uFEFF/u, ''), { columns: false }) as string[][];
    const header = (parse(new TextDecoder().decode(await download('143421_evacuation_space.csv')).replace(/^\uFEFF/u, ''), { columns: false }) as string[][])[0]!;
    assert.equal(row![header.indexOf('名称')], '二宮町立二宮小学校');
    assert.equal(row![header.indexOf('災害種別_洪水')], '1', '○ became 1');
    assert.equal(row![header.indexOf('想定収容人数')], '1200');
  });

  it('reads a 2019 推奨データセット file with a look-alike dash in a header into the current columns, and says how', async () => {
    const bytes = readFileSync(new URL('../../test/fixtures/opendata/toilets-2019-sjis.csv', import.meta.url));
    const { reportPath, html } = await upload('public_toilet', new File([bytes], 'トイレ（旧形式）.csv'));
    assert.match(html, /2019年の推奨データセットの形式（旧形式）のファイルです/u);
    assert.match(html, /都道府県コード又は市区町村コード → 全国地方公共団体コード（旧形式の列名）/u);
    assert.match(html, /バリアフリ―トイレ数 → バリアフリートイレ数/u);
    assert.match(html, /都道府県名 → 地方公共団体名（「市区町村名」が空欄の行に使います/u);
    assert.match(html, /標準にない列（公開するデータの末尾に、この見出しのまま残します）：管理課/u);
    assert.match(html, /公開できます/u);
    const id = reportPath.split('/').pop()!;
    const [stored] = await withTenant(t.services.db, '143421', (tx) => tx.select({ table: datasetUploads.table }).from(datasetUploads).where(eq(datasetUploads.id, id)));
    const { columns, rows } = stored!.table!;
    const value = (row: number, column: string) => rows[row]![columns.indexOf(column)];
    assert.equal(columns.includes('都道府県名'), false, 'the folded column is not published on its own');
    assert.equal(columns.at(-1), '管理課');
    assert.deepEqual([value(0, '全国地方公共団体コード'), value(0, 'ID'), value(0, '地方公共団体名'), value(1, '建物名等(方書)'), value(0, 'バリアフリートイレ数')], ['143421', '1', '二宮町', '管理棟', '1']);
  });

  it('warns when the file’s headers fit another dataset than the one it is uploaded to', async () => {
    const bytes = readFileSync(new URL('../../test/fixtures/opendata/aed-sjis-crlf.csv', import.meta.url));
    const { html } = await upload('public_toilet', new File([bytes], 'aed.csv'));
    assert.match(html, /見出しは「AED設置箇所一覧」の形式によく合います（一致度100%）。登録先の「公衆トイレ一覧」で正しいか確かめてください。/u);
    const right = await upload('aed', new File([bytes], 'aed.csv'));
    assert.doesNotMatch(right.html, /の形式によく合います/u);
  });

  it('adds a dataset that follows no standard, with its own column descriptions, and publishes it', async () => {
    const empty = await publisher.submit(`${BASE}/opendata/new`, `${BASE}/opendata/new`, { standard: '', slug: 'Bus Stop', title: '', description: '', keywords: '', category: '', department: '', frequency: '', columns: '' });
    assert.equal(empty.status, 400);
    const errors = await empty.text();
    assert.match(errors, /<title>エラー：/u);
    assert.match(errors, /半角の英小文字/u);
    assert.match(errors, /value="Bus Stop"/u, 'what was typed is kept');
    const created = await publisher.submit(`${BASE}/opendata/new`, `${BASE}/opendata/new`, {
      standard: '', slug: 'bus_stop', title: 'コミュニティバス停留所一覧', description: '町内を走るコミュニティバスの停留所です。', keywords: '交通、バス', category: 'administration', department: 'seisaku', frequency: 'yearly',
      columns: '停留所名：バス停の名前\n緯度：世界測地系\n経度：世界測地系',
    });
    assert.equal(created.status, 303);
    const csv = '停留所名,緯度,経度\r\n二宮駅南口,35.299000,139.255000\r\n役場前,35.299500,139.255800\r\n';
    const { reportPath, html } = await upload('bus_stop', new File([csv], 'bus.csv'));
    assert.match(html, /公開できます/u);
    await publish(reportPath);
    const page = await (await resident.get(`${BASE}/opendata/datasets/bus_stop`)).text();
    assert.match(page, /独自の形式/u);
    assert.match(page, /バス停の名前/u);
    const geojson = JSON.parse(new TextDecoder().decode(await download('143421_bus_stop.geojson')));
    assert.equal(geojson.features.length, 2);
    assert.deepEqual(geojson.features[0].geometry.coordinates, [139.255, 35.299]);
  });
});
