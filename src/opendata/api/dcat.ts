import { DataFactory, Writer, type Quad, type Quad_Object } from 'n3';
import type { Municipality } from '../../platform/tenancy/municipality.ts';
import type { CatalogEntry, FileFormat } from '../catalog.ts';
import { FORMAT_LABELS, licenceOf } from '../labels.ts';
import { resourceId } from './ckan-shapes.ts';
import * as vocab from './dcat-vocabulary.ts';
import type { PublicLinks } from '../public-links.ts';

const { namedNode, literal, blankNode, quad } = DataFactory;
const { iri } = vocab;

export type DcatPublisher = Pick<Municipality, 'code' | 'nameJa' | 'email' | 'phone' | 'website'>;

export interface DcatContext {
  links: PublicLinks;
  municipality: DcatPublisher;
}

/** A graph with the node it describes (the catalog, or one dataset). */
export interface DcatGraph {
  root: string;
  quads: Quad[];
}

type Value = Quad_Object | string | undefined;

/** Collects triples; a string object is an IRI, undefined is left out. */
class GraphBuilder {
  readonly quads: Quad[] = [];

  add(subject: string | ReturnType<typeof blankNode>, predicate: string, ...objects: Value[]): void {
    const node = typeof subject === 'string' ? namedNode(subject) : subject;
    for (const object of objects) {
      if (object === undefined) continue;
      this.quads.push(quad(node, namedNode(predicate), typeof object === 'string' ? namedNode(object) : object));
    }
  }
}

const ja = (text: string) => literal(text, 'ja');
const dateTime = (date: Date | null | undefined) => (date ? literal(date.toISOString(), namedNode(iri('xsd:dateTime'))) : undefined);
const RDF_TYPE = iri('rdf:type');

function municipalityIri({ links, municipality }: DcatContext): string {
  return municipality.website ?? `${links.site}/`;
}

function addMunicipality(graph: GraphBuilder, ctx: DcatContext): string {
  const node = municipalityIri(ctx);
  graph.add(node, RDF_TYPE, iri('foaf:Organization'));
  graph.add(node, iri('foaf:name'), ja(ctx.municipality.nameJa));
  return node;
}

function addPublisher(graph: GraphBuilder, entry: CatalogEntry, ctx: DcatContext): string {
  const node = `${ctx.links.catalogPage}#organization-${encodeURIComponent(entry.dataset.departmentCode)}`;
  graph.add(node, RDF_TYPE, iri('foaf:Organization'));
  graph.add(node, iri('foaf:name'), ja(`${ctx.municipality.nameJa} ${entry.departmentName}`.trim()));
  return node;
}

function addContactPoint(graph: GraphBuilder, dataset: string, entry: CatalogEntry, { municipality }: DcatContext): void {
  const node = blankNode();
  graph.add(dataset, iri('dcat:contactPoint'), node);
  graph.add(node, RDF_TYPE, iri('vcard:Organization'));
  graph.add(node, iri('vcard:fn'), ja(`${municipality.nameJa} ${entry.departmentName}`.trim()));
  graph.add(node, iri('vcard:hasEmail'), municipality.email ? `mailto:${municipality.email}` : undefined);
  graph.add(node, iri('vcard:hasTelephone'), vocab.telephoneIri(municipality.phone));
}

function addStandard(graph: GraphBuilder, dataset: string, entry: CatalogEntry): void {
  if (!entry.dataset.standard) return;
  const node = `${vocab.STANDARD_PAGE}#${encodeURIComponent(entry.dataset.standard)}`;
  graph.add(dataset, iri('dct:conformsTo'), node);
  graph.add(node, RDF_TYPE, iri('dct:Standard'));
  graph.add(node, iri('dct:title'), ja(`自治体標準オープンデータセット ${entry.standardTitle ?? entry.dataset.standard}`));
}

