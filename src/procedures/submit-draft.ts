import { eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';
import { tenantTransaction } from '../platform/db/tenant-trips.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { auditAppend } from '../platform/audit/record-audit.ts';
import { meetsAssurance, type AssuranceLevel } from '../platform/identity/assurance.ts';
import { duplicateOf, newSubmissionKeys, submissionStatements, type Submission } from '../cases/submit-application.ts';
import { findApplicationByDraft } from '../cases/resident-commands.ts';
import { notifyJobRunners } from '../platform/jobs/enqueue-job.ts';
import type { FormDefinition } from '../forms/form-definition.ts';
import type { Answers } from '../forms/answers.ts';
import type { LoadedDraft } from './apply-context.ts';
import { draftFiles } from './drafts.ts';
import { firstIncompletePage, submissionOf } from './draft-flow.tsx';
import { applicationDrafts, type ApplicationDraftRow, type ProcedureRow } from './schema.ts';

// The resident's submit, in one transaction of two round trips: the first reads the draft with
// its procedure; the second writes the application, its files, history, receipt mail and delivery
// job, takes an audit chain and appends the audit record, deletes the draft, and commits.

interface DraftRow {
  id: string;
  municipality_code: string;
  procedure_id: string;
  version: number;
  resident_id: string | null;
  counter_staff_id: string | null;
  correction_of: string | null;
  answers: unknown;
  files: unknown;
  updated_at: Date | string;
  expires_at: Date | string;
  slug: string;
  published_version: number | null;
  position: number;
  procedure_created_at: Date | string;
  version_is_draft: boolean;
}

function residentDraft(draftId: string, residentId: string): SQL {
  return sql`select d.id, d.municipality_code, d.procedure_id, d.version, d.resident_id, d.counter_staff_id, d.correction_of, d.answers, d.files, d.updated_at, d.expires_at,
      p.slug, p.published_version, p.position, p.created_at as procedure_created_at, v.draft as version_is_draft
    from application_drafts as d
    join procedures as p on p.id = d.procedure_id
    join procedure_versions as v on v.procedure_id = d.procedure_id and v.version = d.version
    where d.id = ${draftId} and d.resident_id = ${residentId} and d.correction_of is null and d.expires_at > ${new Date().toISOString()}`;
}

function definitionQuery(procedureId: string, version: number): SQL {
  return sql`select definition from procedure_versions where procedure_id = ${procedureId} and version = ${version}`;
}

// A fixed version of a form never changes (the editor writes new versions; only the working
// draft is changed in place, and that is never cached), so a process keeps the ones it has read.
const CACHE_LIMIT = 500;
const definitions = new Map<string, FormDefinition>();

function remember(key: string, definition: FormDefinition): void {
  if (definitions.size >= CACHE_LIMIT) definitions.delete(definitions.keys().next().value!);
  definitions.set(key, definition);
}

function loadedDraftOf(row: DraftRow, definition: FormDefinition): LoadedDraft {
  const draft: ApplicationDraftRow = {
    id: row.id,
    municipalityCode: row.municipality_code,
    procedureId: row.procedure_id,
    version: Number(row.version),
    residentId: row.resident_id,
    counterStaffId: row.counter_staff_id,
    correctionOf: row.correction_of,
    answers: row.answers,
    files: row.files,
    updatedAt: new Date(row.updated_at),
    expiresAt: new Date(row.expires_at),
  } as ApplicationDraftRow;
  const procedure: ProcedureRow = { id: row.procedure_id, municipalityCode: row.municipality_code, slug: row.slug, publishedVersion: row.published_version, position: row.position, createdAt: new Date(row.procedure_created_at) } as ProcedureRow;
  return { draft, definition, procedure, answers: row.answers as Answers, files: draftFiles(draft) };
}

export interface OnlineSubmitter {
  residentId: string;
  email: string;
  assurance: AssuranceLevel;
}

export type SubmitOutcome =
  | { kind: 'submitted'; applicationId: string }
  | { kind: 'not-found' }
  | { kind: 'step-up'; loaded: LoadedDraft }
  | { kind: 'incomplete'; pageId: string }
  | { kind: 'not-declared'; loaded: LoadedDraft };

export interface SubmitRequest {
  municipalityCode: string;
  draftId: string;
  declared: boolean;
  resident: OnlineSubmitter;
  /** The rest of the submission: names, language, status link. */
  details: Pick<Submission, 'municipalityName' | 'municipalityNameEn' | 'language' | 'statusUrl'>;
}

async function attempt(db: Queryable, request: SubmitRequest): Promise<SubmitOutcome> {
  const code = request.municipalityCode;
  return tenantTransaction(db, code, async (trips) => {
    const [drafts] = await trips.read([residentDraft(request.draftId, request.resident.residentId)]);
    const found = drafts![0];
    if (!found) return { kind: 'not-found' };
    const row = found as unknown as DraftRow;
    const key = `${code}:${row.procedure_id}:${row.version}`;
    let definition = definitions.get(key);
    if (!definition) {
      const [stored] = await trips.read([definitionQuery(row.procedure_id, Number(row.version))]);
      definition = stored![0]!.definition as FormDefinition;
      if (!row.version_is_draft) remember(key, definition);
    }
    const loaded = loadedDraftOf(row, definition);
    if (!meetsAssurance(request.resident.assurance, definition.assurance)) return { kind: 'step-up', loaded };
    const missing = firstIncompletePage(loaded);
    if (missing) return { kind: 'incomplete', pageId: missing };
    if (!request.declared) return { kind: 'not-declared', loaded };
    const keys = newSubmissionKeys();
    const submission: Submission = {
      municipalityCode: code,
      ...request.details,
      ...submissionOf(loaded),
      channel: 'online',
      applicantAssurance: request.resident.assurance,
      residentId: request.resident.residentId,
      contactEmail: request.resident.email,
    };
    const audit = auditAppend({ municipalityCode: code, actorType: 'resident', actorId: request.resident.residentId, action: 'case.submitted', target: keys.receiptNumber, detail: { procedure: loaded.procedure.slug, channel: 'online' } }, keys.now);
    await trips.finish([...submissionStatements(db, submission, keys), ...audit, db.delete(applicationDrafts).where(eq(applicationDrafts.id, request.draftId)).getSQL()]);
    return { kind: 'submitted', applicationId: keys.applicationId };
  });
}

/**
 * Submits a resident's finished draft. The same draft submitted twice (a double click, a retry
 * after a lost answer) gives the application of the first; a receipt number already taken is
 * drawn again.
 */
export async function submitResidentDraft(db: Queryable, request: SubmitRequest): Promise<SubmitOutcome> {
  for (let tries = 0; ; tries++) {
    try {
      const outcome = await attempt(db, request);
      if (outcome.kind === 'submitted') notifyJobRunners();
      return outcome;
    } catch (error) {
      const duplicate = duplicateOf(error);
      if (duplicate === 'receipt-number' && tries < 4) continue;
      if (duplicate !== 'submission') throw error;
      const done = await withTenant(db, request.municipalityCode, (tx) => findApplicationByDraft(tx, request.draftId, { residentId: request.resident.residentId }));
      if (!done) throw error;
      return { kind: 'submitted', applicationId: done.id };
    }
  }
}
