import { eq } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { authorize, type StaffAction, type StaffActor } from '../platform/identity/staff-policy.ts';
import { queueMail } from '../platform/mail/send-mail.ts';
import { applicationLines, languageLines, mailFooter } from './resident-mail.ts';
import { applicationEvents, applications, type ApplicationRow } from './schema.ts';
import { isClosed, STATUS_LABELS, type ApplicationStatus } from './status.ts';
import { requestedLabel, type RequestedField } from './requested-field.ts';

export class CaseStateError extends Error {
  constructor(readonly messageJa: string) {
    super(messageJa);
  }
}

export interface CaseContext {
  actor: StaffActor;
  /** The department (課) id that owns the case's procedure, for the policy. */
  departmentId: string | null;
  municipalityName: string;
  municipalityNameEn?: string;
  statusUrl?: string;
}

export type CaseAction =
  | { kind: 'take' }
  | { kind: 'assign'; staffId: string }
  | { kind: 'request_correction'; message: string; fields?: RequestedField[] }
  | { kind: 'complete'; message?: string }
  | { kind: 'reject'; reason: string }
  | { kind: 'note'; message: string };

const POLICY: Record<CaseAction['kind'], StaffAction> = {
  take: 'case.handle',
  assign: 'case.handle',
  request_correction: 'case.handle',
  complete: 'case.handle',
  reject: 'case.decide',
  note: 'case.handle',
};

/** What makes no sense in a state: taking a case one already has, asking again or completing while the resident is asked. */
function senseless(kind: CaseAction['kind'], application: ApplicationRow, actorId: string): boolean {
  if (kind === 'take') return application.assignedTo === actorId;
  if (kind === 'request_correction' || kind === 'complete') return application.status === 'correction_requested';
  return false;
}

/** Which actions a staff member may take on a case now: the page offers exactly these. */
export function allowedActions(application: ApplicationRow, actorId: string, can: (action: StaffAction) => boolean): CaseAction['kind'][] {
  if (isClosed(application.status)) return can('case.handle') ? ['note'] : [];
  const kinds: CaseAction['kind'][] = ['take', 'assign', 'request_correction', 'complete', 'reject', 'note'];
  return kinds.filter((kind) => can(POLICY[kind]) && !senseless(kind, application, actorId));
}

function nextStatus(application: ApplicationRow, action: CaseAction): ApplicationStatus {
  switch (action.kind) {
    case 'take':
    case 'assign':
      return application.status === 'received' ? 'in_review' : (application.status as ApplicationStatus);
    case 'request_correction':
      return 'correction_requested';
    case 'complete':
      return 'completed';
    case 'reject':
      return 'rejected';
    case 'note':
      return application.status as ApplicationStatus;
  }
}

function residentMail(ctx: CaseContext, application: ApplicationRow, action: CaseAction): { subject: string; text: string } | undefined {
  const mail = (subject: string, lead: string, body: string[]) => ({
    subject: `【${ctx.municipalityName}】${subject}（受付番号 ${application.receiptNumber}）`,
    text: [...languageLines(application.language, { nameJa: ctx.municipalityName, nameEn: ctx.municipalityNameEn }), lead, '', ...applicationLines(application), ...(body.length ? ['', ...body] : []), ...(ctx.statusUrl ? ['', `詳しくはマイページでご確認ください：${ctx.statusUrl}`] : []), ...mailFooter(ctx.municipalityName)].join('\n'),
  });
  if (action.kind === 'request_correction') {
    const fields = action.fields?.length ? ['', '直していただく項目：', ...action.fields.map((f) => `・${requestedLabel(f)}`), '', 'マイページで該当の項目を直して、送信してください。'] : [];
    return mail('申請内容の補正のお願い', '次の申請について、補正（内容の修正や書類の追加）をお願いします。', [action.message, ...fields]);
  }
  if (action.kind === 'complete') return mail('手続きが完了しました', '次の申請の手続きが完了しました。', action.message ? [action.message] : []);
  if (action.kind === 'reject') return mail('申請の審査結果のお知らせ', '次の申請は、下記の理由により却下となりました。', [`理由：${action.reason}`]);
  return undefined;
}

/** One staff action on a case: policy, state check, history, resident mail and audit in the caller's transaction. */
export async function actOnCase(tx: Queryable, ctx: CaseContext, applicationId: string, action: CaseAction): Promise<ApplicationRow> {
  const [application] = await tx.select().from(applications).where(eq(applications.id, applicationId)).for('update');
  if (!application) throw new CaseStateError('申請が見つかりません。');
  const resource = { municipalityCode: application.municipalityCode, departmentId: ctx.departmentId };
  authorize(ctx.actor, POLICY[action.kind], resource);
  if (action.kind !== 'note' && isClosed(application.status)) throw new CaseStateError(`この申請はすでに「${STATUS_LABELS[application.status as ApplicationStatus]}」です。`);
  if (senseless(action.kind, application, ctx.actor.id)) throw new CaseStateError(action.kind === 'take' ? 'この申請は、すでにあなたが担当しています。' : 'この申請は補正をお願いしている最中です。申請者の回答を待ってから操作してください。');
  const to = nextStatus(application, action);
  const assignedTo = action.kind === 'take' ? ctx.actor.id : action.kind === 'assign' ? action.staffId : application.assignedTo;
  const now = new Date();
  const [updated] = await tx
    .update(applications)
    .set({ status: to, assignedTo, updatedAt: now, ...(to === 'completed' || to === 'rejected' ? { decidedAt: now } : {}) })
    .where(eq(applications.id, applicationId))
    .returning();
  const message = 'message' in action ? action.message : 'reason' in action ? action.reason : action.kind === 'assign' ? `担当者を変更しました` : null;
  await tx.insert(applicationEvents).values({
    municipalityCode: application.municipalityCode,
    applicationId,
    actorType: 'staff',
    actorId: ctx.actor.id,
    kind: action.kind,
    fromStatus: application.status,
    toStatus: to,
    message: message ?? null,
    internal: action.kind === 'note' || action.kind === 'take' || action.kind === 'assign',
    detail: action.kind === 'request_correction' && action.fields?.length ? { fields: action.fields } : null,
  });
  const mail = residentMail(ctx, application, action);
  if (mail && application.contactEmail) await queueMail(tx, { municipalityCode: application.municipalityCode, to: application.contactEmail, ...mail });
  await recordAudit(tx, { municipalityCode: application.municipalityCode, actorType: 'staff', actorId: ctx.actor.id, action: `case.${action.kind}`, target: application.receiptNumber, detail: { from: application.status, to, ...(action.kind === 'assign' ? { assignedTo: action.staffId } : {}) } });
  return updated!;
}

/** Every staff read of a case is in the audit trail (who, which case; never the answers). */
export async function recordCaseView(tx: Queryable, actor: StaffActor, application: ApplicationRow, departmentId: string | null, what = 'case.view'): Promise<void> {
  authorize(actor, 'case.view', { municipalityCode: application.municipalityCode, departmentId });
  await recordAudit(tx, { municipalityCode: application.municipalityCode, actorType: 'staff', actorId: actor.id, action: what, target: application.receiptNumber });
}
