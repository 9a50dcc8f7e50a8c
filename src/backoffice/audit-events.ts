import { desc } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { auditEvents, type AuditEventRow } from '../platform/audit/schema.ts';
import { staffNames } from '../platform/identity/staff-accounts.ts';
import { listDatasetOverviews } from '../opendata/publishing-queries.ts';
import { procedureTitlesByIdAndSlug } from '../procedures/service.ts';

/** The latest audit entries with the names of the staff and of the procedures and datasets they name. */
export async function latestAuditEvents(tx: Queryable, limit = 50): Promise<{ events: AuditEventRow[]; staffNames: Map<string, string>; targetNames: Map<string, string> }> {
  const events = await tx.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(limit);
  const staffIds = events.flatMap((e) => [e.actorType === 'staff' ? e.actorId : null, e.target?.startsWith('staff:') ? e.target.slice('staff:'.length) : null]).filter((id): id is string => !!id);
  const targetNames = new Map([...(await procedureTitlesByIdAndSlug(tx))].map(([key, title]) => [key, `手続き「${title}」`]));
  for (const { dataset } of await listDatasetOverviews(tx)) targetNames.set(`dataset:${dataset.id}`, `データセット「${dataset.title}」`);
  return { events, staffNames: await staffNames(tx, [...new Set(staffIds)]), targetNames };
}
