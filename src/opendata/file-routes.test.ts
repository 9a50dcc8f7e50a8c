import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { loadCatalog } from './catalog.ts';
import { OPEN_DATA_LIST_COLUMNS } from './open-data-list.ts';

const HOST = { host: 'localhost:3000' };

describe('open data files by their standard names', () => {
  let t: TestApp;
  const get = (path: string, headers: Record<string, string> = {}) => t.publicApp.request(path, { headers: { ...HOST, ...headers } });
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('serves each published version as CSV (BOM, CRLF), JSON, GeoJSON and Excel with the same rows', async () => {
    const entries = await withTenant(t.services.db, '143421', (tx) => loadCatalog(tx));
    for (const { dataset, latest, formats } of entries) {
      const stem = `/m/143421/opendata/files/143421_${dataset.slug}`;
      const csv = new Uint8Array(await (await get(`${stem}.csv`)).arrayBuffer());
      assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${dataset.slug}: BOM`);
      const text = new TextDecoder().decode(csv);
      assert.ok(!/[^\r]\n/u.test(text), `${dataset.slug}: every line ends with CRLF`);
      const rows = parse(text, { bom: true }) as string[][];
      assert.deepEqual(rows[0], latest.columns);
      assert.equal(rows.length - 1, latest.rowCount);
      const records = (await (await get(`${stem}.json`)).json()) as Record<string, string>[];
      assert.equal(records.length, latest.rowCount);
      assert.deepEqual(Object.values(records[0]!), rows[1]);
      const geojson = await get(`${stem}.geojson`);
      if (formats.includes('geojson')) {
        const collection = (await geojson.json()) as { features: { geometry: { coordinates: number[] } }[] };
        assert.equal(collection.features.length, latest.rowCount, `${dataset.slug}: every sample row has a point`);
      } else {
        assert.equal(geojson.status, 404, `${dataset.slug} has no coordinates`);
      }
      const xlsx = new Uint8Array(await (await get(`${stem}.xlsx`)).arrayBuffer());
      assert.equal(new TextDecoder().decode(xlsx.subarray(0, 2)), 'PK', `${dataset.slug}: an Excel (zip) file`);
    }
  });

  it('answers conditional requests and refuses names of other towns and versions that do not exist', async () => {
    const path = '/m/143421/opendata/files/143421_aed.csv';
    const first = await get(path);
    const lastModified = first.headers.get('last-modified')!;
    assert.ok(lastModified);
    assert.equal(first.headers.get('access-control-allow-origin'), '*');
    assert.equal((await get(path, { 'if-modified-since': lastModified })).status, 304);
    assert.equal((await get(path, { 'if-none-match': first.headers.get('etag')! })).status, 304);
    assert.equal((await get(path, { 'accept-encoding': 'gzip' })).headers.get('content-encoding'), 'gzip');
    assert.equal((await get('/m/143421/opendata/files/143413_aed.csv')).status, 404);
    assert.equal((await get('/m/143421/opendata/files/v9/143421_aed.csv')).status, 404);
    assert.equal((await get('/m/143421/opendata/files/143421_aed.pdf')).status, 404);
  });

  it('generates the standard オープンデータ一覧 from the catalog, one row per file, every link working', async () => {
    const text = await (await get('/m/143421/opendata/files/open_data_list.csv')).text();
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    assert.deepEqual(header, [...OPEN_DATA_LIST_COLUMNS]);
    const entries = await withTenant(t.services.db, '143421', (tx) => loadCatalog(tx));
    assert.equal(rows.length, entries.reduce((sum, entry) => sum + entry.formats.length, 0));
    for (const row of rows) {
      assert.equal(row[header!.indexOf('全国地方公共団体コード')], '143421');
      const url: URL = new URL(row[header!.indexOf('ファイル_ダウンロードURL')]!);
      assert.equal((await get(url.pathname)).status, 200, url.pathname);
    }
  });
});