function addDistribution(graph: GraphBuilder, dataset: string, entry: CatalogEntry, format: FileFormat, ctx: DcatContext): void {
  const { dataset: row, latest } = entry;
  const node = `${dataset}#distribution-${format}`;
  graph.add(dataset, iri('dcat:distribution'), node);
  graph.add(node, RDF_TYPE, iri('dcat:Distribution'));
  graph.add(node, iri('dct:identifier'), literal(resourceId(row.id, format)));
  graph.add(node, iri('dct:title'), ja(`${row.title}（${FORMAT_LABELS[format]}）`));
  graph.add(node, iri('dcat:accessURL'), ctx.links.datasetPage(row.slug));
  graph.add(node, iri('dcat:downloadURL'), ctx.links.file(row, format));
  graph.add(node, iri('dcat:mediaType'), vocab.IANA_MEDIA_TYPES[format]);
  graph.add(node, iri('dct:format'), vocab.FILE_TYPES[format]);
  graph.add(node, iri('dct:license'), vocab.licenceIri(licenceOf(row.licence).url));
  graph.add(node, iri('dct:modified'), dateTime(latest.publishedAt));
}

function addDataset(graph: GraphBuilder, entry: CatalogEntry, ctx: DcatContext): string {
  const { dataset: row } = entry;
  const node = ctx.links.datasetPage(row.slug);
  graph.add(node, RDF_TYPE, iri('dcat:Dataset'));
  graph.add(node, iri('dct:identifier'), literal(row.id));
  graph.add(node, iri('dct:title'), ja(row.title));
  graph.add(node, iri('dct:description'), ja(row.description));
  graph.add(node, iri('dcat:keyword'), ...row.keywords.map(ja));
  graph.add(node, iri('dct:issued'), dateTime(row.issuedAt));
  graph.add(node, iri('dct:modified'), dateTime(row.modifiedAt ?? entry.latest.publishedAt));
  graph.add(node, iri('dct:publisher'), addPublisher(graph, entry, ctx));
  addContactPoint(graph, node, entry, ctx);
  graph.add(node, iri('dct:accrualPeriodicity'), vocab.FREQUENCIES[row.updateFrequency]);
  addStandard(graph, node, entry);
  graph.add(node, iri('dct:license'), vocab.licenceIri(licenceOf(row.licence).url));
  graph.add(node, iri('dcat:theme'), vocab.THEMES[row.category]);
  graph.add(node, iri('dct:language'), vocab.JAPANESE);
  graph.add(node, iri('dcat:landingPage'), ctx.links.datasetPage(row.slug));
  for (const format of entry.formats) addDistribution(graph, node, entry, format, ctx);
  return node;
}

/** One dataset, as ckanext-dcat's `/dataset/{id}.{format}` gives it. */
export function datasetGraph(entry: CatalogEntry, ctx: DcatContext): DcatGraph {
  const graph = new GraphBuilder();
  return { root: addDataset(graph, entry, ctx), quads: graph.quads };
}

/** The town's whole catalog with every published dataset. */
export function catalogGraph(entries: readonly CatalogEntry[], ctx: DcatContext): DcatGraph {
  const graph = new GraphBuilder();
  const root = ctx.links.catalogPage;
  graph.add(root, RDF_TYPE, iri('dcat:Catalog'));
  graph.add(root, iri('dct:title'), ja(`${ctx.municipality.nameJa} オープンデータ`));
  graph.add(root, iri('dct:description'), ja(`${ctx.municipality.nameJa}が公開するオープンデータの一覧です。`));
  graph.add(root, iri('dct:publisher'), addMunicipality(graph, ctx));
  graph.add(root, iri('foaf:homepage'), root);
  graph.add(root, iri('dct:language'), vocab.JAPANESE);
  const newest = entries.map(({ dataset, latest }) => dataset.modifiedAt ?? latest.publishedAt).sort((a, b) => b.getTime() - a.getTime())[0];
  graph.add(root, iri('dct:modified'), dateTime(newest));
  for (const entry of entries) graph.add(root, iri('dcat:dataset'), addDataset(graph, entry, ctx));
  return { root, quads: graph.quads };
}

/** Turtle with each subject's triples together, in the order the subjects first appear. */
export function toTurtle(graph: DcatGraph): Promise<string> {
  const bySubject = new Map<string, Quad[]>();
  for (const triple of graph.quads) {
    const list = bySubject.get(triple.subject.id);
    if (list) list.push(triple);
    else bySubject.set(triple.subject.id, [triple]);
  }
  const writer = new Writer({ prefixes: vocab.PREFIXES });
  writer.addQuads([...bySubject.values()].flat());
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}
