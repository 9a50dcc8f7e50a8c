import type { Queryable } from '../src/platform/db/database.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { recordAudit } from '../src/platform/audit/record-audit.ts';
import { createStaffAccount, findStaffByEmail } from '../src/platform/identity/staff-accounts.ts';
import { saveMunicipality } from '../src/platform/tenancy/municipality-directory.ts';
import { municipalities } from '../src/platform/tenancy/schema.ts';
import { demoDepartments, demoMunicipalities, demoStaff } from './demo-municipalities.ts';
import { departments, staffDepartments } from '../src/platform/identity/schema.ts';
import { inArray } from 'drizzle-orm';
import { seedProcedures } from './seed-procedures.ts';
import { seedOpenData } from './seed-opendata.ts';

/** Seeds the demo tenants once: returns false when the database already has municipalities. */
export async function seedDemo(db: Queryable, options: { force?: boolean } = {}): Promise<boolean> {
  const existing = await db.select({ code: municipalities.code }).from(municipalities).limit(1);
  if (existing.length > 0 && !options.force) return false;
  for (const municipality of demoMunicipalities) await saveMunicipality(db, municipality);
  for (const department of demoDepartments) {
    await withTenant(db, department.municipalityCode, (tx) => tx.insert(departments).values(department).onConflictDoNothing());
  }
  for (const staff of demoStaff) {
    await withTenant(db, staff.municipalityCode, async (tx) => {
      if (await findStaffByEmail(tx, staff.email)) return;
      const account = await createStaffAccount(tx, staff);
      const rows = await tx.select().from(departments).where(inArray(departments.code, [...staff.departments]));
      await tx.insert(staffDepartments).values(rows.map((d) => ({ municipalityCode: staff.municipalityCode, staffId: account.id, departmentId: d.id })));
      await recordAudit(tx, {
        municipalityCode: staff.municipalityCode,
        actorType: 'system',
        action: 'staff.created',
        target: `staff:${account.id}`,
        detail: { role: staff.role, by: 'demo seed' },
      });
    });
  }
  for (const municipality of demoMunicipalities) {
    await seedProcedures(db, municipality.code);
    await seedOpenData(db, municipality.code);
  }
  return true;
}
