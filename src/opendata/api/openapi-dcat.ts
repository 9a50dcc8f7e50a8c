type PathItem = Record<string, unknown>;

const NAME = { name: 'name', in: 'path', required: true, description: 'Dataset name, e.g. public_toilet', schema: { type: 'string' } };
const NOT_FOUND = { '404': { description: 'No published dataset of that name' } };

function document(summary: string, type: 'application/ld+json' | 'text/turtle', parameters: unknown[] = []): PathItem {
  return {
    get: {
      tags: ['DCAT'],
      summary,
      parameters,
      responses: { '200': { description: summary, content: { [type]: { schema: type === 'text/turtle' ? { type: 'string' } : { type: 'object', required: ['@context'] } } } }, ...NOT_FOUND },
    },
  };
}

function file(summary: string, parameters: unknown[]): PathItem {
  const content = Object.fromEntries(['text/csv', 'application/json', 'application/geo+json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'].map((type) => [type, {}]));
  return { get: { tags: ['Files'], summary, parameters, responses: { '200': { description: 'The file', content }, ...NOT_FOUND } } };
}

const FILE = {
  name: 'file',
  in: 'path',
  required: true,
  description: '`{municipality code}_{name}.{csv|json|geojson|xlsx}`, e.g. 143421_public_toilet.csv (GeoJSON only for data with 緯度/経度)',
  schema: { type: 'string', pattern: '^\\d{6}_[a-z0-9_]+\\.(csv|json|geojson|xlsx)$' },
};

/** The DCAT documents and data files, described beside the Action API. */
export function dcatPaths(): Record<string, PathItem> {
  return {
    '/catalog.jsonld': document('Whole catalog as DCAT-AP (JSON-LD)', 'application/ld+json'),
    '/catalog.ttl': document('Whole catalog as DCAT-AP (Turtle)', 'text/turtle'),
    '/dataset/{name}.jsonld': document('One dataset as DCAT-AP (JSON-LD)', 'application/ld+json', [NAME]),
    '/dataset/{name}.ttl': document('One dataset as DCAT-AP (Turtle)', 'text/turtle', [NAME]),
    '/opendata/files/{file}': file('Published version of a dataset as a file', [FILE]),
    '/opendata/files/v{version}/{file}': file('An earlier version of a dataset', [{ name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }, FILE]),
    '/api/3/openapi.json': { get: { tags: ['CKAN Action API'], summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/vnd.oai.openapi+json': {} } } } } },
  };
}
