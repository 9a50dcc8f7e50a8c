import type { Literal, Quad, Term } from 'n3';
import type { DcatGraph } from './dcat.ts';
import { iri, PREFIXES } from './dcat-vocabulary.ts';

interface TermDefinition {
  '@id': string;
  '@type'?: string;
  '@language'?: string;
  '@container'?: '@set';
}

const link = (id: string): TermDefinition => ({ '@id': id, '@type': '@id' });
const japanese = (id: string): TermDefinition => ({ '@id': id, '@language': 'ja' });
const links = (id: string): TermDefinition => ({ ...link(id), '@container': '@set' });

/** Short names for every property the graph uses, so the JSON reads like ckanext-dcat's. */
const TERMS: Record<string, TermDefinition> = {
  title: japanese('dct:title'),
  description: japanese('dct:description'),
  keyword: { ...japanese('dcat:keyword'), '@container': '@set' },
  identifier: { '@id': 'dct:identifier' },
  issued: { '@id': 'dct:issued', '@type': 'xsd:dateTime' },
  modified: { '@id': 'dct:modified', '@type': 'xsd:dateTime' },
  publisher: link('dct:publisher'),
  contactPoint: link('dcat:contactPoint'),
  accrualPeriodicity: link('dct:accrualPeriodicity'),
  conformsTo: link('dct:conformsTo'),
  license: link('dct:license'),
  theme: link('dcat:theme'),
  language: link('dct:language'),
  landingPage: link('dcat:landingPage'),
  homepage: link('foaf:homepage'),
  dataset: links('dcat:dataset'),
  distribution: links('dcat:distribution'),
  accessURL: link('dcat:accessURL'),
  downloadURL: link('dcat:downloadURL'),
  mediaType: link('dcat:mediaType'),
  format: link('dct:format'),
  name: japanese('foaf:name'),
  fn: japanese('vcard:fn'),
  hasEmail: link('vcard:hasEmail'),
  hasTelephone: link('vcard:hasTelephone'),
};

export const JSONLD_CONTEXT = { ...PREFIXES, ...TERMS };

const expand = (compact: string) => (/^[a-z]+:[A-Za-z]/u.test(compact) && compact.split(':')[0]! in PREFIXES ? iri(compact as `dcat:${string}`) : compact);
const termByIri = new Map(Object.entries(TERMS).map(([term, definition]) => [expand(definition['@id']), { term, definition }]));
const RDF_TYPE = iri('rdf:type');

/** `http://www.w3.org/ns/dcat#Dataset` → `dcat:Dataset`. */
function compactIri(value: string): string {
  for (const [prefix, namespace] of Object.entries(PREFIXES)) if (value.startsWith(namespace)) return `${prefix}:${value.slice(namespace.length)}`;
  return value;
}

function compactLiteral(value: Literal, definition: TermDefinition): unknown {
  if (value.language) return value.language === definition['@language'] ? value.value : { '@value': value.value, '@language': value.language };
  const datatype = value.datatype.value;
  if (definition['@type'] && expand(definition['@type']) === datatype) return value.value;
  if (datatype === iri('xsd:string') && !definition['@type'] && !definition['@language']) return value.value;
  return { '@value': value.value, '@type': compactIri(datatype) };
}

/**
 * Compacted JSON-LD of the graph: the root node, with each node it refers to written in place
 * the first time (as JSON-LD framing with `@embed: @once` does) and by its IRI after that.
 */
export function toJsonLd(graph: DcatGraph): Record<string, unknown> {
  const bySubject = new Map<string, Quad[]>();
  for (const quad of graph.quads) {
    const key = nodeKey(quad.subject);
    const list = bySubject.get(key);
    if (list) list.push(quad);
    else bySubject.set(key, [quad]);
  }
  const written = new Set<string>();

  function node(term: Term): Record<string, unknown> {
    const key = nodeKey(term);
    written.add(key);
    const out: Record<string, unknown> = term.termType === 'NamedNode' ? { '@id': term.value } : {};
    for (const { predicate, object } of bySubject.get(key) ?? []) {
      if (predicate.value === RDF_TYPE) {
        out['@type'] = [...((out['@type'] as string[] | undefined) ?? []), compactIri(object.value)];
        continue;
      }
      const known = termByIri.get(predicate.value);
      const name = known?.term ?? predicate.value;
      const definition = known?.definition ?? { '@id': predicate.value };
      const value = object.termType === 'Literal' ? compactLiteral(object, definition) : reference(object, definition);
      const previous = out[name];
      out[name] = previous === undefined ? (definition['@container'] === '@set' ? [value] : value) : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
    if (Array.isArray(out['@type']) && out['@type'].length === 1) out['@type'] = out['@type'][0];
    return out;
  }

  function reference(object: Term, definition: TermDefinition): unknown {
    if (!written.has(nodeKey(object)) && bySubject.has(nodeKey(object))) return node(object);
    return definition['@type'] === '@id' ? object.value : { '@id': object.value };
  }

  return { '@context': JSONLD_CONTEXT, ...node(graph.quads.find((quad) => quad.subject.value === graph.root)!.subject) };
}

function nodeKey(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}
