import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { departmentsByCode } from '../../platform/identity/departments.ts';
import { staffNames } from '../../platform/identity/staff-accounts.ts';
import type { Services } from '../../platform/services.ts';
import { staffPage } from '../../views/staff-page.tsx';
import { indexInBackground } from '../search-index.ts';
import { definitionAt, discardDraft, findDraftVersion, findProcedureBySlug, listProcedureOverviews, listVersions, lockProcedure, publishProcedure } from '../service.ts';
import { changesBetween } from './changes.ts';
import { doneNotice } from './change.ts';
import { editorHref, loadEditorState, previewHref, SLUG, townCode } from './editor-state.ts';
import { EditorHome } from './home-page.tsx';
import { ProcedureListPage } from './list-page.tsx';
import { renderPreview } from './preview.tsx';
import { ConfirmPage, PublishPage } from './publish-page.tsx';

const LIST_NOTICES: Record<string, string> = {
  discarded: '下書きを破棄しました。まだ公開したことのない手続きだったため、一覧からも削除しました。',
};

/** The list, the editor's home, publishing, the draft thrown away, and the preview of any version. */
export function homeRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const csrf = (c: Context<AppEnv>) => services.csrf.tokenFor(c);

  app.get('/admin/procedures', async (c) => {
    const list = await withTenant(db, townCode(c), (tx) => listProcedureOverviews(tx));
    return staffPage(c, services, '手続きの管理', <ProcedureListPage base={c.get('base')} list={list} notice={LIST_NOTICES[c.req.query('done') ?? '']} />);
  });

  app.get('/admin/procedures/:slug', async (c) => {
    const slug = c.req.param('slug');
    const data = await withTenant(db, townCode(c), async (tx) => {
      const state = await loadEditorState(tx, slug);
      if (!state) return undefined;
      const versions = await listVersions(tx, state.procedure.id);
      const names = await staffNames(tx, versions.flatMap((v) => (v.updatedBy ? [v.updatedBy] : [])));
      const departments = await departmentsByCode(tx);
      return { state, departments, versions: versions.map((v) => ({ ...v, author: v.updatedBy ? (names.get(v.updatedBy) ?? '不明') : '初期データ' })) };
    });
    if (!data) return c.notFound();
    const { state } = data;
    const page = state.definition.pages.find((p) => p.id === c.req.query('page'))?.id;
    const current = data.versions.find((v) => v.version === state.version);
    const published = c.req.query('published');
    const notice = published ? `第${published}版を公開しました。住民向けの画面に反映されています。` : c.req.query('unpublished') === '1' ? '非公開にしました。手続き一覧と申請画面に表示されなくなりました。入力途中・申請済みの申請はそのまま扱えます。' : doneNotice(c, state);
    return staffPage(
      c,
      services,
      `手続きの編集：${state.definition.title}`,
      <EditorHome
        editorHref={editorHref(c, slug)}
        listHref={`${c.get('base')}/admin/procedures`}
        csrfToken={csrf(c)}
        state={state}
        departmentName={data.departments.get(state.definition.department)?.nameJa ?? state.definition.department}
        versions={data.versions}
        notice={notice}
        preview={{ frame: previewHref(c, slug, state.version, page, true), full: previewHref(c, slug, state.version, page) }}
        lastChange={state.draft && current ? { at: current.updatedAt, by: current.author } : undefined}
      />,
      200,
      ['editor.js'],
    );
  });

  app.get('/admin/procedures/:slug/publish', async (c) => {
    const slug = c.req.param('slug');
    const data = await withTenant(db, townCode(c), async (tx) => {
      const state = await loadEditorState(tx, slug);
      if (!state?.draft) return undefined;
      const published = state.procedure.publishedVersion === null ? undefined : await definitionAt(tx, state.procedure.id, state.procedure.publishedVersion);
      return { state, changes: changesBetween(published, state.definition) };
    });
    if (!data) return c.redirect(editorHref(c, slug), 303);
    const { state } = data;
    return staffPage(c, services, `公開の確認：${state.definition.title}`, <PublishPage editorHref={editorHref(c, slug)} csrfToken={csrf(c)} title={state.definition.title} version={state.version} published={state.procedure.publishedVersion} changes={data.changes} />);
  });

  app.post('/admin/procedures/:slug/publish', async (c) => {
    const slug = c.req.param('slug');
    const version = Number((await c.req.parseBody()).version);
    const done = await withTenant(db, townCode(c), async (tx) => {
      const procedure = SLUG.test(slug) ? await lockProcedure(tx, slug) : undefined;
      if (!procedure || !Number.isInteger(version) || !(await definitionAt(tx, procedure.id, version))) return false;
      await publishProcedure(tx, c.get('staff')!, procedure.id, version);
      return true;
    });
    if (!done) return c.notFound();
    services.pageCache.clear();
    void indexInBackground(db, townCode(c), (error) => services.logger.error({ err: error, municipality: townCode(c) }, 'reading the procedures for search failed'));
    return c.redirect(`${editorHref(c, slug)}?published=${version}`, 303);
  });

  app.post('/admin/procedures/:slug/unpublish', async (c) => {
    const slug = c.req.param('slug');
    const done = await withTenant(db, townCode(c), async (tx) => {
      const procedure = SLUG.test(slug) ? await lockProcedure(tx, slug) : undefined;
      if (!procedure) return false;
      await publishProcedure(tx, c.get('staff')!, procedure.id, null);
      return true;
    });
    if (!done) return c.notFound();
    services.pageCache.clear();
    return c.redirect(`${editorHref(c, slug)}?unpublished=1`, 303);
  });

  app.get('/admin/procedures/:slug/discard', async (c) => {
    const slug = c.req.param('slug');
    const found = await withTenant(db, townCode(c), async (tx) => {
      const state = await loadEditorState(tx, slug);
      return state?.draft ? { state, only: (await listVersions(tx, state.procedure.id)).length === 1 } : undefined;
    });
    if (!found) return c.redirect(editorHref(c, slug), 303);
    const { state, only: never } = found;
    return staffPage(
      c,
      services,
      `下書きの破棄：${state.definition.title}`,
      <ConfirmPage backHref={editorHref(c, slug)} csrfToken={csrf(c)} title={`下書き（第${state.version}版）を破棄しますか`} action={`${editorHref(c, slug)}/discard`} button="下書きを破棄する">
        <p>下書きで行った変更はすべて失われ、元に戻せません。{never ? 'この手続きはまだ一度も公開していないため、手続きそのものが一覧から削除されます。' : '公開中の版や過去の版はそのまま残り、次に変更したときは公開中の版から新しい下書きが作られます。'}</p>
      </ConfirmPage>,
    );
  });

  app.post('/admin/procedures/:slug/discard', async (c) => {
    const slug = c.req.param('slug');
    const remains = await withTenant(db, townCode(c), async (tx) => {
      const procedure = SLUG.test(slug) ? await lockProcedure(tx, slug) : undefined;
      return procedure ? discardDraft(tx, c.get('staff')!, procedure) : undefined;
    });
    if (remains === undefined) return c.notFound();
    return c.redirect(remains ? `${editorHref(c, slug)}?done=discarded` : `${c.get('base')}/admin/procedures?done=discarded`, 303);
  });

  app.get('/admin/procedures/:slug/versions/:version/preview', async (c) => {
    const { slug } = c.req.param();
    const version = Number(c.req.param('version'));
    const found = SLUG.test(slug) && Number.isInteger(version)
      ? await withTenant(db, townCode(c), async (tx) => {
          const procedure = await findProcedureBySlug(tx, slug);
          const definition = procedure ? await definitionAt(tx, procedure.id, version) : undefined;
          const draft = procedure ? (await findDraftVersion(tx, procedure.id))?.version === version : false;
          return definition ? { definition, draft, departments: await departmentsByCode(tx) } : undefined;
        })
      : undefined;
    if (!found) return c.notFound();
    const { definition } = found;
    return renderPreview(c, { slug, version, draft: found.draft, definition, departmentName: found.departments.get(definition.department)?.nameJa ?? '担当課', pageId: c.req.query('page'), frame: c.req.query('frame') === '1' });
  });

  return app;
}
