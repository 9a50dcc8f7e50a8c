import type { Queryable } from '../src/platform/db/database.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { formDefinitionSchema } from '../src/forms/form-definition.ts';
import { findProcedureBySlug, saveProcedureVersion, setPublishedVersion } from '../src/procedures/service.ts';
import { demoProcedures } from './procedures/index.ts';

/** Each town names its departments its own way; the demo definitions use Ninomiya's codes. */
const DEPARTMENT_BY_TOWN: Record<string, Record<string, string>> = {
  '143413': { kaigo: 'fukushi', bousai: 'chomin' },
};

/** The demo texts name Ninomiya and its departments; another town's copy names its own. */
const WORDING_BY_TOWN: Record<string, [string, string][]> = {
  '143413': [['二宮町', '大磯町'], ['子育て・健康課', '子育て支援課'], ['高齢介護課', '福祉課'], ['防災安全課', '町民課']],
};

function localise(input: object, municipalityCode: string): object {
  let json = JSON.stringify(input);
  for (const [from, to] of WORDING_BY_TOWN[municipalityCode] ?? []) json = json.replaceAll(from, to);
  return JSON.parse(json) as object;
}

/** Installs and publishes the demo procedures for a town that has none of them yet. */
export async function seedProcedures(db: Queryable, municipalityCode: string): Promise<number> {
  const renames = DEPARTMENT_BY_TOWN[municipalityCode] ?? {};
  return withTenant(db, municipalityCode, async (tx) => {
    let installed = 0;
    for (const [position, input] of demoProcedures.entries()) {
      if (await findProcedureBySlug(tx, input.id)) continue;
      const definition = formDefinitionSchema.parse({ ...localise(input, municipalityCode), department: renames[input.department] ?? input.department });
      const saved = await saveProcedureVersion(tx, municipalityCode, definition, null, position);
      await setPublishedVersion(tx, saved.procedureId, saved.version);
      installed++;
    }
    return installed;
  });
}
