import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { departmentsByCode } from '../../platform/identity/departments.ts';
import type { Services } from '../../platform/services.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { staffPage } from '../../views/staff-page.tsx';
import { checkDefinitionValue } from '../definition-check.ts';
import { editProcedure, findProcedureBySlug } from '../service.ts';
import { runChange } from './change.ts';
import { editorHref, loadEditorState, SLUG, townCode } from './editor-state.ts';
import { rawOf, one, type Raw } from './raw-form.ts';
import { parseSettings, settingsInput, settingsRaw } from './settings-form.ts';
import { SettingsPage } from './settings-page.tsx';

const NEW_DEFAULTS: Raw = { category: 'kurashi', feeKind: 'free', processingDays: '5', channels: ['counter'], assurance: 'low', retentionYears: '5' };

/** 案内と設定: every definition-level fact, for a procedure being edited or one being created. */
export function settingsRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;

  async function show(c: Context<AppEnv>, props: { slug?: string; raw: Raw; errors: FieldError[] }) {
    const departments = [...(await withTenant(db, townCode(c), (tx) => departmentsByCode(tx))).values()];
    const creating = !props.slug;
    const title = creating ? '新しい手続きを作る' : `案内と設定の編集：${one(props.raw, 'title') || '（名称未入力）'}`;
    const page = (
      <SettingsPage
        action={creating ? `${c.get('base')}/admin/procedures/new` : editorHref(c, props.slug!, '/settings')}
        backHref={creating ? `${c.get('base')}/admin/procedures` : editorHref(c, props.slug!)}
        csrfToken={services.csrf.tokenFor(c)}
        raw={props.raw}
        errors={props.errors}
        departments={departments}
        creating={creating}
        title={creating ? '新しい手続きを作る' : '案内と設定の編集'}
      />
    );
    return staffPage(c, services, props.errors.length ? `エラー：${title}` : title, page, props.errors.length ? 400 : 200);
  }

  app.get('/admin/procedures/new', (c) => show(c, { raw: NEW_DEFAULTS, errors: [] }));

  app.post('/admin/procedures/new', async (c) => {
    const raw = rawOf(await c.req.parseBody({ all: true }));
    const slug = one(raw, 'slug').trim().toLowerCase();
    const result = await withTenant(db, townCode(c), async (tx): Promise<{ errors: FieldError[] } | { id: string }> => {
      const id = slug || (await freeSlug(tx));
      if (slug && (!SLUG.test(slug) || slug === 'new')) return { errors: [{ field: 'slug', message: '英小文字・数字・ハイフンで入力してください（例：inu-touroku）' }] };
      if (await findProcedureBySlug(tx, id)) return { errors: [{ field: 'slug', message: `「${id}」はほかの手続きで使われています。別の名前にしてください` }] };
      const parsed = parseSettings(raw, id);
      if (!parsed.settings) return { errors: parsed.errors };
      const checked = checkDefinitionValue({ ...parsed.settings, pages: [] });
      if (!checked.ok) return { errors: checked.issues.map((i) => ({ field: settingsInput(i.path) ?? '', message: settingsInput(i.path) ? i.message : `${i.where}：${i.message}` })) };
      await editProcedure(tx, c.get('staff')!, checked.definition);
      return { id };
    });
    if ('errors' in result) return show(c, { raw, errors: result.errors });
    return c.redirect(`${editorHref(c, result.id)}?done=saved&draft=new`, 303);
  });

  app.get('/admin/procedures/:slug/settings', async (c) => {
    const slug = c.req.param('slug');
    const state = await withTenant(db, townCode(c), (tx) => loadEditorState(tx, slug));
    if (!state) return c.notFound();
    return show(c, { slug, raw: settingsRaw(state.definition), errors: [] });
  });

  app.post('/admin/procedures/:slug/settings', (c) => {
    const slug = c.req.param('slug');
    return runChange(
      c,
      services,
      slug,
      (state, raw) => {
        const parsed = parseSettings(raw, slug);
        if (!parsed.settings) return { errors: parsed.errors };
        return { definition: { ...parsed.settings, pages: state.definition.pages }, back: { done: 'saved', anchor: 'settings-title' }, inputFor: settingsInput };
      },
      (ctx, _state, raw, errors) => show(ctx, { slug, raw, errors }),
    );
  });

  return app;
}

async function freeSlug(tx: Parameters<typeof findProcedureBySlug>[0]): Promise<string> {
  for (let n = 1; ; n++) if (!(await findProcedureBySlug(tx, `tetsuzuki-${n}`))) return `tetsuzuki-${n}`;
}
