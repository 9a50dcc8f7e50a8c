import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import type { Queryable } from '../platform/db/database.ts';
import { departmentsByCode } from '../platform/identity/departments.ts';
import { staffNames } from '../platform/identity/staff-accounts.ts';
import { requireStaff } from '../platform/identity/staff-session-middleware.ts';
import { authorize } from '../platform/identity/staff-policy.ts';
import type { Services } from '../platform/services.ts';
import { publicPage } from '../views/public-page.tsx';
import { staffPage } from '../views/staff-page.tsx';
import { checkDefinitionText, definitionText, type DefinitionProblem } from './definition-check.ts';
import { NEW_PROCEDURE_TEMPLATE } from './editor-template.ts';
import { ProcedureEditorPage, ProcedureListPage } from './editor-pages.tsx';
import { PreviewBar } from './editor-preview.tsx';
import { FormPage } from '../forms/render-page.tsx';
import { ProcedurePage } from './procedure-page.tsx';
import type { ProcedureRow } from './schema.ts';
import { definitionAt, editProcedure, findProcedureBySlug, latestVersion, listProcedureOverviews, listVersions, publishProcedure } from './service.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const requireEditor: MiddlewareHandler<AppEnv> = async (c, next) => {
  authorize(c.get('staff')!, 'procedure.edit', { municipalityCode: c.get('municipality')!.code });
  await next();
};

