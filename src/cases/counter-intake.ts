import type { Queryable } from '../platform/db/database.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { authorize, type StaffActor } from '../platform/identity/staff-policy.ts';
import type { ApplicationRow } from './schema.ts';
import { submitApplication, type Submission } from './submit-application.ts';

export type CounterSubmission = Omit<Submission, 'channel' | 'residentId' | 'counterStaffId' | 'statusUrl'> & { identityCheck: string };

/**
 * 書かない窓口: a clerk submits an application on a resident's behalf. It goes to the same inbox
 * as online applications, marked as taken at the counter with the identity check recorded.
 */
export async function acceptCounterApplication(tx: Queryable, actor: StaffActor, submission: CounterSubmission): Promise<ApplicationRow> {
  authorize(actor, 'case.counter_intake', { municipalityCode: submission.municipalityCode });
  const { application, created } = await submitApplication(tx, { ...submission, channel: 'counter', counterStaffId: actor.id, residentId: null });
  if (created) {
    await recordAudit(tx, { municipalityCode: submission.municipalityCode, actorType: 'staff', actorId: actor.id, action: 'case.counter_intake', target: application.receiptNumber, detail: { procedure: submission.procedure.slug } });
  }
  return application;
}
