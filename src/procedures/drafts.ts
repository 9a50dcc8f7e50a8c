import { and, eq, gt, lt } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import type { Answers } from '../forms/answers.ts';
import { applicationDrafts, type ApplicationDraftRow } from './schema.ts';

/** Stated to residents on every page of a form. */
export const DRAFT_KEEP_DAYS = 30;

export interface DraftFile {
  id: string;
  field: string;
  filename: string;
  contentType: string;
  size: number;
  storageKey: string;
}

export type DraftOwner = { residentId: string } | { counterStaffId: string };

function ownedBy(owner: DraftOwner) {
  return 'residentId' in owner ? eq(applicationDrafts.residentId, owner.residentId) : eq(applicationDrafts.counterStaffId, owner.counterStaffId);
}

function expiry(): Date {
  return new Date(Date.now() + DRAFT_KEEP_DAYS * 24 * 3600 * 1000);
}

export async function startDraft(tx: Queryable, draft: { municipalityCode: string; procedureId: string; version: number; owner: DraftOwner; answers: Answers }): Promise<ApplicationDraftRow> {
  const [row] = await tx
    .insert(applicationDrafts)
    .values({ municipalityCode: draft.municipalityCode, procedureId: draft.procedureId, version: draft.version, ...draft.owner, answers: draft.answers, expiresAt: expiry() })
    .returning();
  return row!;
}

export async function findDraft(tx: Queryable, id: string, owner: DraftOwner): Promise<ApplicationDraftRow | undefined> {
  const [row] = await tx.select().from(applicationDrafts).where(and(eq(applicationDrafts.id, id), ownedBy(owner), gt(applicationDrafts.expiresAt, new Date())));
  return row;
}

export async function findOpenDraftFor(tx: Queryable, procedureId: string, owner: DraftOwner): Promise<ApplicationDraftRow | undefined> {
  const [row] = await tx.select().from(applicationDrafts).where(and(eq(applicationDrafts.procedureId, procedureId), ownedBy(owner), gt(applicationDrafts.expiresAt, new Date())));
  return row;
}

export async function listDrafts(tx: Queryable, owner: DraftOwner): Promise<ApplicationDraftRow[]> {
  return tx.select().from(applicationDrafts).where(and(ownedBy(owner), gt(applicationDrafts.expiresAt, new Date())));
}

export async function saveDraft(tx: Queryable, id: string, changes: { answers?: Answers; files?: Record<string, DraftFile> }): Promise<void> {
  await tx.update(applicationDrafts).set({ ...changes, updatedAt: new Date(), expiresAt: expiry() }).where(eq(applicationDrafts.id, id));
}

export async function deleteDraft(tx: Queryable, id: string): Promise<void> {
  await tx.delete(applicationDrafts).where(eq(applicationDrafts.id, id));
}

/** For the cleanup job: drafts past their date, with the files to delete from storage. */
export async function takeExpiredDrafts(tx: Queryable, now = new Date()): Promise<ApplicationDraftRow[]> {
  return tx.delete(applicationDrafts).where(lt(applicationDrafts.expiresAt, now)).returning();
}

export function draftFiles(draft: ApplicationDraftRow): Record<string, DraftFile> {
  return (draft.files ?? {}) as Record<string, DraftFile>;
}
