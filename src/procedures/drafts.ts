import { and, eq, gt, isNull, lt } from 'drizzle-orm';
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
  /** Bytes kept after sanitising. */
  size: number;
  /** Bytes the resident uploaded: what they recognise (a 3 MB photo is kept as a few hundred KB). */
  uploadedSize?: number;
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

/** A new application in progress; a correction draft is never submitted as a new application. */
export async function findDraft(tx: Queryable, id: string, owner: DraftOwner): Promise<ApplicationDraftRow | undefined> {
  const [row] = await tx.select().from(applicationDrafts).where(and(eq(applicationDrafts.id, id), ownedBy(owner), isNull(applicationDrafts.correctionOf), gt(applicationDrafts.expiresAt, new Date())));
  return row;
}

export async function findOpenDraftFor(tx: Queryable, procedureId: string, owner: DraftOwner): Promise<ApplicationDraftRow | undefined> {
  const [row] = await tx.select().from(applicationDrafts).where(and(eq(applicationDrafts.procedureId, procedureId), ownedBy(owner), isNull(applicationDrafts.correctionOf), gt(applicationDrafts.expiresAt, new Date())));
  return row;
}

/** New applications in progress (corrections of submitted ones are reached from the application instead). */
export async function listDrafts(tx: Queryable, owner: DraftOwner): Promise<ApplicationDraftRow[]> {
  return tx.select().from(applicationDrafts).where(and(ownedBy(owner), isNull(applicationDrafts.correctionOf), gt(applicationDrafts.expiresAt, new Date())));
}

/** The resident's correction (補正) of a submitted application, in progress. */
export async function findCorrectionDraft(tx: Queryable, applicationId: string, residentId: string): Promise<ApplicationDraftRow | undefined> {
  const [row] = await tx.select().from(applicationDrafts).where(and(eq(applicationDrafts.correctionOf, applicationId), eq(applicationDrafts.residentId, residentId), gt(applicationDrafts.expiresAt, new Date())));
  return row;
}

/** A correction starts from the answers and files as submitted. */
export async function startCorrectionDraft(tx: Queryable, draft: { municipalityCode: string; procedureId: string; version: number; residentId: string; applicationId: string; answers: Answers; files: Record<string, DraftFile> }): Promise<ApplicationDraftRow> {
  const [row] = await tx
    .insert(applicationDrafts)
    .values({ municipalityCode: draft.municipalityCode, procedureId: draft.procedureId, version: draft.version, residentId: draft.residentId, correctionOf: draft.applicationId, answers: draft.answers, files: draft.files, expiresAt: expiry() })
    .returning();
  return row!;
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

/**
 * The files uploaded to this draft itself. A correction draft also lists the application's own
 * attachments, which belong to the case: deleting the draft must never delete those.
 */
export function ownUploads(draft: ApplicationDraftRow): DraftFile[] {
  const prefix = `${draft.municipalityCode}/drafts/${draft.id}/`;
  return Object.values(draftFiles(draft)).filter((file) => file.storageKey.startsWith(prefix));
}
