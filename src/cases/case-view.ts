import type { Queryable } from '../platform/db/database.ts';
import { staffInDepartment, staffNames, type StaffSummary } from '../platform/identity/staff-accounts.ts';
import { can, type StaffAction, type StaffActor } from '../platform/identity/staff-policy.ts';
import type { Answers } from '../forms/answers.ts';
import { answerSections, type AnswerSection } from '../forms/format-answer.ts';
import type { DefinitionSource } from '../forms/definition-source.ts';
import { attachmentFileName } from './attachment-names.ts';
import type { FormDefinition } from '../forms/form-definition.ts';
import { correctableQuestions } from './correctable.ts';
import type { RequestedField } from './requested-field.ts';
import { isClosed } from './status.ts';
import { allowedActions, recordCaseView, type CaseAction } from './case-commands.ts';
import { departmentOf, findCase, isCorrectionAnswered } from './case-queries.ts';
import { attachmentsOf, eventsOf } from './resident-commands.ts';
import type { ApplicationAttachmentRow, ApplicationEventRow, ApplicationRow } from './schema.ts';

/** Everything the case page and its print version show, gathered in one transaction. */
export interface CaseView {
  application: ApplicationRow;
  departmentName: string;
  correctionAnswered: boolean;
  /** undefined when the answers were deleted at the end of the retention period, or the form version is missing. */
  sections: AnswerSection[] | undefined;
  definition: FormDefinition | undefined;
  /** The questions a correction request may reopen (empty when the answers cannot be shown). */
  correctable: Map<string, RequestedField>;
  /** Staff may correct answers themselves (訂正) now. */
  canCorrect: boolean;
  attachments: ApplicationAttachmentRow[];
  events: ApplicationEventRow[];
  names: Map<string, string>;
  actions: CaseAction['kind'][];
  assignees: StaffSummary[];
}

/** Staff of the case's department who may handle cases: the choices for 担当者を変更. */
export async function assignableStaff(tx: Queryable, municipalityCode: string, departmentId: string | null): Promise<StaffSummary[]> {
  if (!departmentId) return [];
  const members = await staffInDepartment(tx, departmentId);
  return members.filter((m) => can({ ...m, municipalityCode, departmentIds: [departmentId] }, 'case.handle', { municipalityCode, departmentId }));
}

/**
 * Loads a case for a staff member and writes the read to the audit trail; the policy is checked
 * by recordCaseView before anything is returned. undefined when there is no such case.
 */
export async function loadCaseView(tx: Queryable, source: DefinitionSource, actor: StaffActor, id: string, auditAction = 'case.view'): Promise<CaseView | undefined> {
  const application = await findCase(tx, id);
  if (!application) return undefined;
  const department = await departmentOf(tx, application.departmentCode);
  const departmentId = department?.id ?? null;
  await recordCaseView(tx, actor, application, departmentId, auditAction);
  const [attachments, events, definition] = [await attachmentsOf(tx, id), await eventsOf(tx, id, true), await source.definitionAt(tx, application.procedureId, application.version)];
  const deleted = application.personalDataDeletedAt !== null;
  const sections = deleted || !definition ? undefined : answerSections(definition, application.answers as Answers, attachmentFileName(attachments));
  const allowed = (action: StaffAction) => can(actor, action, { municipalityCode: application.municipalityCode, departmentId });
  const actions = allowedActions(application, actor.id, allowed);
  const assignees = actions.includes('assign') ? await assignableStaff(tx, application.municipalityCode, departmentId) : [];
  const staffIds = [application.assignedTo, application.counterStaffId, ...events.filter((e) => e.actorType === 'staff').map((e) => e.actorId)];
  const readable = sections !== undefined && definition !== undefined;
  return {
    application,
    departmentName: department?.nameJa ?? application.departmentCode,
    correctionAnswered: await isCorrectionAnswered(tx, id),
    sections,
    definition,
    correctable: readable ? correctableQuestions(definition, application.answers as Answers) : new Map(),
    canCorrect: readable && !isClosed(application.status) && allowed('case.handle'),
    attachments,
    events,
    names: await staffNames(tx, staffIds.filter((v): v is string => !!v)),
    actions,
    assignees,
  };
}
