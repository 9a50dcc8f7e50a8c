import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { Services } from '../../platform/services.ts';
import { staffPage } from '../../views/staff-page.tsx';
import { checkDefinitionText, definitionText, type DefinitionProblem } from '../definition-check.ts';
import { NEW_PROCEDURE_TEMPLATE } from '../editor-template.ts';
import { editProcedure, findProcedureBySlug } from '../service.ts';
import { doneNotice } from './change.ts';
import { editorHref, loadEditorState, townCode } from './editor-state.ts';
import { JsonPage } from './json-page.tsx';

/** 上級者向け（JSON）: the draft as text, for a procedure being edited or one being created. */
export function jsonRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;

  const show = (c: Context<AppEnv>, props: { slug?: string; title: string; text: string; problems: DefinitionProblem[]; notice?: string }) => {
    const title = props.slug ? `JSON形式での編集：${props.title}` : 'JSON形式で手続きを作る';
    const page = <JsonPage action={props.slug ? editorHref(c, props.slug, '/json') : `${c.get('base')}/admin/procedures/new/json`} backHref={props.slug ? editorHref(c, props.slug) : `${c.get('base')}/admin/procedures`} csrfToken={services.csrf.tokenFor(c)} slug={props.slug} title={title} text={props.text} problems={props.problems} notice={props.notice} />;
    return staffPage(c, services, props.problems.length ? `エラー：${title}` : title, page, props.problems.length ? 400 : 200);
  };

  app.get('/admin/procedures/new/json', (c) => show(c, { title: '', text: NEW_PROCEDURE_TEMPLATE, problems: [] }));

  app.post('/admin/procedures/new/json', async (c) => {
    const text = String((await c.req.parseBody()).definition ?? '');
    const checked = checkDefinitionText(text);
    if (!checked.ok) return show(c, { title: '', text, problems: checked.problems });
    const saved = await withTenant(db, townCode(c), async (tx) => ((await findProcedureBySlug(tx, checked.definition.id)) ? undefined : editProcedure(tx, c.get('staff')!, checked.definition)));
    if (!saved) return show(c, { title: '', text, problems: [{ line: 1, column: 1, where: 'id', message: `手続きID「${checked.definition.id}」はすでに使われています。別のIDにしてください` }] });
    return c.redirect(`${editorHref(c, checked.definition.id)}?done=saved&draft=new`, 303);
  });

  app.get('/admin/procedures/:slug/json', async (c) => {
    const slug = c.req.param('slug');
    const state = await withTenant(db, townCode(c), (tx) => loadEditorState(tx, slug));
    if (!state) return c.notFound();
    return show(c, { slug, title: state.definition.title, text: definitionText(state.definition), problems: [], notice: doneNotice(c, state) });
  });

  app.post('/admin/procedures/:slug/json', async (c) => {
    const slug = c.req.param('slug');
    const text = String((await c.req.parseBody()).definition ?? '');
    const title = () => /"title"\s*:\s*"([^"]*)"/u.exec(text)?.[1] ?? slug;
    const checked = checkDefinitionText(text);
    if (!checked.ok) return show(c, { slug, title: title(), text, problems: checked.problems });
    if (checked.definition.id !== slug) return show(c, { slug, title: title(), text, problems: [{ line: 1, column: 1, where: 'id', message: `手続きIDは変更できません。「${slug}」のままにしてください` }] });
    const saved = await withTenant(db, townCode(c), async (tx) => ((await loadEditorState(tx, slug, { lock: true })) ? editProcedure(tx, c.get('staff')!, checked.definition) : undefined));
    if (!saved) return c.notFound();
    return c.redirect(`${editorHref(c, slug, '/json')}?done=saved${saved.created ? '&draft=new' : ''}`, 303);
  });

  return app;
}
