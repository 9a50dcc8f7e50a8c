import type { Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { siteUrl } from '../platform/http/site-url.ts';
import { fileStem, type CatalogEntry, type FileFormat } from './catalog.ts';
import type { DatasetRow } from './schema.ts';

/** Absolute addresses of the catalog's public pages and files, as the API and DCAT link to them. */
export interface PublicLinks {
  /** `https://example.jp/m/143421` or `https://opendata.town.example.jp`: no trailing slash. */
  site: string;
  catalogPage: string;
  datasetPage(slug: string): string;
  file(dataset: Pick<DatasetRow, 'municipalityCode' | 'slug'>, format: FileFormat, version?: number): string;
  apiHelp(action: string): string;
}

export function linksFor(site: string): PublicLinks {
  return {
    site,
    catalogPage: `${site}/opendata`,
    datasetPage: (slug) => `${site}/opendata/datasets/${encodeURIComponent(slug)}`,
    file: (dataset, format, version) => `${site}/opendata/files/${version === undefined ? '' : `v${version}/`}${fileStem(dataset)}.${format}`,
    apiHelp: (action) => `${site}/api/3/action/help_show?name=${encodeURIComponent(action)}`,
  };
}

/** Links on the request's own site (host and scheme as the pages link them, https behind a TLS proxy). */
export function publicLinks(c: Context<AppEnv>): PublicLinks {
  return linksFor(siteUrl(c));
}

/** The newest modification in the catalog (or of one dataset), as an HTTP date for Last-Modified. */
export function lastModifiedOf(entries: readonly CatalogEntry[]): string | undefined {
  let newest = 0;
  for (const { dataset, latest } of entries) newest = Math.max(newest, (dataset.modifiedAt ?? latest.publishedAt).getTime());
  return newest === 0 ? undefined : new Date(newest).toUTCString();
}

/** Headers of every open data API answer: anyone's script may read it, and caches may revalidate by date. */
export function setOpenHeaders(c: Context<AppEnv>, entries: readonly CatalogEntry[] = []): void {
  allowAnyOrigin(c);
  const lastModified = lastModifiedOf(entries);
  if (lastModified) c.header('Last-Modified', lastModified);
}

/** Open data may be read by any site's script and embedded anywhere (the default policy keeps other resources same-origin). */
export function allowAnyOrigin(c: Context<AppEnv>): void {
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
}
