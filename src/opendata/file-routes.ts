import { Hono, type Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { markPageCacheable } from '../platform/http/page-cache.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import type { Services } from '../platform/services.ts';
import { cachedCatalog } from './catalog-cache.ts';
import { loadVersionTable, type FileFormat } from './catalog.ts';
import { tableToCsv } from './formats/to-csv.ts';
import { tableToGeoJson } from './formats/to-geojson.ts';
import { tableToJson } from './formats/to-json.ts';
import { tableToXlsx } from './formats/to-xlsx.ts';
import { FORMAT_MEDIA_TYPES } from './labels.ts';
import { OPEN_DATA_LIST_COLUMNS, openDataListRows } from './open-data-list.ts';
import { allowAnyOrigin, publicLinks } from './public-links.ts';

const FILE_NAME = /^(\d{6})_([a-z0-9_-]+)\.(csv|json|geojson|xlsx)$/u;

function sendFile(c: Context<AppEnv>, body: string | Uint8Array<ArrayBuffer>, format: FileFormat, fileName: string, modified: Date) {
  markPageCacheable(c);
  c.header('Content-Type', FORMAT_MEDIA_TYPES[format]);
  c.header('Last-Modified', modified.toUTCString());
  allowAnyOrigin(c);
  c.header('Content-Disposition', `${format === 'csv' || format === 'xlsx' ? 'attachment' : 'inline'}; filename="${fileName}"`);
  return c.body(typeof body === 'string' ? new TextEncoder().encode(body) : body);
}

async function render(format: FileFormat, columns: string[], rows: string[][], sheet: string): Promise<string | Uint8Array<ArrayBuffer>> {
  switch (format) {
    case 'csv':
      return tableToCsv(columns, rows);
    case 'json':
      return tableToJson(columns, rows);
    case 'geojson':
      return tableToGeoJson(columns, rows);
    case 'xlsx':
      return tableToXlsx(columns, rows, sheet);
  }
}

/** Dataset files by their standard names (`143421_public_toilet.csv`), latest or a given version, and the live オープンデータ一覧. */
export function fileRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;

  app.get('/opendata/files/:file{[0-9]{6}_open_data_list\\.csv|open_data_list\\.csv}', async (c) => {
    const entries = await cachedCatalog(services.db, code(c));
    const rows = openDataListRows(entries, c.get('municipality')!, publicLinks(c));
    const modified = entries.reduce((newest, entry) => Math.max(newest, entry.dataset.modifiedAt?.getTime() ?? 0), 0);
    return sendFile(c, tableToCsv(OPEN_DATA_LIST_COLUMNS, rows), 'csv', `${code(c)}_open_data_list.csv`, new Date(modified));
  });

  const serve = async (c: Context<AppEnv>, version: number | undefined) => {
    const match = FILE_NAME.exec(c.req.param('file') ?? '');
    if (!match || match[1] !== code(c)) return c.notFound();
    const [, , slug, format] = match as unknown as [string, string, string, FileFormat];
    const table = await withTenant(services.db, code(c), (tx) => loadVersionTable(tx, slug, version));
    if (!table || (format === 'geojson' && !table.columns.includes('緯度'))) return c.notFound();
    const body = await render(format, table.columns, table.rows, table.dataset.title);
    return sendFile(c, body, format, match[0], table.dataset.modifiedAt && version === undefined ? table.dataset.modifiedAt : table.publishedAt);
  };
  app.get('/opendata/files/:file', (c) => serve(c, undefined));
  app.get('/opendata/files/:version{v[0-9]+}/:file', (c) => serve(c, Number(c.req.param('version').slice(1))));
  return app;
}
