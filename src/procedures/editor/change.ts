import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { departmentsByCode } from '../../platform/identity/departments.ts';
import type { Services } from '../../platform/services.ts';
import type { FormDefinition } from '../../forms/form-definition.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { checkDefinitionValue } from '../definition-check.ts';
import { editProcedure } from '../service.ts';
import { editorHref, loadEditorState, townCode, type EditorState } from './editor-state.ts';
import { renderPreview } from './preview.tsx';
import { one, rawOf, type Raw } from './raw-form.ts';

/** Where the person goes after a change: an editor area (home by default), the page previewed, the item to scroll to. */
export interface Back {
  area?: string;
  page?: string;
  anchor?: string;
  done: 'saved' | 'added' | 'moved' | 'deleted';
}

/** A change made from what was posted, with the input that shows a problem at each place of the definition. */
export interface Change {
  definition: FormDefinition;
  back: Back;
  inputFor?: (path: (string | number)[]) => string | undefined;
}

export type ChangeResult = Change | { errors: FieldError[] };

/** Shows the area's form again with what was typed and the messages: never loses a person's input. */
export type Rerender = (c: Context<AppEnv>, state: EditorState, raw: Raw, errors: FieldError[]) => Response | Promise<Response>;

/**
 * Every editor change: read the draft, apply the change, put the result through the definition
 * check, then save it to the draft and redirect back (PRG), or show the form again with messages
 * at the inputs. With `_preview` (the live preview script) nothing is saved: the page is rendered.
 */
export async function runChange(c: Context<AppEnv>, services: Services, slug: string, make: (state: EditorState, raw: Raw) => ChangeResult, rerender: Rerender): Promise<Response> {
  const raw = rawOf(await c.req.parseBody({ all: true }));
  const preview = one(raw, '_preview') === '1';
  const result = await withTenant(services.db, townCode(c), async (tx) => {
    const state = await loadEditorState(tx, slug, { lock: !preview });
    if (!state) return { kind: 'missing' as const };
    const made = make(state, raw);
    if ('errors' in made) return { kind: 'invalid' as const, state, errors: made.errors };
    const checked = checkDefinitionValue(made.definition);
    if (!checked.ok) {
      const errors = checked.issues.map((issue) => {
        const input = made.inputFor?.(issue.path);
        return { field: input ?? '', message: input ? issue.message : `${issue.where}：${issue.message}` };
      });
      return { kind: 'invalid' as const, state, errors };
    }
    if (preview) return { kind: 'preview' as const, state, definition: checked.definition, back: made.back, departments: await departmentsByCode(tx) };
    const saved = await editProcedure(tx, c.get('staff')!, checked.definition);
    return { kind: 'saved' as const, back: made.back, created: saved.created };
  });
  if (result.kind === 'missing') return c.notFound();
  if (result.kind === 'invalid') {
    if (preview) return c.body(null, 204);
    const response = await rerender(c, result.state, raw, result.errors);
    return new Response(response.body, { status: 400, headers: response.headers });
  }
  if (result.kind === 'preview') {
    const { state, definition } = result;
    return renderPreview(c, { slug, version: state.draft ? state.version : state.version + 1, draft: true, definition, departmentName: result.departments.get(definition.department)?.nameJa ?? '担当課', pageId: result.back.page, frame: true });
  }
  return c.redirect(backHref(c, slug, result.back, result.created), 303);
}

export function backHref(c: Context<AppEnv>, slug: string, back: Back, created = false): string {
  const query = new URLSearchParams({ done: back.done, ...(created ? { draft: 'new' } : {}), ...(back.page ? { page: back.page } : {}) });
  return `${editorHref(c, slug, back.area)}?${query}${back.anchor ? `#${back.anchor}` : ''}`;
}

/** The notice after a change, said once at the top of the page it led back to. */
export function doneNotice(c: Context<AppEnv>, state: EditorState): string | undefined {
  const done = c.req.query('done');
  if (done === 'discarded') return '下書きを破棄しました。公開している版と過去の版はそのままです。';
  const what = { saved: '変更を保存しました。', added: '追加しました。', moved: '順番を変更しました。', deleted: '削除しました。' }[done ?? ''];
  if (!what) return undefined;
  const draft = c.req.query('draft') === 'new' ? `下書き（第${state.version}版）を作成しました。` : '';
  return `${draft}${what}公開するまで、住民の方には表示されません。`;
}
