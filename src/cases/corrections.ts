import { and, desc, eq, max } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { authorize } from '../platform/identity/staff-policy.ts';
import { queueMail } from '../platform/mail/send-mail.ts';
import type { AnswerChange } from '../forms/answer-changes.ts';
import { applicationLines, languageLines, mailFooter } from './resident-mail.ts';
import { CaseStateError, type CaseContext } from './case-commands.ts';
import { applicationAttachments, applicationEvents, applications, type ApplicationRow } from './schema.ts';
import { isClosed } from './status.ts';
import type { SubmittedFile } from './submit-application.ts';
import type { RequestedField } from './requested-field.ts';

export type { RequestedField };

export interface CorrectionRequest {
  message: string;
  fields: RequestedField[];
  at: Date;
}

function requestOf(event: { message: string | null; detail: unknown; at: Date }): CorrectionRequest {
  const detail = (event.detail ?? {}) as { fields?: RequestedField[] };
  return { message: event.message ?? '', fields: Array.isArray(detail.fields) ? detail.fields : [], at: event.at };
}

/** The correction request the resident has still to answer, or undefined when none is open. */
export async function openCorrectionRequest(tx: Queryable, application: ApplicationRow): Promise<CorrectionRequest | undefined> {
  if (application.status !== 'correction_requested') return undefined;
  const [event] = await tx
    .select({ message: applicationEvents.message, detail: applicationEvents.detail, at: applicationEvents.at })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, application.id), eq(applicationEvents.kind, 'request_correction')))
    .orderBy(desc(applicationEvents.id))
    .limit(1);
  return event ? requestOf(event) : undefined;
}

export interface CorrectionAnswer {
  message: string;
  files: SubmittedFile[];
  /** The whole set of answers after the correction, and what changed; absent when only a message and files are sent. */
  answers?: unknown;
  changes?: AnswerChange[];
  /** The inbox search text of the corrected answers (caseSearchText). */
  searchText?: string;
}

/** The resident answers a correction request (補正): corrected answers, a message and any new files; the case goes back to review. */
export async function answerCorrection(tx: Queryable, residentId: string, applicationId: string, answer: CorrectionAnswer): Promise<void> {
  const [application] = await tx.select().from(applications).where(and(eq(applications.id, applicationId), eq(applications.residentId, residentId))).for('update');
  if (!application) throw new CaseStateError('申請が見つかりません。');
  if (application.status !== 'correction_requested') throw new CaseStateError('この申請には、いま回答が必要な補正依頼はありません。');
  const [top] = await tx.select({ round: max(applicationAttachments.round) }).from(applicationAttachments).where(eq(applicationAttachments.applicationId, applicationId));
  const round = (top?.round ?? 0) + 1;
  if (answer.files.length > 0) {
    await tx.insert(applicationAttachments).values(answer.files.map((file) => ({ municipalityCode: application.municipalityCode, applicationId, fieldName: file.field, label: file.label, round, filename: file.filename, contentType: file.contentType, size: file.size, uploadedSize: file.uploadedSize ?? null, storageKey: file.storageKey })));
  }
  const changes = answer.changes ?? [];
  await tx.update(applications).set({ status: 'in_review', updatedAt: new Date(), ...(answer.answers !== undefined ? { answers: answer.answers } : {}), ...(answer.searchText !== undefined ? { searchText: answer.searchText } : {}) }).where(eq(applications.id, applicationId));
  const summary = [changes.length > 0 ? `${changes.length}件の回答を直しました` : '', answer.files.length > 0 ? `ファイルを${answer.files.length}件追加しました` : ''].filter(Boolean).join('。');
  await tx.insert(applicationEvents).values({
    municipalityCode: application.municipalityCode,
    applicationId,
    actorType: 'resident',
    actorId: residentId,
    kind: 'correction_answered',
    fromStatus: application.status,
    toStatus: 'in_review',
    message: answer.message || summary || null,
    detail: changes.length > 0 ? { changes } : null,
  });
  await recordAudit(tx, { municipalityCode: application.municipalityCode, actorType: 'resident', actorId: residentId, action: 'case.correction_answered', target: application.receiptNumber, detail: { changedFields: changes.map((c) => c.field), files: answer.files.length } });
}

/**
 * Staff correct answers themselves (a typo read out on the phone), with the reason: the answers
 * change, the history shows before and after to staff and resident, and the resident gets a mail.
 */
export async function correctAnswers(tx: Queryable, ctx: CaseContext, applicationId: string, correction: { answers: unknown; changes: AnswerChange[]; reason: string; searchText: string }): Promise<ApplicationRow> {
  const [application] = await tx.select().from(applications).where(eq(applications.id, applicationId)).for('update');
  if (!application) throw new CaseStateError('申請が見つかりません。');
  authorize(ctx.actor, 'case.handle', { municipalityCode: application.municipalityCode, departmentId: ctx.departmentId });
  if (isClosed(application.status)) throw new CaseStateError('処理が終わった申請の内容は訂正できません。');
  if (correction.changes.length === 0) throw new CaseStateError('変更された回答がありません。');
  const [updated] = await tx.update(applications).set({ answers: correction.answers, searchText: correction.searchText, updatedAt: new Date() }).where(eq(applications.id, applicationId)).returning();
  await tx.insert(applicationEvents).values({
    municipalityCode: application.municipalityCode,
    applicationId,
    actorType: 'staff',
    actorId: ctx.actor.id,
    kind: 'staff_correction',
    fromStatus: application.status,
    toStatus: application.status,
    message: correction.reason,
    detail: { changes: correction.changes },
  });
  if (application.contactEmail) {
    const lines = correction.changes.map((c) => `・${c.label}：${c.before} → ${c.after}`);
    await queueMail(tx, {
      municipalityCode: application.municipalityCode,
      to: application.contactEmail,
      subject: `【${ctx.municipalityName}】申請内容を訂正しました（受付番号 ${application.receiptNumber}）`,
      text: [
        ...languageLines(application.language, { nameJa: ctx.municipalityName, nameEn: ctx.municipalityNameEn }),
        '次の申請の内容を、担当者が次のとおり訂正しました。',
        '',
        ...applicationLines(application),
        '',
        ...lines,
        '',
        `訂正の理由：${correction.reason}`,
        '',
        '訂正の内容に誤りがある場合は、担当課までご連絡ください。',
        ...(ctx.statusUrl ? ['', `詳しくはマイページでご確認ください：${ctx.statusUrl}`] : []),
        ...mailFooter(ctx.municipalityName),
      ].join('\n'),
    });
  }
  await recordAudit(tx, { municipalityCode: application.municipalityCode, actorType: 'staff', actorId: ctx.actor.id, action: 'case.answers_corrected', target: application.receiptNumber, detail: { fields: correction.changes.map((c) => c.field) } });
  return updated!;
}
