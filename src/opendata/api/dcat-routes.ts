import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { markPageCacheable } from '../../platform/http/page-cache.ts';
import type { Services } from '../../platform/services.ts';
import type { CatalogEntry } from '../catalog.ts';
import { cachedCatalog } from '../catalog-cache.ts';
import type { DcatGraph } from './dcat.ts';
import { publicLinks, setOpenHeaders, allowAnyOrigin } from '../public-links.ts';

type Syntax = 'jsonld' | 'ttl';

const CONTENT_TYPES: Record<Syntax, string> = { jsonld: 'application/ld+json', ttl: 'text/turtle; charset=UTF-8' };
const NOT_FOUND = 'Not found: データセットが見つかりません';

type Dcat = typeof import('./dcat.ts');

/** The RDF code (n3 and the graph builders) is loaded on the first DCAT request, not at start-up. */
async function render(c: Context<AppEnv>, syntax: Syntax, build: (dcat: Dcat) => DcatGraph, entries: readonly CatalogEntry[]): Promise<Response> {
  setOpenHeaders(c, entries);
  markPageCacheable(c);
  const [dcat, { toJsonLd }] = await Promise.all([import('./dcat.ts'), import('./dcat-jsonld.ts')]);
  const graph = build(dcat);
  const body = syntax === 'ttl' ? await dcat.toTurtle(graph) : JSON.stringify(toJsonLd(graph));
  return c.body(body, 200, { 'Content-Type': CONTENT_TYPES[syntax] });
}

function notFound(c: Context<AppEnv>, syntax: Syntax): Response {
  allowAnyOrigin(c);
  if (syntax === 'jsonld') return c.body(JSON.stringify({ error: NOT_FOUND }), 404, { 'Content-Type': 'application/json;charset=utf-8' });
  return c.body(`${NOT_FOUND}\n`, 404, { 'Content-Type': 'text/plain; charset=UTF-8' });
}

/** `public_toilet.ttl` → the slug and syntax, or undefined for any other name. */
function splitName(file: string): { slug: string; syntax: Syntax } | undefined {
  const match = /^(.+)\.(jsonld|ttl)$/u.exec(file);
  return match ? { slug: match[1]!, syntax: match[2] as Syntax } : undefined;
}

/**
 * DCAT-AP metadata as ckanext-dcat serves it: `/catalog.{jsonld|ttl}` and
 * `/dataset/{name}.{jsonld|ttl}`. Mount on the public zone: `app.route('/', dcatRoutes(services))`.
 */
export function dcatRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const context = (c: Context<AppEnv>) => ({ links: publicLinks(c), municipality: c.get('municipality')! });

  for (const syntax of ['jsonld', 'ttl'] as const) {
    app.get(`/catalog.${syntax}`, async (c) => {
      const municipality = c.get('municipality');
      if (!municipality) return notFound(c, syntax);
      const entries = await cachedCatalog(services.db, municipality.code);
      return render(c, syntax, (dcat) => dcat.catalogGraph(entries, context(c)), entries);
    });
  }

  app.get('/dataset/:file', async (c, next) => {
    const name = splitName(c.req.param('file'));
    if (!name) return next();
    const municipality = c.get('municipality');
    const entries = municipality ? await cachedCatalog(services.db, municipality.code) : [];
    const entry = entries.find(({ dataset }) => dataset.slug === name.slug || dataset.id === name.slug);
    if (!entry) return notFound(c, name.syntax);
    return render(c, name.syntax, (dcat) => dcat.datasetGraph(entry, context(c)), [entry]);
  });
  return app;
}
