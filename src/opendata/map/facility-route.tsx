import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { Services } from '../../platform/services.ts';
import { publicPage } from '../../views/public-page.tsx';
import { cachedCatalog } from '../catalog-cache.ts';
import { loadVersionTable } from '../catalog.ts';
import { findRecord, nameOf } from './facility.ts';
import { FacilityPage } from './facility-page.tsx';
import { kindOfStandard } from './kinds.ts';
import { momentInJapan } from './opening-hours.ts';

/** One row of a geographic dataset on its own page: what the list and the map's popups link to. */
export function facilityRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/opendata/datasets/:slug/rows/:id', async (c) => {
    const code = c.get('municipality')!.code;
    const entry = (await cachedCatalog(services.db, code)).find((e) => e.dataset.slug === c.req.param('slug') && e.geographic);
    if (!entry) return c.notFound();
    const table = await withTenant(services.db, code, (tx) => loadVersionTable(tx, entry.dataset.slug, entry.latest.version));
    const record = table ? findRecord(table.columns, table.rows, c.req.param('id')) : undefined;
    if (!table || !record) return c.notFound();
    const kind = kindOfStandard(entry.dataset.standard);
    return publicPage(c, {
      title: `${nameOf(record)}（${entry.dataset.title}）`,
      languages: ['ja'],
      body: () => <FacilityPage base={c.get('base')} dataset={entry.dataset} kind={kind} columns={table.columns} record={record} moment={momentInJapan(new Date())} />,
    });
  });
  return app;
}
