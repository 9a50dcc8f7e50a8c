import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { applications, type ApplicationRow } from './schema.ts';

/** An application this clerk took at the counter: they may show its receipt and print its copy. */
export async function findCounterApplication(tx: Queryable, staffId: string, applicationId: string): Promise<ApplicationRow | undefined> {
  const [row] = await tx.select().from(applications).where(and(eq(applications.id, applicationId), eq(applications.counterStaffId, staffId), eq(applications.channel, 'counter')));
  return row;
}

/** The application a counter draft became: a retried submit finds it. */
export async function findCounterApplicationByDraft(tx: Queryable, staffId: string, draftId: string): Promise<ApplicationRow | undefined> {
  const [row] = await tx.select().from(applications).where(and(eq(applications.idempotencyKey, draftId), eq(applications.counterStaffId, staffId)));
  return row;
}
