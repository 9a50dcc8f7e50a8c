import { Hono, type Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { siteUrl } from '../platform/http/site-url.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import type { Services } from '../platform/services.ts';
import { publicPage } from '../views/public-page.tsx';
import { cachedCatalog } from './catalog-cache.ts';
import { catalogQueryOf } from './catalog-query.ts';
import { listVersions, loadVersionTable } from './catalog.ts';
import { CatalogPage, PAGE_SIZE } from './catalog-page.tsx';
import { searchCatalog } from './catalog-search.ts';
import { DatasetPage } from './dataset-page.tsx';
import { ApiGuidePage } from './api-guide-page.tsx';

const PREVIEW_ROWS = 10;

/** The catalog and dataset pages residents and reusers read. */
export function opendataPublicRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;

  app.get('/opendata', async (c) => {
    const entries = await cachedCatalog(services.db, code(c));
    const query = catalogQueryOf(c.req.query(), PAGE_SIZE);
    const result = searchCatalog(entries, query);
    const departmentNames = new Map(entries.map((entry) => [entry.dataset.departmentCode, entry.departmentName]));
    const filtered = query.q !== '' || Object.keys(query.filters).length > 0;
    return publicPage(c, {
      title: filtered ? 'オープンデータ（検索結果）' : 'オープンデータ',
      languages: ['ja'],
      body: () => <CatalogPage base={c.get('base')} query={query} result={result} total={entries.length} departmentNames={departmentNames} hasSample={entries.some((e) => e.dataset.sample)} />,
    });
  });

  app.get('/opendata/api', (c) => publicPage(c, { title: 'オープンデータAPIの使い方', languages: ['ja'], body: () => <ApiGuidePage base={c.get('base')} site={siteUrl(c)} /> }));

  app.get('/opendata/datasets/:slug', async (c) => {
    const slug = c.req.param('slug');
    const entry = (await cachedCatalog(services.db, code(c))).find((e) => e.dataset.slug === slug);
    if (!entry) return c.notFound();
    const { versions, table } = await withTenant(services.db, code(c), async (tx) => ({
      versions: await listVersions(tx, entry.dataset.id),
      table: await loadVersionTable(tx, slug, entry.latest.version),
    }));
    if (!table) return c.notFound();
    const preview = { columns: table.columns, rows: table.rows.slice(0, PREVIEW_ROWS) };
    return publicPage(c, {
      title: entry.dataset.title,
      languages: ['ja'],
      body: () => <DatasetPage base={c.get('base')} site={siteUrl(c)} entry={entry} versions={versions} preview={preview} municipalityName={c.get('municipality')!.nameJa} />,
    });
  });
  return app;
}
