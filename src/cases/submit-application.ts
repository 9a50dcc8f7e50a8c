import { randomUUID } from 'node:crypto';
import { and, eq, type SQL } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { addBusinessDays, tokyoDate } from '../platform/calendar/business-days.ts';
import { queueMailStatements } from '../platform/mail/send-mail.ts';
import { notifyJobRunners } from '../platform/jobs/enqueue-job.ts';
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

/** What a submission is given before it is written: new ids, its receipt number and the time. */
export interface SubmissionKeys {
  applicationId: string;
  receiptNumber: string;
  mailId: string;
  now: Date;
}

export function newSubmissionKeys(now = new Date()): SubmissionKeys {
  return { applicationId: randomUUID(), receiptNumber: newReceiptNumber(now), mailId: randomUUID(), now };
}

function applicationValues(submission: Submission, keys: SubmissionKeys) {
  return {
    id: keys.applicationId,
    municipalityCode: submission.municipalityCode,
    receiptNumber: keys.receiptNumber,
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
    submittedAt: keys.now,
    updatedAt: keys.now,
    dueDate: addBusinessDays(tokyoDate(keys.now), submission.procedure.processingDays),
    retentionYears: submission.procedure.retentionYears,
  } satisfies typeof applications.$inferInsert;
}

/**
 * Everything a submission writes after the application row, as separate inserts: its files, the
 * first history entry, and the receipt mail with its delivery job (an outbox row: the mail is
 * sent after commit, by the job runner).
 */
function followingStatements(tx: Queryable, submission: Submission, application: ReturnType<typeof applicationValues>, keys: SubmissionKeys) {
  const code = submission.municipalityCode;
  const statements = [];
  if (submission.files.length > 0) {
    statements.push(tx.insert(applicationAttachments).values(submission.files.map((file) => ({ municipalityCode: code, applicationId: application.id, fieldName: file.field, label: file.label, filename: file.filename, contentType: file.contentType, size: file.size, uploadedSize: file.uploadedSize ?? null, storageKey: file.storageKey }))));
  }
  statements.push(
    tx.insert(applicationEvents).values({
      municipalityCode: code,
      applicationId: application.id,
      at: keys.now,
      actorType: submission.channel === 'counter' ? 'staff' : 'resident',
      actorId: submission.channel === 'counter' ? submission.counterStaffId : submission.residentId,
      kind: 'submitted',
      toStatus: 'received',
      message: submission.channel === 'counter' ? `窓口で受け付けました（本人確認：${submission.identityCheck ?? '記録なし'}）` : null,
    }),
  );
  if (submission.contactEmail) {
    statements.push(...queueMailStatements(tx, { municipalityCode: code, to: submission.contactEmail, subject: `【${submission.municipalityName}】申請を受け付けました（受付番号 ${keys.receiptNumber}）`, text: receiptMail(submission, application as unknown as ApplicationRow) }, keys.mailId));
  }
  return statements;
}

/**
 * The statements that turn a finished draft into an application, in order, for one transaction:
 * the application, its files, the first history entry and the receipt mail commit together or not
 * at all. A second submission of the same draft (same idempotency key) fails on the unique index,
 * and so does a receipt number already taken: see duplicateOf.
 */
export function submissionStatements(tx: Queryable, submission: Submission, keys: SubmissionKeys): SQL[] {
  const application = applicationValues(submission, keys);
  return [tx.insert(applications).values(application).getSQL(), ...followingStatements(tx, submission, application, keys).map((statement) => statement.getSQL())];
}

/** Which unique index refused a submission's insert: the same draft again, or a receipt number in use. */
export function duplicateOf(error: unknown): 'submission' | 'receipt-number' | undefined {
  const found = [error, (error as { cause?: unknown } | null)?.cause].find((e) => (e as { code?: string } | null)?.code === '23505') as { constraint?: string; message?: string } | undefined;
  if (!found) return undefined;
  const which = found.constraint ?? found.message ?? '';
  if (which.includes('applications_idempotency_idx')) return 'submission';
  if (which.includes('applications_receipt_idx')) return 'receipt-number';
  return undefined;
}

/**
 * Turns a finished draft into an application inside the caller's transaction (the counter's):
 * the application, its files, the first history entry and the receipt mail commit together or not
 * at all. Submitting the same draft again gives the same application.
 */
export async function submitApplication(tx: Queryable, submission: Submission, now = new Date()): Promise<{ application: ApplicationRow; created: boolean }> {
  const existing = await findByKey(tx, submission.municipalityCode, submission.idempotencyKey);
  if (existing) return { application: existing, created: false };
  for (let attempt = 0; attempt < 5; attempt++) {
    const keys = newSubmissionKeys(now);
    const values = applicationValues(submission, keys);
    try {
      // A savepoint, so that a receipt number already taken costs only this attempt.
      const inserted = await tx.transaction(async (savepoint) => {
        const [row] = await savepoint.insert(applications).values(values).returning();
        for (const statement of followingStatements(savepoint, submission, values, keys)) await statement;
        return row!;
      });
      if (submission.contactEmail) notifyJobRunners();
      return { application: inserted, created: true };
    } catch (error) {
      const duplicate = duplicateOf(error);
      if (duplicate === 'submission') {
        const raced = await findByKey(tx, submission.municipalityCode, submission.idempotencyKey);
        if (raced) return { application: raced, created: false };
      }
      if (!duplicate) throw error;
    }
  }
  throw new Error('could not allocate a receipt number');
}
