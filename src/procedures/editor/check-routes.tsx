import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { Services } from '../../platform/services.ts';
import type { FieldCheck } from '../../forms/form-definition.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { staffPage } from '../../views/staff-page.tsx';
import { runChange } from './change.ts';
import { conditionOf, postedDraft } from './condition-form.ts';
import { draftOf, subjectsFor, type ConditionDraft } from './condition-ops.ts';
import { ConditionPage } from './condition-page.tsx';
import { describeCondition } from './condition-text.ts';
import { editorHref, loadEditorState, townCode, type EditorState } from './editor-state.ts';
import { AreaField, ChoicesField, errorAt } from './inputs.tsx';
import { actionOf, one, rawOf, type Raw } from './raw-form.ts';
import { copyOf, findField, type FieldPlace } from './structure.ts';

const LEVELS = [
  { value: 'error', label: 'エラー（先に進めないようにする）', hint: 'ありえない答えのときに使います。例：生まれた日が今日より後。' },
  { value: 'warning', label: '注意（確かめていただいたうえで進めるようにする）', hint: '珍しいが、ありうる答えのときに使います。職員は、申請者が確認したことを申請の画面で見られます。' },
];

function checkRaw(check: FieldCheck | undefined): Raw {
  return { level: check?.level ?? 'warning', message: check?.message ?? '' };
}

/** A question's plausibility checks: level, the condition that makes one speak, and what it says. */
export function checkRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const path = '/admin/procedures/:slug/pages/:pageId/fields/:name/checks/:checkId';

  const placeOf = (c: Context<AppEnv>, state: EditorState) => findField(state.definition, c.req.param('pageId')!, c.req.param('name')!);
  const checkOf = (c: Context<AppEnv>, place: FieldPlace) => place.field.checks?.find((k) => k.id === c.req.param('checkId'));

  const show = (c: Context<AppEnv>, state: EditorState, raw: Raw, draft: ConditionDraft | undefined, errors: FieldError[]) => {
    const place = placeOf(c, state);
    const existing = place ? checkOf(c, place) : undefined;
    if (!place || (c.req.param('checkId') !== 'new' && !existing)) return c.notFound();
    const subjects = subjectsFor(state.definition, { pageId: place.page.id, fieldName: place.field.name, check: true });
    const title = `${existing ? '回答の確認（チェック）の編集' : '回答の確認（チェック）の追加'}：${place.field.label}`;
    const before = (
      <>
        <ChoicesField id="level" legend="チェックの種類" type="radio" required options={LEVELS} selected={[one(raw, 'level')]} error={errorAt(errors, 'level')} />
        <AreaField id="message" label="住民の方に表示する文" required rows={3} value={one(raw, 'message')} error={errorAt(errors, 'message')} hint="「{value}」と書くと答えが、「{age}」と書くと生年月日から数えた年齢が入ります（例：{age}歳として受け付けます。生年月日にお間違いがないか、ご確認ください）。" />
        <h2>このチェックを表示する条件</h2>
      </>
    );
    return staffPage(
      c,
      services,
      errors.length ? `エラー：${title}` : title,
      <ConditionPage
        action={editorHref(c, state.procedure.slug, `/pages/${place.page.id}/fields/${place.field.name}/checks/${c.req.param('checkId')}`)}
        backHref={`${editorHref(c, state.procedure.slug, `/pages/${place.page.id}/fields/${place.field.name}`)}#checks-title`}
        csrfToken={services.csrf.tokenFor(c)}
        title={title}
        purpose="答えが次の条件に当てはまるときに、下の文を表示します。"
        current={existing ? `${describeCondition(state.definition, existing.when)}に表示します。` : 'まだ保存していません。'}
        draft={draft}
        subjects={subjects}
        errors={errors}
        clearLabel={existing ? 'このチェックを削除する' : undefined}
        saveLabel="チェックを保存する"
        allowed="チェックに使えるのは、この質問と同じページの質問（くり返しのページでは同じ件の質問）、前のページにある質問です。"
        before={before}
      />,
      errors.length ? 400 : 200,
      ['editor.js'],
    );
  };

  const load = (c: Context<AppEnv>) => withTenant(db, townCode(c), (tx) => loadEditorState(tx, c.req.param('slug')!));

  app.get(path, async (c) => {
    const state = await load(c);
    if (!state) return c.notFound();
    const place = placeOf(c, state);
    const existing = place ? checkOf(c, place) : undefined;
    return show(c, state, checkRaw(existing), draftOf(existing?.when, place?.field.name), []);
  });

  app.post(path, async (c) => {
    const raw = rawOf(await c.req.parseBody({ all: true }));
    const action = actionOf(raw);
    if (['refresh', 'add-row', 'remove-row'].includes(action.verb)) {
      const state = await load(c);
      return state ? show(c, state, raw, postedDraft(raw, action), []) : c.notFound();
    }
    return runChange(
      c,
      services,
      c.req.param('slug'),
      (state, posted) => {
        const place = placeOf(c, state);
        if (!place) return { errors: [{ field: '', message: 'この質問は見つかりません。編集画面に戻ってやり直してください' }] };
        const existing = checkOf(c, place);
        const definition = copyOf(state.definition);
        const field = definition.pages[place.p]!.fields[place.f]!;
        const others = (field.checks ?? []).filter((k) => k.id !== existing?.id);
        const back = { area: `/pages/${place.page.id}/fields/${place.field.name}`, page: place.page.id, anchor: 'checks-title', done: 'saved' as const };
        if (action.verb === 'clear') {
          if (others.length) field.checks = others;
          else delete field.checks;
          return { definition, back: { ...back, done: 'deleted' as const } };
        }
        const errors: FieldError[] = [];
        const level = one(posted, 'level');
        const message = one(posted, 'message').trim();
        if (level !== 'error' && level !== 'warning') errors.push({ field: 'level', message: 'チェックの種類を選んでください' });
        if (!message) errors.push({ field: 'message', message: '住民の方に表示する文を入力してください' });
        const subjects = subjectsFor(state.definition, { pageId: place.page.id, fieldName: place.field.name, check: true });
        const built = conditionOf(postedDraft(posted, action), subjects);
        errors.push(...built.errors);
        if (errors.length || !built.condition) return { errors };
        const ids = new Set(others.map((k) => k.id));
        let n = 1;
        while (ids.has(`check-${n}`)) n++;
        const id = existing?.id ?? `check-${n}`;
        const check: FieldCheck = { id, level: level as FieldCheck['level'], when: built.condition, message };
        const list = field.checks ?? [];
        const at = list.findIndex((k) => k.id === existing?.id);
        field.checks = at >= 0 ? list.map((k, i) => (i === at ? check : k)) : [...list, check];
        const k = field.checks.findIndex((item) => item.id === id);
        return {
          definition,
          back,
          inputFor: (p) => {
            if (p[0] !== 'pages' || p[1] !== place.p || p[3] !== place.f || p[4] !== 'checks') return undefined;
            if (p[5] !== k) return p.length === 5 ? 'message' : undefined;
            return p[6] === 'message' ? 'message' : p[6] === 'when' ? 'cond-0-field' : undefined;
          },
        };
      },
      (ctx, state, posted, errors) => show(ctx, state, posted, postedDraft(posted, { verb: 'save', arg: '' }), errors),
    );
  });

  return app;
}
