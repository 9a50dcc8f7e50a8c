import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { addBusinessDays, tokyoDate } from '../platform/calendar/business-days.ts';
import { queueMail } from '../platform/mail/send-mail.ts';
import { newReceiptNumber } from './receipt-number.ts';
import { applicationLines, dueDateLine, languageLines, mailFooter, statusLinkLine } from './resident-mail.ts';
import { applicationAttachments, applicationEvents, applications, type ApplicationRow } from './schema.ts';

export interface SubmittedFile {
  field: string;
  label: string;
  filename: string;
  contentType: string;
  /** Bytes kept after sanitising, and bytes the resident uploaded. */
  size: number;
  uploadedSize?: number;
  storageKey: string;
}

export interface Submission {
  municipalityCode: string;
  municipalityName: string;
  /** The draft's id: the same draft submitted twice gives the same application. */
  idempotencyKey: string;
  procedure: { id: string; slug: string; title: string; plainTitle?: string; departmentCode: string; processingDays: number; retentionYears: number };
  version: number;
  answers: unknown;
  /** Names, phones and addresses of the answers, normalised for the inbox search (caseSearchText in forms/). */
  searchText?: string;
  /** The language the resident used the site in (ja when absent, and at the counter). */
  language?: string;
  municipalityNameEn?: string;
  files: SubmittedFile[];
  /** Unusual answers the resident confirmed (plausibility warnings), for staff. */
  confirmedWarnings?: { question: string; message: string }[];
  /** The resident's sign-in level when submitting online. */
  applicantAssurance?: string | null;
  channel: 'online' | 'counter';
  residentId?: string | null;
  contactEmail?: string | null;
  counterStaffId?: string | null;
  identityCheck?: string | null;
  statusUrl?: string;
}

async function findByKey(tx: Queryable, municipalityCode: string, key: string): Promise<ApplicationRow | undefined> {
  const [row] = await tx.select().from(applications).where(and(eq(applications.municipalityCode, municipalityCode), eq(applications.idempotencyKey, key)));
  return row;
}

function receiptMail(submission: Submission, application: ApplicationRow): string {
  return [
    ...languageLines(application.language, { nameJa: submission.municipalityName, nameEn: submission.municipalityNameEn }),
    '次のとおり、申請を受け付けました。',
    '',
    ...applicationLines(application),
    dueDateLine(application.dueDate, submission.procedure.processingDays),
    '',
    'お問い合わせの際は、受付番号をお伝えください。',
    ...statusLinkLine(submission.statusUrl),
    ...mailFooter(submission.municipalityName),
  ].join('\n');
}

/**
 * Turns a finished draft into an application in one transaction: the application, its files,
 * the first history entry and the receipt mail commit together or not at all.
 */
export async function submitApplication(tx: Queryable, submission: Submission, now = new Date()): Promise<{ application: ApplicationRow; created: boolean }> {
  const existing = await findByKey(tx, submission.municipalityCode, submission.idempotencyKey);
  if (existing) return { application: existing, created: false };
  const dueDate = addBusinessDays(tokyoDate(now), submission.procedure.processingDays);
  let inserted: ApplicationRow | undefined;
  for (let attempt = 0; !inserted && attempt < 5; attempt++) {
    [inserted] = await tx
      .insert(applications)
      .values({
        municipalityCode: submission.municipalityCode,
        receiptNumber: newReceiptNumber(now),
        idempotencyKey: submission.idempotencyKey,
        procedureId: submission.procedure.id,
        procedureSlug: submission.procedure.slug,
        procedureTitle: submission.procedure.title,
        procedurePlainTitle: submission.procedure.plainTitle ?? null,
        version: submission.version,
        departmentCode: submission.procedure.departmentCode,
        residentId: submission.residentId ?? null,
        contactEmail: submission.contactEmail ?? null,
        channel: submission.channel,
        counterStaffId: submission.counterStaffId ?? null,
        identityCheck: submission.identityCheck ?? null,
        answers: submission.answers,
        confirmedWarnings: submission.confirmedWarnings ?? [],
        applicantAssurance: submission.applicantAssurance ?? null,
        searchText: submission.searchText ?? null,
        language: submission.language ?? 'ja',
        status: 'received',
        submittedAt: now,
        dueDate,
        retentionYears: submission.procedure.retentionYears,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) {
      const raced = await findByKey(tx, submission.municipalityCode, submission.idempotencyKey);
      if (raced) return { application: raced, created: false };
    }
  }
  if (!inserted) throw new Error('could not allocate a receipt number');
  if (submission.files.length > 0) {
    await tx.insert(applicationAttachments).values(submission.files.map((file) => ({ municipalityCode: submission.municipalityCode, applicationId: inserted!.id, fieldName: file.field, label: file.label, filename: file.filename, contentType: file.contentType, size: file.size, uploadedSize: file.uploadedSize ?? null, storageKey: file.storageKey })));
  }
  await tx.insert(applicationEvents).values({
    municipalityCode: submission.municipalityCode,
    applicationId: inserted.id,
    at: now,
    actorType: submission.channel === 'counter' ? 'staff' : 'resident',
    actorId: submission.channel === 'counter' ? submission.counterStaffId : submission.residentId,
    kind: 'submitted',
    toStatus: 'received',
    message: submission.channel === 'counter' ? `窓口で受け付けました（本人確認：${submission.identityCheck ?? '記録なし'}）` : null,
  });
  if (submission.contactEmail) {
    await queueMail(tx, { municipalityCode: submission.municipalityCode, to: submission.contactEmail, subject: `【${submission.municipalityName}】申請を受け付けました（受付番号 ${inserted.receiptNumber}）`, text: receiptMail(submission, inserted) });
  }
  return { application: inserted, created: true };
}
