import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { applicationAttachments, applicationEvents, applications, type ApplicationRow } from './schema.ts';
import { CaseStateError } from './case-commands.ts';
import { isClosed } from './status.ts';

export type { ApplicationRow };

export async function findResidentApplication(tx: Queryable, residentId: string, applicationId: string): Promise<ApplicationRow | undefined> {
  const [row] = await tx.select().from(applications).where(and(eq(applications.id, applicationId), eq(applications.residentId, residentId)));
  return row;
}

/** The application a draft became, for the resident or the counter clerk who owned it: a retried submit finds it. */
export async function findApplicationByDraft(tx: Queryable, draftId: string, owner: { residentId: string } | { counterStaffId: string }): Promise<ApplicationRow | undefined> {
  if (!/^[0-9a-f-]{36}$/u.test(draftId)) return undefined;
  const ownedBy = 'residentId' in owner ? eq(applications.residentId, owner.residentId) : eq(applications.counterStaffId, owner.counterStaffId);
  const [row] = await tx.select().from(applications).where(and(eq(applications.idempotencyKey, draftId), ownedBy));
  return row;
}

export async function listResidentApplications(tx: Queryable, residentId: string): Promise<ApplicationRow[]> {
  const rows = await tx.select().from(applications).where(eq(applications.residentId, residentId));
  return rows.sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime());
}

/** 取下げ: possible until the town has decided. */
export async function withdrawApplication(tx: Queryable, residentId: string, applicationId: string, reason: string): Promise<void> {
  const [application] = await tx.select().from(applications).where(and(eq(applications.id, applicationId), eq(applications.residentId, residentId))).for('update');
  if (!application) throw new CaseStateError('申請が見つかりません。');
  if (isClosed(application.status)) throw new CaseStateError('この申請はすでに処理が終わっているため、取り下げられません。');
  const now = new Date();
  await tx.update(applications).set({ status: 'withdrawn', decidedAt: now, updatedAt: now }).where(eq(applications.id, applicationId));
  await tx.insert(applicationEvents).values({ municipalityCode: application.municipalityCode, applicationId, actorType: 'resident', actorId: residentId, kind: 'withdrawn', fromStatus: application.status, toStatus: 'withdrawn', message: reason || null });
}

export async function eventsOf(tx: Queryable, applicationId: string, includeInternal: boolean) {
  const rows = await tx.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId)).orderBy(applicationEvents.id);
  return includeInternal ? rows : rows.filter((row) => !row.internal);
}

export async function attachmentsOf(tx: Queryable, applicationId: string) {
  return tx.select().from(applicationAttachments).where(eq(applicationAttachments.applicationId, applicationId)).orderBy(applicationAttachments.round, applicationAttachments.createdAt);
}
