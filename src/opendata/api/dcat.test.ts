import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Parser, type Quad, type Term } from 'n3';
import { catalogGraph, datasetGraph, toTurtle, type DcatContext } from './dcat.ts';
import { toJsonLd } from './dcat-jsonld.ts';
import { expandToLines } from './fixtures/expand-jsonld.ts';
import { sampleEntries, TOWN } from './fixtures/sample-catalog.ts';
import { linksFor } from '../public-links.ts';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const entries = sampleEntries();
const ctx: DcatContext = { links: linksFor('https://yakuba.example.jp/m/143421'), municipality: TOWN };

function term(value: Term): string {
  if (value.termType === 'BlankNode') return '_:';
  if (value.termType === 'Literal') return `"${value.value}"${value.language ? `@${value.language}` : `^^<${value.datatype.value}>`}`;
  return `<${value.value}>`;
}

const lines = (quads: Quad[]) => quads.map((quad) => `${term(quad.subject)} <${quad.predicate.value}> ${term(quad.object)}`).sort();
const objects = (quads: Quad[], subject: string, predicate: string) => quads.filter((quad) => quad.subject.value === subject && quad.predicate.value === predicate).map((quad) => quad.object.value);

describe('DCAT-AP', () => {
  it('writes Turtle that parses back to the same graph, with every dataset in the catalog', async () => {
    const graph = catalogGraph(entries, ctx);
    const turtle = await toTurtle(graph);
    assert.match(turtle, /@prefix dcat: <http:\/\/www\.w3\.org\/ns\/dcat#>\./u);
    const parsed = new Parser().parse(turtle);
    assert.deepEqual(lines(parsed), lines(graph.quads));
    assert.equal(parsed.filter((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === `${DCAT}Dataset`).length, entries.length);
    assert.equal(objects(parsed, ctx.links.catalogPage, `${DCAT}dataset`).length, entries.length);
  });

  it('describes a dataset with publisher, frequency, standard, licence, theme and distributions', () => {
    const { root, quads } = datasetGraph(entries[1]!, ctx);
    assert.equal(root, 'https://yakuba.example.jp/m/143421/opendata/datasets/evacuation_space');
    assert.deepEqual(objects(quads, root, `${DCT}title`), ['指定緊急避難場所一覧']);
    assert.deepEqual(objects(quads, root, `${DCAT}keyword`), ['避難所', '防災', '地図']);
    assert.deepEqual(objects(quads, root, `${DCT}accrualPeriodicity`), ['http://publications.europa.eu/resource/authority/frequency/ANNUAL']);
    assert.deepEqual(objects(quads, root, `${DCT}license`), ['https://creativecommons.org/licenses/by/4.0/']);
    assert.deepEqual(objects(quads, root, `${DCAT}theme`), ['http://publications.europa.eu/resource/authority/data-theme/JUST']);
    assert.deepEqual(objects(quads, root, `${DCAT}landingPage`), [root]);
    const [publisher] = objects(quads, root, `${DCT}publisher`);
    assert.deepEqual(objects(quads, publisher!, 'http://xmlns.com/foaf/0.1/name'), ['二宮町 防災安全課']);
    const [standard] = objects(quads, root, `${DCT}conformsTo`);
    assert.match(objects(quads, standard!, `${DCT}title`)[0]!, /指定緊急避難場所一覧/u);
    const distributions = objects(quads, root, `${DCAT}distribution`);
    assert.equal(distributions.length, 4);
    const geojson = distributions.find((node) => node.endsWith('geojson'))!;
    assert.deepEqual(objects(quads, geojson, `${DCAT}downloadURL`), ['https://yakuba.example.jp/m/143421/opendata/files/143421_evacuation_space.geojson']);
    assert.deepEqual(objects(quads, geojson, `${DCAT}mediaType`), ['https://www.iana.org/assignments/media-types/application/geo+json']);
    const [contact] = quads.filter((quad) => quad.subject.value === root && quad.predicate.value === `${DCAT}contactPoint`).map((quad) => quad.object);
    assert.equal(contact?.termType, 'BlankNode');
    assert.deepEqual(objects(quads, contact!.value, 'http://www.w3.org/2006/vcard/ns#hasTelephone'), ['tel:+81-463-71-3311']);
  });

  it('writes compacted JSON-LD that means the same as the Turtle', () => {
    const graph = catalogGraph(entries, ctx);
    const document = JSON.parse(JSON.stringify(toJsonLd(graph))) as Record<string, unknown>;
    assert.equal(typeof document['@context'], 'object');
    assert.equal(document['@type'], 'dcat:Catalog');
    const datasets = document.dataset as Record<string, unknown>[];
    assert.equal(datasets.length, entries.length);
    assert.equal(datasets[0]!.title, '公衆トイレ一覧');
    assert.deepEqual(datasets[0]!.keyword, ['トイレ', '地図']);
    assert.equal(datasets[0]!.issued, '2026-01-10T00:00:00.000Z');
    assert.deepEqual(expandToLines(document), lines(graph.quads));
  });
});
