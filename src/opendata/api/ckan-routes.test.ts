import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CkanPackage, CkanSearchResult } from './ckan-schemas.ts';
import { HOST, useApiApp } from './fixtures/api-app.ts';

const NINOMIYA = '/m/143421/api/3/action';
const OISO = '/m/143413/api/3/action';

interface Envelope<T = unknown> {
  help: string;
  success: boolean;
  result: T;
  error?: Record<string, unknown>;
}

describe('CKAN Action API over HTTP', () => {
  const { get, request } = useApiApp();
  async function call<T>(path: string): Promise<Envelope<T>> {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    return (await response.json()) as Envelope<T>;
  }
  const search = (query: string, base = NINOMIYA) => call<CkanSearchResult>(`${base}/package_search?${query}`).then((body) => body.result);

  it('answers every action in CKAN’s envelope, readable from any origin', async () => {
    const list = await get(`${NINOMIYA}/package_list`);
    assert.equal(list.headers.get('access-control-allow-origin'), '*');
    assert.match(list.headers.get('content-type') ?? '', /^application\/json/u);
    assert.ok(list.headers.get('last-modified'));
    const body = (await list.json()) as Envelope<string[]>;
    assert.equal(body.help, 'http://localhost:3000/m/143421/api/3/action/help_show?name=package_list');
    assert.equal(body.success, true);
    assert.ok(body.result.includes('public_toilet'), JSON.stringify(body.result));
    const toilet = (await call<CkanPackage>(`${NINOMIYA}/package_show?id=public_toilet`)).result;
    for (const path of ['package_search', 'organization_list', 'group_list?all_fields=true', 'tag_list', `resource_show?id=${toilet.id}-csv`, 'status_show']) {
      const answer = await call(`${NINOMIYA}/${path}`);
      assert.equal(answer.success, true, path);
      assert.ok(answer.result, path);
    }
    assert.equal(toilet.resources[0]!.url, 'http://localhost:3000/m/143421/opendata/files/143421_public_toilet.csv');
  });

  it('links with https behind a TLS-terminating proxy', async () => {
    const response = await get(`${NINOMIYA}/package_show?id=aed`, { 'x-forwarded-proto': 'https' });
    const body = (await response.json()) as Envelope<CkanPackage>;
    assert.equal(body.help, 'https://localhost:3000/m/143421/api/3/action/help_show?name=package_show');
    assert.equal(body.result.url, 'https://localhost:3000/m/143421/opendata/datasets/aed');
  });

  it('answers errors as CKAN does: 404 Not Found, 409 Validation Error, 400 for an unknown action', async () => {
    const missing = await get(`${NINOMIYA}/package_show?id=no_such_dataset`);
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), {
      help: 'http://localhost:3000/m/143421/api/3/action/help_show?name=package_show',
      success: false,
      error: { __type: 'Not Found Error', message: 'Not found: データセットが見つかりません' },
    });
    assert.equal((await get(`${NINOMIYA}/resource_show?id=nothing-csv`)).status, 404);
    const rows = await get(`${NINOMIYA}/package_search?rows=ten`);
    assert.equal(rows.status, 409);
    assert.deepEqual(((await rows.json()) as Envelope).error, { __type: 'Validation Error', rows: ['Invalid integer'] });
    const sort = await get(`${NINOMIYA}/package_search?sort=${encodeURIComponent('random desc')}`);
    assert.equal(sort.status, 409);
    assert.equal(((await sort.json()) as Envelope).error?.__type, 'Validation Error');
    const unknown = await get(`${NINOMIYA}/package_shwo`);
    assert.equal(unknown.status, 400);
    assert.equal(await unknown.json(), 'Bad request - Action name not known: package_shwo');
  });

  it('package_search finds Japanese words and filters with fq', async () => {
    const toilets = await search(`q=${encodeURIComponent('トイレ')}`);
    assert.ok(toilets.results.some((dict) => dict.name === 'public_toilet'));
    assert.ok(toilets.count < (await search('rows=0')).count);
    const safety = await search(`fq=${encodeURIComponent('groups:safety')}&rows=100`);
    assert.ok(safety.count > 0 && safety.results.every((dict) => dict.groups.some((group) => group.name === 'safety')));
    assert.ok(safety.results.some((dict) => dict.name === 'evacuation_space'));
    const geo = await search(`fq=${encodeURIComponent('res_format:GeoJSON')}&rows=100`);
    assert.ok(geo.count > 0 && geo.results.every((dict) => dict.resources.some((resource) => resource.format === 'GeoJSON')));
    assert.ok(!geo.results.some((dict) => dict.name === 'population'));
    const tag = (await call<CkanPackage>(`${NINOMIYA}/package_show?id=public_toilet`)).result.tags[0]!.name;
    const tagged = await search(`fq=${encodeURIComponent(`tags:"${tag}" res_format:CSV`)}&rows=100`);
    assert.ok(tagged.results.some((dict) => dict.name === 'public_toilet'));
    assert.ok(tagged.results.every((dict) => dict.tags.some((each) => each.name === tag)));
  });

  it('package_search pages, sorts and counts facets', async () => {
    const all = await search(`rows=1000&sort=${encodeURIComponent('name asc')}`);
    const names = all.results.map((dict) => dict.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'ja')));
    const first = await search(`rows=2&start=0&sort=${encodeURIComponent('name asc')}`);
    const second = await search(`rows=2&start=2&sort=${encodeURIComponent('name asc')}`);
    assert.deepEqual([...first.results, ...second.results].map((dict) => dict.name), names.slice(0, 4));
    assert.equal(first.count, all.count);
    const faceted = await search(`facet.field=${encodeURIComponent('["groups","res_format"]')}&rows=0`);
    assert.equal(Object.values(faceted.facets.groups!).reduce((sum, count) => sum + count, 0), all.count);
    assert.equal(faceted.facets.res_format!.CSV, all.count);
    assert.equal(faceted.search_facets.groups!.items.find((item) => item.name === 'safety')?.display_name, '防災・安全');
  });

  it('gives the same answer to POST (JSON or form) as to GET', async () => {
    const query = { q: '避難', fq: 'groups:safety', rows: 5, 'facet.field': ['tags'] };
    const viaGet = await search(`q=${encodeURIComponent(query.q)}&fq=${encodeURIComponent(query.fq)}&rows=5&facet.field=${encodeURIComponent('["tags"]')}`);
    const json = await request(`${NINOMIYA}/package_search`, { method: 'POST', headers: { ...HOST, 'content-type': 'application/json' }, body: JSON.stringify(query) });
    assert.equal(json.status, 200);
    assert.equal(json.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(((await json.json()) as Envelope).result, viaGet);
    const form = await request(`${NINOMIYA}/package_search`, { method: 'POST', headers: HOST, body: new URLSearchParams({ q: query.q, fq: query.fq, rows: '5', 'facet.field': '["tags"]' }) });
    assert.deepEqual(((await form.json()) as Envelope).result, viaGet);
    const broken = await request(`${NINOMIYA}/package_search`, { method: 'POST', headers: { ...HOST, 'content-type': 'application/json' }, body: '{"q":' });
    assert.equal(broken.status, 400);
  });

  it('never shows one town’s datasets in another town’s answers', async () => {
    const ninomiya = await search('rows=1000');
    const oiso = await search('rows=1000', OISO);
    assert.ok(ninomiya.count > 0 && oiso.count > 0);
    const oisoIds = new Set(oiso.results.map((dict) => dict.id));
    assert.ok(ninomiya.results.every((dict) => !oisoIds.has(dict.id)));
    assert.ok(oiso.results.every((dict) => dict.url.startsWith('http://localhost:3000/m/143413/')));
    assert.equal((await get(`${NINOMIYA}/package_show?id=${oiso.results[0]!.id}`)).status, 404);
  });

  it('revalidates with ETag (304) and gzips for clients that accept it', async () => {
    const path = `${NINOMIYA}/package_search?rows=100`;
    const first = await get(path, { 'accept-encoding': 'gzip' });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('content-encoding'), 'gzip');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await get(path, { 'if-none-match': etag });
    assert.equal(again.status, 304);
  });

  it('allows cross-origin POST after a preflight', async () => {
    const preflight = await request(`${NINOMIYA}/package_search`, { method: 'OPTIONS', headers: { ...HOST, origin: 'https://example.org', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/u);
  });
});
