import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'n3';
import { useApiApp } from './fixtures/api-app.ts';

const DATASET = 'http://www.w3.org/ns/dcat#Dataset';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

describe('DCAT and OpenAPI documents over HTTP', () => {
  const { get } = useApiApp();
  const packageNames = async (code: string) => ((await (await get(`/m/${code}/api/3/action/package_list`)).json()) as { result: string[] }).result;

  it('serves the catalog as Turtle with one dcat:Dataset per published dataset', async () => {
    for (const code of ['143421', '143413']) {
      const response = await get(`/m/${code}/catalog.ttl`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/turtle; charset=UTF-8');
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.ok(response.headers.get('last-modified'));
      const quads = new Parser().parse(await response.text());
      const datasets = quads.filter((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === DATASET).map((quad) => quad.subject.value);
      const names = await packageNames(code);
      assert.equal(datasets.length, names.length);
      assert.ok(datasets.every((iri) => iri.startsWith(`http://localhost:3000/m/${code}/opendata/datasets/`)));
    }
  });

  it('serves the catalog and each dataset as JSON-LD with a context', async () => {
    const gzipped = await get('/m/143421/catalog.jsonld', { 'accept-encoding': 'gzip' });
    assert.equal(gzipped.headers.get('content-encoding'), 'gzip');
    const catalog = await get('/m/143421/catalog.jsonld');
    assert.equal(catalog.headers.get('content-type'), 'application/ld+json');
    const document = (await catalog.json()) as Record<string, unknown>;
    assert.equal(typeof document['@context'], 'object');
    assert.equal((document.dataset as unknown[]).length, (await packageNames('143421')).length);
    const toilet = await get('/m/143421/dataset/public_toilet.jsonld');
    assert.equal(toilet.status, 200);
    const dataset = (await toilet.json()) as Record<string, unknown>;
    assert.equal(dataset['@type'], 'dcat:Dataset');
    assert.equal(dataset['@id'], 'http://localhost:3000/m/143421/opendata/datasets/public_toilet');
    assert.ok(Array.isArray(dataset.distribution));
    const turtle = await get('/m/143421/dataset/public_toilet.ttl');
    assert.ok(new Parser().parse(await turtle.text()).length > 10);
  });

  it('answers an unknown dataset with 404', async () => {
    const jsonld = await get('/m/143421/dataset/no_such_dataset.jsonld');
    assert.equal(jsonld.status, 404);
    assert.match(((await jsonld.json()) as { error: string }).error, /^Not found/u);
    assert.equal((await get('/m/143421/dataset/no_such_dataset.ttl')).status, 404);
  });

  it('describes the API in OpenAPI 3.1, one path per action', async () => {
    const response = await get('/m/143421/api/3/openapi.json');
    assert.equal(response.status, 200);
    const document = (await response.json()) as { openapi: string; servers: { url: string }[]; paths: Record<string, Record<string, { parameters?: { name: string }[] }>>; components: { schemas: Record<string, unknown> } };
    assert.equal(document.openapi, '3.1.0');
    assert.equal(document.servers[0]!.url, 'http://localhost:3000/m/143421');
    for (const action of ['package_list', 'package_show', 'package_search', 'organization_list', 'group_list', 'tag_list', 'resource_show', 'status_show']) {
      const path = document.paths[`/api/3/action/${action}`];
      assert.ok(path?.get && path.post, action);
    }
    const search = document.paths['/api/3/action/package_search']!.get!.parameters!.map((parameter) => parameter.name);
    assert.deepEqual(search.slice(0, 5), ['q', 'fq', 'rows', 'start', 'sort']);
    assert.ok(document.paths['/dataset/{name}.ttl'] && document.paths['/catalog.jsonld']);
    assert.ok(document.components.schemas.Package && document.components.schemas.SearchResult);
  });
});
