import type { Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import type { Queryable } from '../platform/db/database.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { draftFiles, findDraft, type DraftFile, type DraftOwner } from './drafts.ts';
import type { FormDefinition } from '../forms/form-definition.ts';
import type { Answers } from '../forms/answers.ts';
import type { UploadedFile } from '../forms/render-field.tsx';
import { definitionAt } from './service.ts';
import { procedures, type ApplicationDraftRow, type ProcedureRow } from './schema.ts';
import { eq } from 'drizzle-orm';

export interface LoadedDraft {
  draft: ApplicationDraftRow;
  definition: FormDefinition;
  procedure: ProcedureRow;
  answers: Answers;
  files: Record<string, DraftFile>;
  /** Shown beside questions, by input id (the staff's request in a correction). */
  fieldNotes?: Record<string, string>;
}

/** A draft with the exact form version it was started on; undefined when it is not this person's or has expired. */
export async function loadDraft(db: Queryable, c: Context<AppEnv>, draftId: string, owner: DraftOwner): Promise<LoadedDraft | undefined> {
  if (!/^[0-9a-f-]{36}$/u.test(draftId)) return undefined;
  return withTenant(db, c.get('municipality')!.code, async (tx) => {
    const draft = await findDraft(tx, draftId, owner);
    if (!draft) return undefined;
    const definition = await definitionAt(tx, draft.procedureId, draft.version);
    const [procedure] = await tx.select().from(procedures).where(eq(procedures.id, draft.procedureId));
    if (!definition || !procedure) return undefined;
    return { draft, definition, procedure, answers: draft.answers as Answers, files: draftFiles(draft) };
  });
}

export function uploadedFiles(files: Record<string, DraftFile>): Record<string, UploadedFile> {
  return Object.fromEntries(Object.values(files).map((file) => [file.id, { id: file.id, filename: file.filename, size: file.uploadedSize ?? file.size }]));
}
