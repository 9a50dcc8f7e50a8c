import { randomBytes } from 'node:crypto';
import { openConfiguredDatabase } from '../bootstrap.ts';
import { migrateDatabase } from '../platform/db/migrate.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { createStaffAccount, findStaffByEmail } from '../platform/identity/staff-accounts.ts';
import { STAFF_ROLES, isStaffRole } from '../platform/identity/staff-roles.ts';
import { loadMunicipalityDirectory } from '../platform/tenancy/municipality-directory.ts';
import type { CliContext } from './context.ts';
import { UsageError } from './usage.ts';

export interface StaffCreateOptions {
  municipality?: string;
  email?: string;
  name?: string;
  role?: string;
}

/** `yakuba staff create`: prints a first password; a second factor is enrolled at first sign-in. */
export async function staffCreateCommand(ctx: CliContext, options: StaffCreateOptions): Promise<number> {
  const { municipality, email, name } = options;
  const role = options.role ?? 'staff';
  if (!municipality || !email || !name) throw new UsageError('staff create needs --municipality, --email and --name');
  if (!isStaffRole(role)) throw new UsageError(`--role must be one of ${STAFF_ROLES.join(', ')}`);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new UsageError('--email must be an e-mail address');
  const database = await openConfiguredDatabase(ctx.config);
  try {
    await migrateDatabase(database);
    const directory = await loadMunicipalityDirectory(database.db);
    if (!directory.byCode(municipality)) throw new UsageError(`no municipality with code ${municipality}`);
    const password = randomBytes(12).toString('base64url');
    await withTenant(database.db, municipality, async (tx) => {
      if (await findStaffByEmail(tx, email)) throw new UsageError(`a staff account with ${email} already exists`);
      const account = await createStaffAccount(tx, { municipalityCode: municipality, email, displayName: name, role, password });
      await recordAudit(tx, { municipalityCode: municipality, actorType: 'system', action: 'staff.created', target: `staff:${account.id}`, detail: { role, by: 'cli' } });
    });
    ctx.print(`Staff account created: ${email} (${role})\nFirst password: ${password}\nThe second factor is enrolled at the first sign-in.`);
    return 0;
  } finally {
    await database.close();
  }
}