/** 手続きの管理 for admins: edit a procedure's definition, preview any version, publish or unpublish. */
export function editorRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  for (const path of ['/admin/procedures', '/admin/procedures/*']) app.use(path, requireStaff, requireEditor);

  app.get('/admin/procedures', async (c) => {
    const list = await withTenant(db, code(c), (tx) => listProcedureOverviews(tx));
    return staffPage(c, services, '手続きの管理', <ProcedureListPage base={c.get('base')} list={list} />);
  });

  async function editorData(tx: Queryable, procedure: ProcedureRow) {
    const versions = await listVersions(tx, procedure.id);
    const names = await staffNames(tx, versions.flatMap((v) => (v.createdBy ? [v.createdBy] : [])));
    return { published: procedure.publishedVersion, versions: versions.map((v) => ({ ...v, author: v.createdBy ? (names.get(v.createdBy) ?? '不明') : '初期データ' })) };
  }

  const showEditor = async (c: Context<AppEnv>, slug: string | undefined, text: string | undefined, problems: DefinitionProblem[], notice?: string) => {
    const data = await withTenant(db, code(c), async (tx) => {
      if (!slug) return { title: '新しい手続き', text: text ?? NEW_PROCEDURE_TEMPLATE, published: null, versions: [] };
      const procedure = await findProcedureBySlug(tx, slug);
      const latest = procedure ? await latestVersion(tx, procedure.id) : undefined;
      if (!procedure || !latest) return undefined;
      return { title: latest.definition.title, text: text ?? definitionText(latest.definition), ...(await editorData(tx, procedure)) };
    });
    if (!data) return c.notFound();
    const title = slug ? `手続きの編集：${data.title}` : '新しい手続きの追加';
    return staffPage(c, services, problems.length ? `エラー：${title}` : title, <ProcedureEditorPage base={c.get('base')} csrfToken={services.csrf.tokenFor(c)} slug={slug} problems={problems} notice={notice} {...data} />, problems.length ? 400 : 200);
  };

  app.get('/admin/procedures/new', (c) => showEditor(c, undefined, undefined, []));

  app.post('/admin/procedures/new', async (c) => {
    const text = String((await c.req.parseBody()).definition ?? '');
    const checked = checkDefinitionText(text);
    if (!checked.ok) return showEditor(c, undefined, text, checked.problems);
    const saved = await withTenant(db, code(c), async (tx) => {
      if (await findProcedureBySlug(tx, checked.definition.id)) return undefined;
      return editProcedure(tx, c.get('staff')!, checked.definition);
    });
    if (!saved) return showEditor(c, undefined, text, [{ line: 1, column: 1, where: 'id', message: `手続きID「${checked.definition.id}」はすでに使われています。別のIDにしてください` }]);
    return c.redirect(`${c.get('base')}/admin/procedures/${checked.definition.id}?saved=${saved.version}`, 303);
  });

  app.get('/admin/procedures/:slug', (c) => {
    const slug = c.req.param('slug');
    if (!SLUG.test(slug)) return c.notFound();
    const saved = Number(c.req.query('saved')) || undefined;
    const published = Number(c.req.query('published')) || undefined;
    const notice = saved ? `第${saved}版として保存しました。まだ公開されていません。プレビューで確認してから公開してください。` : published ? `第${published}版を公開しました。住民向けの画面に反映されています。` : c.req.query('unpublished') === '1' ? '非公開にしました。手続き一覧と申請画面に表示されなくなりました。入力途中・申請済みの申請はそのまま扱えます。' : undefined;
    return showEditor(c, slug, undefined, [], notice);
  });

  app.post('/admin/procedures/:slug', async (c) => {
    const slug = c.req.param('slug');
    if (!SLUG.test(slug)) return c.notFound();
    const text = String((await c.req.parseBody()).definition ?? '');
    const checked = checkDefinitionText(text);
    if (!checked.ok) return showEditor(c, slug, text, checked.problems);
    if (checked.definition.id !== slug) return showEditor(c, slug, text, [{ line: 1, column: 1, where: 'id', message: `手続きIDは変更できません。「${slug}」のままにしてください` }]);
    const saved = await withTenant(db, code(c), async (tx) => ((await findProcedureBySlug(tx, slug)) ? editProcedure(tx, c.get('staff')!, checked.definition) : undefined));
    if (!saved) return c.notFound();
    return c.redirect(`${c.get('base')}/admin/procedures/${slug}?saved=${saved.version}`, 303);
  });

  app.post('/admin/procedures/:slug/publish', async (c) => {
    const slug = c.req.param('slug');
    const version = Number((await c.req.parseBody()).version);
    const done = await withTenant(db, code(c), async (tx) => {
      const procedure = SLUG.test(slug) ? await findProcedureBySlug(tx, slug) : undefined;
      if (!procedure || !Number.isInteger(version) || !(await definitionAt(tx, procedure.id, version))) return false;
      await publishProcedure(tx, c.get('staff')!, procedure.id, version);
      return true;
    });
    if (!done) return c.notFound();
    services.pageCache.clear();
    return c.redirect(`${c.get('base')}/admin/procedures/${slug}?published=${version}`, 303);
  });

  app.post('/admin/procedures/:slug/unpublish', async (c) => {
    const slug = c.req.param('slug');
    const done = await withTenant(db, code(c), async (tx) => {
      const procedure = SLUG.test(slug) ? await findProcedureBySlug(tx, slug) : undefined;
      if (!procedure) return false;
      await publishProcedure(tx, c.get('staff')!, procedure.id, null);
      return true;
    });
    if (!done) return c.notFound();
    services.pageCache.clear();
    return c.redirect(`${c.get('base')}/admin/procedures/${slug}?unpublished=1`, 303);
  });

  app.get('/admin/procedures/:slug/versions/:version/preview', async (c) => {
    const { slug } = c.req.param();
    const version = Number(c.req.param('version'));
    const found = SLUG.test(slug) && Number.isInteger(version)
      ? await withTenant(db, code(c), async (tx) => {
          const procedure = await findProcedureBySlug(tx, slug);
          const definition = procedure ? await definitionAt(tx, procedure.id, version) : undefined;
          return definition ? { definition, departments: await departmentsByCode(tx) } : undefined;
        })
      : undefined;
    if (!found) return c.notFound();
    const { definition } = found;
    const pageId = c.req.query('page');
    const index = definition.pages.findIndex((p) => p.id === pageId);
    const shown = index >= 0 ? definition.pages[index]! : undefined;
    const editorHref = `${c.get('base')}/admin/procedures/${slug}`;
    const previewHref = `${editorHref}/versions/${version}/preview`;
    const bar = <PreviewBar version={version} editorHref={editorHref} previewHref={previewHref} pages={definition.pages} current={shown?.id} />;
    const body = shown ? (
      <FormPage page={shown} raw={{}} answers={{}} errors={[]} action="#" csrfToken="" progress={{ current: index + 1, total: definition.pages.length + 1 }} files={{}} itemCount={shown.repeat?.min || 1} preview />
    ) : (
      <ProcedurePage base={c.get('base')} slug={slug} definition={definition} departmentName={found.departments.get(definition.department)?.nameJa ?? '担当課'} municipality={c.get('municipality')!} />
    );
    return publicPage(c, { title: `プレビュー：${shown ? shown.title : definition.title}`, languages: ['ja'], cacheable: false, body: () => <>{bar}{body}</> });
  });

  return app;
}
