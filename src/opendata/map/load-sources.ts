import type { Queryable } from '../../platform/db/database.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { loadVersionTable, type CatalogEntry } from '../catalog.ts';
import { listDistricts } from '../districts.ts';
import { facilitiesOf, type FacilitySource, type FacilityTable } from './facility.ts';
import { kindOfStandard } from './kinds.ts';
import type { DistrictPoint } from './origin.ts';

export interface LoadedSource extends FacilityTable {
  entry: CatalogEntry;
  source: FacilitySource;
}

export function sourceOf(entry: CatalogEntry): FacilitySource {
  const kind = kindOfStandard(entry.dataset.standard);
  return { slug: entry.dataset.slug, kind: kind?.id, kindLabel: kind?.label ?? entry.dataset.title, sample: entry.dataset.sample };
}

/** The town's districts and the published rows of the given geographic datasets, in one tenant transaction. */
export async function loadSources(db: Queryable, municipalityCode: string, entries: readonly CatalogEntry[]): Promise<{ districts: DistrictPoint[]; sources: LoadedSource[] }> {
  return withTenant(db, municipalityCode, async (tx) => {
    const districts = await listDistricts(tx);
    const sources: LoadedSource[] = [];
    for (const entry of entries) {
      const table = await loadVersionTable(tx, entry.dataset.slug, entry.latest.version);
      if (!table) continue;
      const source = sourceOf(entry);
      sources.push({ entry, source, ...facilitiesOf(source, table.columns, table.rows) });
    }
    return { districts, sources };
  });
}
