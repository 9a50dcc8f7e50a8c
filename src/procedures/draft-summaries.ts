import type { Queryable } from '../platform/db/database.ts';
import { listDrafts, type DraftOwner } from './drafts.ts';
import type { Answers } from '../forms/answers.ts';
import { visiblePages } from '../forms/conditions.ts';
import { plainTitleOf } from '../forms/procedure-names.ts';
import { definitionAt } from './service.ts';

/** A draft as a list shows it, with the page to resume on. */
export interface DraftSummary {
  id: string;
  title: string;
  firstPage: string;
  updatedAt: Date;
  expiresAt: Date;
}

/** Drafts as マイページ and the counter list them, with the page to resume on. */
export async function listDraftSummaries(tx: Queryable, owner: DraftOwner): Promise<DraftSummary[]> {
  const drafts = await listDrafts(tx, owner);
  const summaries: DraftSummary[] = [];
  for (const draft of drafts) {
    const definition = await definitionAt(tx, draft.procedureId, draft.version);
    if (!definition) continue;
    const firstPage = visiblePages(definition, draft.answers as Answers)[0]?.id ?? 'check';
    summaries.push({ id: draft.id, title: plainTitleOf(definition), firstPage, updatedAt: draft.updatedAt, expiresAt: draft.expiresAt });
  }
  return summaries;
}

