import { z } from 'zod';
import { CKAN_ACTIONS } from './ckan-actions.ts';
import * as schemas from './ckan-schemas.ts';
import { dcatPaths } from './openapi-dcat.ts';
import type { Publisher } from './ckan-shapes.ts';
import type { PublicLinks } from '../public-links.ts';

type JsonSchema = Record<string, unknown>;

/**
 * Shapes named once under components.schemas and referred to from every action. They go into
 * zod's global registry because that is also where `.meta()` keeps the parameter descriptions.
 */
const NAMED: [z.ZodType, string][] = [
  [schemas.ckanPackage, 'Package'],
  [schemas.ckanResource, 'Resource'],
  [schemas.ckanOrganization, 'Organization'],
  [schemas.ckanGroup, 'Group'],
  [schemas.ckanTag, 'Tag'],
  [schemas.ckanExtra, 'Extra'],
  [schemas.ckanGroupSummary, 'GroupSummary'],
  [schemas.ckanSearchResult, 'SearchResult'],
  [schemas.ckanStatus, 'Status'],
];
const components = z.registry<{ id: string }>();
for (const [schema, id] of NAMED) {
  components.add(schema, { id });
  if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
}

/**
 * zod writes `#/$defs/X` inside a single schema; in the document the shapes live in components.
 * The safe-integer bounds zod gives every integer say nothing to a reader.
 */
function inComponents(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inComponents);
  if (typeof value !== 'object' || value === null) return value;
  const out: JsonSchema = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$defs' || key === '$schema' || key === '$id') continue;
    if ((key === 'minimum' || key === 'maximum') && Math.abs(inner as number) === Number.MAX_SAFE_INTEGER) continue;
    out[key] = key === '$ref' && typeof inner === 'string' ? inner.replace('#/$defs/', '#/components/schemas/') : inComponents(inner);
  }
  return out;
}

const schemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'output') => inComponents(z.toJSONSchema(schema, { io })) as JsonSchema;

const errorSchema = (type: string, extra: JsonSchema = {}) => ({
  type: 'object',
  required: ['help', 'success', 'error'],
  properties: { help: { type: 'string' }, success: { const: false }, error: { type: 'object', required: ['__type'], properties: { __type: { const: type }, ...extra } } },
});

const RESPONSES = {
  '400': { description: 'Unknown action or unreadable body: a JSON string, as CKAN sends', content: { 'application/json': { schema: { type: 'string', examples: ['Bad request - Action name not known: package_shwo'] } } } },
  '404': { description: 'Not found', content: { 'application/json': { schema: errorSchema('Not Found Error', { message: { type: 'string' } }) } } },
  '409': {
    description: 'Invalid parameters: each field with its messages',
    content: { 'application/json': { schema: { ...errorSchema('Validation Error'), examples: [{ help: '…', success: false, error: { __type: 'Validation Error', rows: ['Invalid integer'] } }] } } },
  },
};

function envelope(result: JsonSchema): JsonSchema {
  return { type: 'object', required: ['help', 'success', 'result'], properties: { help: { type: 'string', format: 'uri' }, success: { const: true }, result } };
}

function queryParameters(params: z.ZodType): JsonSchema[] {
  const object = schemaOf(params, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, { description, ...schema }]) => ({
    name,
    in: 'query',
    required: object.required?.includes(name) ?? false,
    ...(description ? { description } : {}),
    schema,
  }));
}

function actionPath(name: string): JsonSchema {
  const action = CKAN_ACTIONS[name]!;
  const responses = { '200': { description: 'Success', content: { 'application/json': { schema: envelope(schemaOf(action.result)) } } }, ...RESPONSES };
  const operation = { tags: ['CKAN Action API'], summary: action.summary, responses };
  return {
    get: { ...operation, operationId: name, parameters: queryParameters(action.params) },
    post: {
      ...operation,
      operationId: `${name}_post`,
      requestBody: { required: false, content: { 'application/json': { schema: schemaOf(action.params, 'input') }, 'application/x-www-form-urlencoded': { schema: schemaOf(action.params, 'input') } } },
    },
  };
}

const COMPONENTS = inComponents(z.toJSONSchema(components, { uri: (id) => `#/components/schemas/${id}` })) as JsonSchema;
const ACTION_PATHS = Object.fromEntries(Object.keys(CKAN_ACTIONS).map((name) => [`/api/3/action/${name}`, actionPath(name)]));

/** OpenAPI 3.1 description of the town's open data API, DCAT documents and files. */
export function openApiDocument(links: PublicLinks, municipality: Publisher): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: `${municipality.nameJa} オープンデータ API`,
      version: '3',
      description: 'CKAN 互換の Action API（読み取り専用）、DCAT-AP のメタデータ、自治体標準オープンデータセット形式のファイル。CKAN-compatible read-only Action API, DCAT-AP metadata and the files themselves. Every answer allows any origin (CORS).',
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: links.site }],
    tags: [{ name: 'CKAN Action API' }, { name: 'DCAT' }, { name: 'Files' }],
    paths: { ...ACTION_PATHS, ...dcatPaths() },
    components: COMPONENTS,
  };
}
