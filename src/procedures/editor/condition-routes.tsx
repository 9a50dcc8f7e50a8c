import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { Services } from '../../platform/services.ts';
import type { Condition, FormDefinition } from '../../forms/form-definition.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { staffPage } from '../../views/staff-page.tsx';
import { runChange, type Back } from './change.ts';
import { conditionOf, postedDraft } from './condition-form.ts';
import { draftOf, subjectsFor, type ConditionDraft, type ConditionSubject } from './condition-ops.ts';
import { ConditionPage } from './condition-page.tsx';
import { describeCondition } from './condition-text.ts';
import { editorHref, loadEditorState, townCode, type EditorState } from './editor-state.ts';
import { actionOf, rawOf, type Raw } from './raw-form.ts';
import { copyOf, findField, findPage } from './structure.ts';

type Role = 'page' | 'show' | 'required';

interface Target {
  title: string;
  allowed?: string;
  purpose: string;
  current: string;
  clearLabel?: string;
  existing?: Condition;
  subjects: ConditionSubject[];
  area: string;
  /** This condition's own address under the editor. */
  self: string;
  back: Back;
  path: (string | number)[];
  apply: (definition: FormDefinition, condition: Condition | undefined) => void;
}

function targetOf(state: EditorState, role: Role, pageId: string, name?: string): Target | undefined {
  const d = state.definition;
  const subjects = subjectsFor(d, { pageId, fieldName: name });
  if (role === 'page') {
    const found = findPage(d, pageId);
    if (!found) return undefined;
    const { page, p } = found;
    return {
      title: `ページを表示する条件：${page.title}`,
      allowed: '条件に使えるのは、前のページにある質問です（くり返しのページの質問は使えません）。',
      purpose: '次の条件に当てはまる方にだけ、このページをお聞きします。当てはまらない方には、このページを飛ばします。',
      current: page.showIf ? `${describeCondition(d, page.showIf)}だけ表示します。` : '条件はありません（いつも表示します）。',
      clearLabel: page.showIf ? '条件をなくす（いつも表示する）' : undefined,
      existing: page.showIf,
      subjects,
      area: `/pages/${pageId}`,
      self: `/pages/${pageId}/conditions`,
      back: { area: `/pages/${pageId}`, page: pageId, anchor: 'page-condition-title', done: 'saved' },
      path: ['pages', p, 'showIf'],
      apply: (definition, condition) => {
        const target = definition.pages[p]!;
        if (condition) target.showIf = condition;
        else delete target.showIf;
      },
    };
  }
  const place = name ? findField(d, pageId, name) : undefined;
  if (!place) return undefined;
  const { field, p, f } = place;
  const area = `/pages/${pageId}/fields/${field.name}`;
  const back: Back = { area, page: pageId, anchor: 'conditions-title', done: 'saved' };
  if (role === 'show') {
    return {
      title: `質問を表示する条件：${field.label}`,
      purpose: '次の条件に当てはまるときだけ、この質問を表示します。同じページの答えによる場合は、JavaScriptが使えない方にも分かるよう、説明を添えて表示します。',
      current: field.showIf ? `${describeCondition(d, field.showIf)}だけ表示します。` : '条件はありません（いつも表示します）。',
      clearLabel: field.showIf ? '条件をなくす（いつも表示する）' : undefined,
      existing: field.showIf,
      subjects,
      area,
      self: `${area}/conditions/show`,
      back,
      path: ['pages', p, 'fields', f, 'showIf'],
      apply: (definition, condition) => {
        const target = definition.pages[p]!.fields[f]!;
        if (condition) target.showIf = condition;
        else delete target.showIf;
      },
    };
  }
  const conditional = typeof field.required === 'object' ? field.required : undefined;
  return {
    title: `必須にする条件：${field.label}`,
    purpose: '次の条件に当てはまるときは、この質問への回答を必須にします。当てはまらないときは任意です。',
    current: conditional ? `${describeCondition(d, conditional)}は必須です。` : field.required ? 'いつも必須です。' : 'いつも任意です。',
    clearLabel: conditional ? '条件をなくす（いつも必須にする）' : undefined,
    existing: conditional,
    subjects,
    area,
    self: `${area}/conditions/required`,
    back,
    path: ['pages', p, 'fields', f, 'required'],
    apply: (definition, condition) => {
      definition.pages[p]!.fields[f]!.required = condition ?? true;
    },
  };
}

