import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { loadVersionTable } from '../catalog.ts';
import { listDistricts } from '../districts.ts';
import { tableToRecords } from '../formats/to-json.ts';
import { distanceMetres } from './geo.ts';

const TOWN = '/m/143421';
const SLUGS = ['public_toilet', 'aed', 'evacuation_space', 'preschool', 'public_facility'];
type Row = Record<string, string>;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** [slug, id] of each list item, in page order. */
function listed(html: string): string[] {
  return [...html.matchAll(/<h3 class="facility-name"><a href="\/m\/\d{6}\/opendata\/datasets\/([a-z_]+)\/rows\/([^"]+)">/g)].map((m) => `${m[1]}/${decodeURIComponent(m[2]!)}`);
}

function island(html: string): { origin: { label: string } | null; facilities: { id: string; href: string; name: string }[] } {
  return JSON.parse(/<script type="application\/json" id="map-data">([\s\S]*?)<\/script>/.exec(html)![1]!);
}

describe('facility maps and lists', () => {
  let t: TestApp;
  const rows = new Map<string, Row[]>();
  let districts: { name: string; latitude: number; longitude: number }[];
  const get = (path: string) => t.publicApp.request(`${TOWN}${path}`, { headers: { host: 'localhost:3000' } });
  const page = async (path: string) => {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    return response.text();
  };
  const ids = (slug: string, keep: (row: Row) => boolean) => rows.get(slug)!.filter(keep).map((row) => `${slug}/${row.ID}`).sort();
  const distanceOf = (key: string, from: { latitude: number; longitude: number }) => {
    const [slug, id] = key.split('/') as [string, string];
    const row = rows.get(slug)!.find((r) => r.ID === id)!;
    return distanceMetres({ lat: from.latitude, lon: from.longitude }, { lat: Number(row['緯度']), lon: Number(row['経度']) });
  };

  before(async () => {
    t = await createTestApp();
    await withTenant(t.services.db, '143421', async (tx) => {
      districts = await listDistricts(tx);
      for (const slug of SLUGS) {
        const table = (await loadVersionTable(tx, slug))!;
        rows.set(slug, tableToRecords(table.columns, table.rows));
      }
    });
  });
  after(() => t.close());

  it('lists every facility of the five kinds nearest first from the chosen district', async () => {
    for (const name of ['山西', '百合が丘']) {
      const district = districts.find((d) => d.name === name)!;
      const html = await page(`/opendata/nearby?district=${encodeURIComponent(name)}&all=1`);
      const order = listed(html);
      assert.deepEqual([...order].sort(), SLUGS.flatMap((slug) => ids(slug, () => true)).sort());
      const distances = order.map((key) => distanceOf(key, district));
      distances.forEach((d, i) => assert.ok(i === 0 || d >= distances[i - 1]!, `${name}: ${order[i]} is nearer than the item before it`));
      assert.match(html, new RegExp(`一覧（${name}地区の中心から近い順）`));
    }
  });

  it('shows the nearest twenty by default with a link to all, and the kinds the resident chose', async () => {
    const html = await page('/opendata/nearby');
    assert.equal(listed(html).length, 20);
    assert.match(html, /<p role="status" class="map-count">\d+件の施設が見つかりました。近い順に20件を表示しています。<\/p>/);
    assert.match(html, /href="\/m\/143421\/opendata\/nearby\?all=1">すべての施設/);
    const toilets = await page('/opendata/nearby?district=%E4%BA%8C%E5%AE%AE&kind=toilet&kind=aed&all=1');
    assert.deepEqual(listed(toilets).sort(), [...ids('public_toilet', () => true), ...ids('aed', () => true)].sort());
    const none = await page('/opendata/nearby?district=%E4%BA%8C%E5%AE%AE');
    assert.match(none, /種類が選ばれていなかったため、すべての種類を表示しています。/);
  });

  it('filters toilets, evacuation sites and childcare facilities by what residents need', async () => {
    const toilets = listed(await page('/opendata/datasets/public_toilet/map?feature=baby&feature=ostomate&all=1')).sort();
    assert.deepEqual(toilets, ids('public_toilet', (r) => r['乳幼児用設備設置トイレ有無'] === '有' && r['オストメイト設置トイレ有無'] === '有'));
    assert.ok(toilets.length > 0 && toilets.length < rows.get('public_toilet')!.length);
    const wheelchair = listed(await page('/opendata/datasets/public_toilet/map?feature=wheelchair&all=1')).sort();
    assert.deepEqual(wheelchair, ids('public_toilet', (r) => r['車椅子使用者用トイレ有無'] === '有' || Number(r['バリアフリートイレ数']) > 0));
    const sites = listed(await page('/opendata/datasets/evacuation_space/map?hazard=tsunami&hazard=landslide&all=1')).sort();
    assert.deepEqual(sites, ids('evacuation_space', (r) => r['災害種別_津波'] === '1' && r['災害種別_崖崩れ、土石流及び地滑り'] === '1'));
    assert.ok(sites.length > 0 && sites.length < rows.get('evacuation_space')!.length);
    const childcare = listed(await page('/opendata/datasets/preschool/map?feature=nursing&feature=diaper&all=1')).sort();
    assert.deepEqual(childcare, ids('preschool', (r) => r['授乳室'] === '有' && r['おむつ替えコーナー'] === '有'));
    assert.ok(childcare.length > 0 && childcare.length < rows.get('preschool')!.length);
  });

  it('keeps the AEDs usable on the chosen day and time, and shows every AED otherwise', async () => {
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
    const openSundayNight = (r: Row) => {
      if (!r['利用可能曜日']!.includes('日') || r['外部利用不可'] === '有') return false;
      const [start, end] = [minutes(r['開始時間']!), minutes(r['終了時間']!)];
      return (start === 0 && end === 1440) || (start <= 22 * 60 && 22 * 60 < end);
    };
    const html = await page('/opendata/datasets/aed/map?day=%E6%97%A5&time=22%3A00&usable=1&all=1');
    assert.deepEqual(listed(html).sort(), ids('aed', openSundayNight));
    assert.ok(listed(html).length > 0 && listed(html).length < rows.get('aed')!.length);
    assert.match(html, /<dt>使えるか<\/dt><dd>使えます（日曜日 22:00）<\/dd>/);
    const all = await page('/opendata/datasets/aed/map?day=%E6%97%A5&time=22%3A00&all=1');
    assert.equal(listed(all).length, rows.get('aed')!.length);
    assert.match(all, /使えない時間です/);
    assert.match(all, /施設の関係者だけが使えます/);
  });

  it('finds the district in a typed address, and says so when it cannot', async () => {
    const found = await page(`/opendata/nearby?address=${encodeURIComponent('二宮町百合が丘2-15-1')}`);
    assert.match(found, /一覧（百合が丘地区の中心から近い順）/);
    assert.match(found, /入力された住所「二宮町百合が丘2-15-1」を百合が丘地区として/);
    const missing = await page(`/opendata/nearby?district=${encodeURIComponent('山西')}&address=${encodeURIComponent('東京都千代田区')}`);
    assert.match(missing, /<title>エラー：近くの施設を探す｜二宮町<\/title>/);
    assert.match(missing, /class="error-summary"[\s\S]*当てはまる地区が見つかりませんでした/);
    assert.match(missing, /value="東京都千代田区" aria-invalid="true"/);
    assert.match(missing, /一覧（山西地区の中心から近い順）/);
  });

  it('uses a location in Japan and refuses one abroad with a message', async () => {
    const here = await page('/opendata/nearby?lat=35.3050&lon=139.2460');
    assert.match(here, /一覧（現在地から近い順）/);
    assert.match(here, /<option value="" selected="">現在地<\/option>/);
    const abroad = await page('/opendata/nearby?lat=48.8566&lon=2.3522');
    assert.match(abroad, /日本国内ではなかったため、現在地は使っていません/);
    assert.match(abroad, /一覧（二宮地区の中心から近い順）/);
  });

  it('gives the map exactly the facilities of the list, in the same order', async () => {
    for (const path of ['/opendata/nearby', '/opendata/datasets/public_toilet/map?feature=baby']) {
      const html = await page(path);
      const data = island(html);
      assert.deepEqual(data.facilities.map((f) => f.href.replace(/^.*\/datasets\/([^/]+)\/rows\//, '$1/')), listed(html));
      assert.deepEqual(data.facilities.map((f) => f.id), listed(html).map((key) => key.slice(key.indexOf('/') + 1)));
      assert.ok(data.origin);
    }
  });

  it('allows the tile server for images on map pages only', async () => {
    const map = await get('/opendata/nearby');
    assert.match(map.headers.get('content-security-policy')!, /img-src 'self' data: https:\/\/cyberjapandata\.gsi\.go\.jp;/);
    assert.match(map.headers.get('content-security-policy')!, /script-src 'self';/);
    assert.match(await map.text(), /data-tile-url="https:\/\/cyberjapandata\.gsi\.go\.jp\/xyz\/std\/\{z\}\/\{x\}\/\{y\}\.png"/);
    const row = await get('/opendata/datasets/aed/rows/143421-0001');
    assert.equal(row.headers.get('content-security-policy'), null, 'the default policy set for every response applies');
  });

  it('shows every filled column of a facility, with links back and to 地理院地図', async () => {
    const row = rows.get('public_toilet')![0]!;
    const html = await page(`/opendata/datasets/public_toilet/rows/${encodeURIComponent(row.ID!)}`);
    assert.match(html, new RegExp(`<h1>${escapeHtml(row['名称']!)}</h1>`));
    for (const [column, value] of Object.entries(row).filter(([, v]) => v !== '')) {
      assert.ok(html.includes(`<th scope="row">${escapeHtml(column)}</th><td>${escapeHtml(value)}</td>`), column);
    }
    assert.ok(html.includes(`href="https://maps.gsi.go.jp/#17/${Number(row['緯度'])}/${Number(row['経度'])}/"`));
    assert.match(html, /href="\/m\/143421\/opendata\/datasets\/public_toilet\/map"/);
  });

  it('answers 404 for an unknown dataset or row, and for a dataset without coordinates', async () => {
    for (const path of ['/opendata/datasets/no_such/map', '/opendata/datasets/aed/rows/no-such-id', '/opendata/datasets/population/map', '/opendata/datasets/population/rows/143421001']) {
      assert.equal((await get(path)).status, 404, path);
    }
    assert.equal((await get('/opendata/datasets/aed')).status, 200, 'the dataset page is still served');
  });

  it('marks sample data on every page', async () => {
    for (const path of ['/opendata/nearby', '/opendata/datasets/evacuation_space/map', '/opendata/datasets/preschool/rows/143421-0001']) {
      assert.match(await page(path), /<strong>サンプルデータです。<\/strong>/, path);
    }
  });

  it('serves Leaflet and the map script from memory', async () => {
    for (const name of ['leaflet.js', 'leaflet.css', 'map.js', 'leaflet-marker-icon.png', 'leaflet-marker-icon-2x.png', 'leaflet-marker-shadow.png']) {
      const response = await t.publicApp.request(`/assets/${name}`, { headers: { host: 'localhost:3000' } });
      assert.equal(response.status, 200, name);
    }
    const html = await page('/opendata/nearby');
    assert.match(html, /<script src="\/assets\/leaflet\.js\?v=[^"]+" defer=""><\/script><script src="\/assets\/map\.js\?v=[^"]+" defer=""><\/script>/);
  });

  it('works for the other demo town', async () => {
    const response = await t.publicApp.request('/m/143413/opendata/nearby', { headers: { host: 'localhost:3000' } });
    assert.equal(response.status, 200);
    assert.ok(listed(await response.text()).length > 0);
  });
});
