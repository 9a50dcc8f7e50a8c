import type { Queryable } from '../src/platform/db/database.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { categoryIdOf } from '../src/opendata/labels.ts';
import { createDataset, findDatasetBySlug, publishTable } from '../src/opendata/publishing.ts';
import { sampleOpenData } from './opendata/index.ts';
import { townDistricts } from '../src/opendata/schema.ts';

/** Japan noon of a YYYY-MM-DD date, so the date reads the same in every time zone's rendering. */
const jstNoon = (date: string) => new Date(`${date}T12:00:00+09:00`);

/** Publishes the demo town's sample datasets (marked as sample data) once. */
export async function seedOpenData(db: Queryable, municipalityCode: string): Promise<void> {
  const sample = sampleOpenData(municipalityCode);
  if (!sample) return;
  const actor = { system: 'demo seed', municipalityCode };
  await withTenant(db, municipalityCode, (tx) =>
    tx.insert(townDistricts).values(sample.districts.map((d, position) => ({ municipalityCode, ...d, position }))).onConflictDoNothing(),
  );
  for (const item of sample.datasets) {
    await withTenant(db, municipalityCode, async (tx) => {
      if (await findDatasetBySlug(tx, item.id)) return;
      const dataset = await createDataset(tx, actor, {
        slug: item.id,
        standard: item.id,
        title: item.title,
        description: item.description,
        keywords: item.keywords,
        category: categoryIdOf(item.category) ?? 'administration',
        departmentCode: item.departmentCode,
        updateFrequency: item.updateFrequency,
        sample: true,
        issuedAt: jstNoon(item.publishedOn),
      });
      await publishTable(tx, actor, dataset, { columns: item.columns, rows: item.rows }, {
        sourceFileName: `${municipalityCode}_${item.id}.csv`,
        reading: { encoding: 'utf-8-bom', lineEnding: 'crlf' },
        note: 'サンプルデータを公開',
        publishedAt: jstNoon(item.updatedOn),
      });
    });
  }
}