/** The conditions of a page (show it) and of a question (show it, make it required), built from choices. */
export function conditionRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;

  const show = (c: Context<AppEnv>, state: EditorState, target: Target, draft: ConditionDraft | undefined, errors: FieldError[]) => {
    const href = editorHref(c, state.procedure.slug, target.area);
    const action = editorHref(c, state.procedure.slug, target.self);
    return staffPage(
      c,
      services,
      errors.length ? `エラー：${target.title}` : target.title,
      <ConditionPage action={action} backHref={href} csrfToken={services.csrf.tokenFor(c)} title={target.title} purpose={target.purpose} current={target.current} draft={draft} subjects={target.subjects} errors={errors} clearLabel={target.clearLabel} allowed={target.allowed} />,
      errors.length ? 400 : 200,
      ['editor.js'],
    );
  };

  const routes: [string, Role | 'param'][] = [
    ['/admin/procedures/:slug/pages/:pageId/conditions', 'page'],
    ['/admin/procedures/:slug/pages/:pageId/fields/:name/conditions/:role{show|required}', 'param'],
  ];
  for (const [path, fixed] of routes) {
    const roleOf = (c: Context<AppEnv>): Role => (fixed === 'param' ? (c.req.param('role') as Role) : fixed);

    app.get(path, async (c) => {
      const state = await withTenant(db, townCode(c), (tx) => loadEditorState(tx, c.req.param('slug')!));
      const target = state ? targetOf(state, roleOf(c), c.req.param('pageId')!, c.req.param('name')) : undefined;
      if (!state || !target) return c.notFound();
      return show(c, state, target, draftOf(target.existing, target.subjects.find((s) => s.self)?.field.name), []);
    });

    app.post(path, async (c) => {
      const raw = rawOf(await c.req.parseBody({ all: true }));
      const action = actionOf(raw);
      if (['refresh', 'add-row', 'remove-row'].includes(action.verb)) {
        const state = await withTenant(db, townCode(c), (tx) => loadEditorState(tx, c.req.param('slug')!));
        const target = state ? targetOf(state, roleOf(c), c.req.param('pageId')!, c.req.param('name')) : undefined;
        if (!state || !target) return c.notFound();
        return show(c, state, target, postedDraft(raw, action), []);
      }
      return runChange(
        c,
        services,
        c.req.param('slug')!,
        (state, posted: Raw) => {
          const target = targetOf(state, roleOf(c), c.req.param('pageId')!, c.req.param('name'));
          if (!target) return { errors: [{ field: '', message: '条件を付ける場所が見つかりません。編集画面に戻ってやり直してください' }] };
          let condition: Condition | undefined;
          if (action.verb !== 'clear') {
            const built = conditionOf(postedDraft(posted, action), target.subjects);
            if (!built.condition) return { errors: built.errors };
            condition = built.condition;
          }
          const definition = copyOf(state.definition);
          target.apply(definition, condition);
          const prefix = JSON.stringify(target.path).slice(0, -1);
          return { definition, back: target.back, inputFor: (p) => (JSON.stringify(p).startsWith(prefix) ? 'cond-0-field' : undefined) };
        },
        (ctx, state, posted, errors) => {
          const target = targetOf(state, roleOf(ctx), ctx.req.param('pageId')!, ctx.req.param('name'));
          return target ? show(ctx, state, target, postedDraft(posted, { verb: 'save', arg: '' }), errors) : ctx.notFound();
        },
      );
    });
  }

  return app;
}
