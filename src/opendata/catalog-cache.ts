import type { Queryable } from '../platform/db/database.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { PAGE_CACHE_SECONDS } from '../platform/http/page-cache.ts';
import { loadCatalog, type CatalogEntry } from './catalog.ts';

interface Snapshot {
  entries: Promise<CatalogEntry[]>;
  expiresAt: number;
}

/** Per database, per municipality: the catalog is read for every search, but changes only on publish. */
const snapshots = new WeakMap<Queryable, Map<string, Snapshot>>();

/** The published catalog, read at most once a minute (the same bound as the page cache) or after a publish in this process. */
export function cachedCatalog(db: Queryable, municipalityCode: string): Promise<CatalogEntry[]> {
  let byTown = snapshots.get(db);
  if (!byTown) snapshots.set(db, (byTown = new Map()));
  const current = byTown.get(municipalityCode);
  if (current && current.expiresAt > Date.now()) return current.entries;
  const entries = withTenant(db, municipalityCode, (tx) => loadCatalog(tx));
  byTown.set(municipalityCode, { entries, expiresAt: Date.now() + PAGE_CACHE_SECONDS * 1000 });
  entries.catch(() => byTown.delete(municipalityCode));
  return entries;
}

export function forgetCatalog(db: Queryable, municipalityCode: string): void {
  snapshots.get(db)?.delete(municipalityCode);
}
