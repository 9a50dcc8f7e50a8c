import { asc } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { townDistricts, type TownDistrictRow } from './schema.ts';

export async function listDistricts(tx: Queryable): Promise<TownDistrictRow[]> {
  return tx.select().from(townDistricts).orderBy(asc(townDistricts.position), asc(townDistricts.name));
}
