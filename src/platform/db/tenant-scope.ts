import { sql } from 'drizzle-orm';
import type { Queryable } from './database.ts';

export const TENANT_ROLE = 'yakuba_app';

/**
 * Runs fn in a transaction bound to one municipality: the role switch makes row-level
 * security apply, so a query that forgets its municipality filter still sees only this tenant.
 */
export function withTenant<T>(db: Queryable, municipalityCode: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('yakuba.municipality', ${municipalityCode}, true), set_config('role', ${TENANT_ROLE}, true)`,
    );
    return fn(tx);
  });
}
