import type { Context } from 'hono';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import type { FieldDefinition, FormDefinition, PageDefinition } from '../../forms/form-definition.ts';
import { anchorId, fieldId } from '../../forms/field-ids.ts';
import type { ProcedureRow } from '../schema.ts';
import { editingBase, findProcedureBySlug, fixedFieldKeys, lockProcedure } from '../service.ts';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** What every editor page works on: the draft, or the version a first change would copy into a new draft. */
export interface EditorState {
  procedure: ProcedureRow;
  definition: FormDefinition;
  /** The draft's number, or the number of the version shown while there is no draft. */
  version: number;
  draft: boolean;
  /** Answer keys that a fixed version used: such questions keep their names. */
  fixedKeys: Set<string>;
}

/** With `lock`, for a change: a second change of the same procedure waits and then builds on this one. */
export async function loadEditorState(tx: Queryable, slug: string, options: { lock?: boolean } = {}): Promise<EditorState | undefined> {
  if (!SLUG.test(slug)) return undefined;
  const procedure = options.lock ? await lockProcedure(tx, slug) : await findProcedureBySlug(tx, slug);
  const base = procedure ? await editingBase(tx, procedure) : undefined;
  if (!procedure || !base) return undefined;
  return { procedure, definition: base.definition, version: base.version, draft: base.draft, fixedKeys: await fixedFieldKeys(tx, procedure.id) };
}

export const townCode = (c: Context<AppEnv>) => c.get('municipality')!.code;

/** The editor's address for a procedure, with an area under it ('/settings', '/pages/…'). */
export const editorHref = (c: Context<AppEnv>, slug: string, area = '') => `${c.get('base')}/admin/procedures/${slug}${area}`;

/**
 * The preview of one version, as residents would see it; `frame` drops what only the full window
 * needs and scrolls past the residents' header to the page (or to the question being edited).
 */
export function previewHref(c: Context<AppEnv>, slug: string, version: number, pageId?: string, frame = false, focus = 'main'): string {
  const query = new URLSearchParams({ ...(pageId ? { page: pageId } : {}), ...(frame ? { frame: '1' } : {}) }).toString();
  return `${editorHref(c, slug)}/versions/${version}/preview${query ? `?${query}` : ''}${frame ? `#${focus}` : ''}`;
}

/** The input a question's preview scrolls to: its first part, in the first item of a repeating group. */
export function questionAnchor(page: PageDefinition, field: FieldDefinition): string {
  return anchorId(field, fieldId(field, page.repeat ? { group: page.repeat.name, index: 0 } : undefined));
}
