import { asc } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { municipalities } from './schema.ts';
import { municipalityInput, type Municipality } from './municipality.ts';

/** The municipalities of this deployment, held in memory: every request needs one, few ever change. */
export class MunicipalityDirectory {
  #byCode = new Map<string, Municipality>();
  #byHost = new Map<string, Municipality>();

  constructor(list: Municipality[]) {
    for (const municipality of list) {
      this.#byCode.set(municipality.code, municipality);
      for (const host of municipality.hosts) this.#byHost.set(host.toLowerCase(), municipality);
    }
  }

  byCode(code: string): Municipality | undefined {
    return this.#byCode.get(code);
  }

  byHost(host: string): Municipality | undefined {
    return this.#byHost.get(host.toLowerCase());
  }

  list(): Municipality[] {
    return [...this.#byCode.values()];
  }
}

export async function loadMunicipalityDirectory(db: Queryable): Promise<MunicipalityDirectory> {
  const rows = await db.select().from(municipalities).orderBy(asc(municipalities.code));
  return new MunicipalityDirectory(rows.map((row) => municipalityInput.parse(row)));
}

export async function saveMunicipality(db: Queryable, input: unknown): Promise<Municipality> {
  const municipality = municipalityInput.parse(input);
  await db
    .insert(municipalities)
    .values(municipality)
    .onConflictDoUpdate({ target: municipalities.code, set: municipality });
  return municipality;
}
