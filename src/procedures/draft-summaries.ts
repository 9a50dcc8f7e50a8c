import type { Queryable } from '../platform/db/database.ts';
import { listDrafts } from './drafts.ts';
import type { Answers } from './form-engine/answers.ts';
import { visiblePages } from './form-engine/conditions.ts';
import { definitionAt } from './service.ts';

/** A resident's drafts as マイページ lists them, with the page to resume on. */
export async function listDraftSummaries(tx: Queryable, residentId: string) {
  const drafts = await listDrafts(tx, { residentId });
  const summaries = [];
  for (const draft of drafts) {
    const definition = await definitionAt(tx, draft.procedureId, draft.version);
    if (!definition) continue;
    const firstPage = visiblePages(definition, draft.answers as Answers)[0]?.id ?? 'check';
    summaries.push({ id: draft.id, title: definition.title, firstPage, updatedAt: draft.updatedAt, expiresAt: draft.expiresAt });
  }
  return summaries;
}

