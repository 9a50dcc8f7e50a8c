import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { Services } from '../../platform/services.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { staffPage } from '../../views/staff-page.tsx';
import { runChange } from './change.ts';
import { editorHref, loadEditorState, previewHref, townCode, type EditorState } from './editor-state.ts';
import { fieldInput, parseNewField } from './field-form.ts';
import { usesText } from './uses-text.ts';
import { pageIdFor } from './names.ts';
import { pageInput, pageRaw, parsePageEdit } from './page-form.ts';
import { PageAddPage, PageEditPage } from './page-pages.tsx';
import { ConfirmPage } from './publish-page.tsx';
import { one, type Raw } from './raw-form.ts';
import { copyOf, findPage, movePage, usesOf } from './structure.ts';

/** Adding a page (with its first question), its settings, its place in the form and its removal. */
export function pageRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const csrf = (c: Context<AppEnv>) => services.csrf.tokenFor(c);
  const load = (c: Context<AppEnv>) => withTenant(db, townCode(c), (tx) => loadEditorState(tx, c.req.param('slug')!));

  const showAdd = (c: Context<AppEnv>, state: EditorState, raw: Raw, errors: FieldError[]) => {
    const slug = state.procedure.slug;
    const title = `ページの追加：${state.definition.title}`;
    return staffPage(c, services, errors.length ? `エラー：${title}` : title, <PageAddPage action={editorHref(c, slug, '/pages/new')} backHref={`${editorHref(c, slug)}#pages-title`} csrfToken={csrf(c)} raw={raw} errors={errors} />);
  };

  app.get('/admin/procedures/:slug/pages/new', async (c) => {
    const state = await load(c);
    return state ? showAdd(c, state, { required: 'yes' }, []) : c.notFound();
  });

  app.post('/admin/procedures/:slug/pages/new', (c) =>
    runChange(c, services, c.req.param('slug'), (state, raw) => {
      const title = one(raw, 'pageTitle').trim();
      const definition = copyOf(state.definition);
      const page = { id: pageIdFor(title, definition), title, ...(one(raw, 'intro').trim() ? { intro: one(raw, 'intro').trim() } : {}), fields: [] as never[] };
      const parsed = parseNewField(raw, definition, page, state.fixedKeys);
      const errors = [...(title ? [] : [{ field: 'pageTitle', message: 'ページの見出しを入力してください' }]), ...parsed.errors];
      if (errors.length || !parsed.field) return { errors };
      definition.pages.push({ ...page, fields: [parsed.field] });
      const p = definition.pages.length - 1;
      return { definition, back: { done: 'added', page: page.id, anchor: `page-${page.id}` }, inputFor: (path) => pageInput(path, p) ?? fieldInput(path, p, 0, 'new') };
    }, showAdd),
  );

  const showEdit = (c: Context<AppEnv>, state: EditorState, raw: Raw | undefined, errors: FieldError[]) => {
    const found = findPage(state.definition, c.req.param('pageId')!);
    if (!found) return c.notFound();
    const slug = state.procedure.slug;
    const title = `ページの設定：${found.page.title}`;
    return staffPage(
      c,
      services,
      errors.length ? `エラー：${title}` : title,
      <PageEditPage editorHref={editorHref(c, slug)} csrfToken={csrf(c)} definition={state.definition} page={found.page} raw={raw ?? pageRaw(found.page)} errors={errors} preview={{ frame: previewHref(c, slug, state.version, found.page.id, true), full: previewHref(c, slug, state.version, found.page.id) }} />,
      200,
      ['editor.js'],
    );
  };

  app.get('/admin/procedures/:slug/pages/:pageId', async (c) => {
    const state = await load(c);
    return state ? showEdit(c, state, undefined, []) : c.notFound();
  });

  app.post('/admin/procedures/:slug/pages/:pageId', (c) =>
    runChange(c, services, c.req.param('slug'), (state, raw) => {
      const definition = copyOf(state.definition);
      const found = findPage(definition, c.req.param('pageId'));
      if (!found) return { errors: [{ field: '', message: 'このページは見つかりません。編集画面に戻ってやり直してください' }] };
      const parsed = parsePageEdit(raw, found.page, definition, state.fixedKeys);
      if (!parsed.page) return { errors: parsed.errors };
      definition.pages[found.p] = parsed.page;
      return { definition, back: { done: 'saved', page: found.page.id, anchor: `page-${found.page.id}` }, inputFor: (path) => pageInput(path, found.p) };
    }, showEdit),
  );

  app.post('/admin/procedures/:slug/pages/:pageId/move', (c) =>
    runChange(c, services, c.req.param('slug'), (state, raw) => {
      const pageId = c.req.param('pageId');
      const moved = movePage(state.definition, pageId, one(raw, 'direction') === 'up' ? 'up' : 'down');
      if (!moved) return { errors: [{ field: '', message: 'これ以上移動できません' }] };
      return { definition: moved, back: { done: 'moved', page: pageId, anchor: `page-${pageId}` } };
    }, (ctx, state, _raw, errors) => showEdit(ctx, state, undefined, errors)),
  );

  const showDelete = (c: Context<AppEnv>, state: EditorState, errors: FieldError[] = []) => {
    const found = findPage(state.definition, c.req.param('pageId')!);
    if (!found) return c.notFound();
    const { page } = found;
    const href = editorHref(c, state.procedure.slug, `/pages/${page.id}`);
    const names = new Set(page.repeat ? [] : page.fields.map((f) => f.name));
    const uses = usesOf(state.definition, names, (owner) => owner.page === page);
    return staffPage(
      c,
      services,
      `ページの削除：${page.title}`,
      <ConfirmPage backHref={href} csrfToken={csrf(c)} title={`ページ「${page.title}」を削除しますか`} action={`${href}/delete`} button="このページを削除する" blocked={[...usesText(editorHref(c, state.procedure.slug), uses), ...errors.map((e) => ({ text: e.message }))]}>
        <p>このページと、ページにある質問{page.fields.length}件（{page.fields.map((f) => `「${f.label}」`).join('')}）を下書きから削除します。公開している版にはまだ影響しません。</p>
      </ConfirmPage>,
      errors.length ? 400 : 200,
    );
  };

  app.get('/admin/procedures/:slug/pages/:pageId/delete', async (c) => {
    const state = await load(c);
    return state ? showDelete(c, state) : c.notFound();
  });

  app.post('/admin/procedures/:slug/pages/:pageId/delete', (c) =>
    runChange(c, services, c.req.param('slug'), (state) => {
      const definition = copyOf(state.definition);
      const found = findPage(definition, c.req.param('pageId'));
      if (!found) return { errors: [{ field: '', message: 'このページは見つかりません' }] };
      definition.pages.splice(found.p, 1);
      return { definition, back: { done: 'deleted', anchor: 'pages-title' } };
    }, (ctx, state, _raw, errors) => showDelete(ctx, state, errors)),
  );

  return app;
}
