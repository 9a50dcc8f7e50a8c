import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { markPageCacheable } from '../../platform/http/page-cache.ts';
import type { Services } from '../../platform/services.ts';
import { cachedCatalog } from '../catalog-cache.ts';
import { findAction, runAction } from './ckan-actions.ts';
import { CkanError, notFound } from './ckan-errors.ts';
import { shapeContext } from './ckan-shapes.ts';
import { publicLinks, setOpenHeaders, allowAnyOrigin } from '../public-links.ts';

const JSON_TYPE = 'application/json;charset=utf-8';

function send(c: Context<AppEnv>, body: unknown, status: 200 | 400 | 404 | 409 = 200): Response {
  return c.body(JSON.stringify(body), status, { 'Content-Type': JSON_TYPE });
}

/** CKAN's `mixed`: a parameter given once is a string, given several times a list. */
function queryParams(c: Context<AppEnv>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0] : values]));
}

class BadRequest extends Error {}

/**
 * The POST body as CKAN reads it: JSON, or form fields; a form whose only field has an empty
 * value (or '1') is JSON sent as a form, as old clients do.
 */
async function bodyParams(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  let data: unknown;
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody({ all: true });
    const keys = Object.keys(form);
    data = keys.length === 1 && (form[keys[0]!] === '' || form[keys[0]!] === '1') ? parseJson(keys[0]!) : form;
  } else {
    const text = await c.req.text();
    data = text.trim() === '' ? {} : parseJson(text);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new BadRequest(`Bad request data: Request data JSON decoded to ${JSON.stringify(data)} but it needs to be a dictionary.`);
  return data as Record<string, unknown>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadRequest(`JSON Error: ${(error as Error).message}`);
  }
}

/**
 * CKAN's Action API (`/api/3/action/{name}`, GET or POST) over the town's published catalog,
 * and its OpenAPI description. Mount on the public zone: `app.route('/', ckanRoutes(services))`.
 */
export function ckanRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  async function answer(c: Context<AppEnv>, name: string, read: () => Promise<Record<string, unknown>>, cacheable: boolean): Promise<Response> {
    allowAnyOrigin(c);
    const action = findAction(name);
    // CKAN answers an unknown action with a bare JSON string, not its envelope.
    if (!action) return send(c, `Bad request - Action name not known: ${name}`, 400);
    const links = publicLinks(c);
    const help = links.apiHelp(name);
    const municipality = c.get('municipality');
    try {
      if (!municipality) throw notFound('自治体が見つかりません');
      const raw = await read();
      const entries = await cachedCatalog(services.db, municipality.code);
      setOpenHeaders(c, entries);
      const result = runAction(action, raw, { entries, shape: shapeContext(links, municipality, entries) });
      if (cacheable) markPageCacheable(c);
      return send(c, { help, success: true, result });
    } catch (error) {
      if (error instanceof BadRequest) return send(c, `Bad request - ${error.message}`, 400);
      if (error instanceof CkanError) return send(c, { help, success: false, error: error.error }, error.status);
      throw error;
    }
  }

  app.get('/api/3/action/:action', (c) => answer(c, c.req.param('action'), async () => queryParams(c), true));
  app.post('/api/3/action/:action', (c) => answer(c, c.req.param('action'), () => bodyParams(c), false));
  app.options('/api/3/action/:action', (c) => {
    allowAnyOrigin(c);
    c.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    c.header('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-CKAN-API-Key');
    c.header('Access-Control-Max-Age', '86400');
    return c.body(null, 204);
  });

  app.get('/api/3', (c) => {
    allowAnyOrigin(c);
    markPageCacheable(c);
    return send(c, { version: 3 });
  });

  app.get('/api/3/openapi.json', async (c) => {
    const municipality = c.get('municipality');
    if (!municipality) return c.notFound();
    allowAnyOrigin(c);
    markPageCacheable(c);
    // Built from the zod schemas on first request rather than at start-up.
    const { openApiDocument } = await import('./openapi.ts');
    return c.body(JSON.stringify(openApiDocument(publicLinks(c), municipality)), 200, { 'Content-Type': 'application/vnd.oai.openapi+json;charset=utf-8' });
  });
  return app;
}
