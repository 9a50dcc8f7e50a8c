import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { applications, type ApplicationRow } from './schema.ts';

/** An application this clerk took at the counter: they may show its receipt and print its copy. */
export async function findCounterApplication(tx: Queryable, staffId: string, applicationId: string): Promise<ApplicationRow | undefined> {
  const [row] = await tx.select().from(applications).where(and(eq(applications.id, applicationId), eq(applications.counterStaffId, staffId), eq(applications.channel, 'counter')));
  return row;
}
