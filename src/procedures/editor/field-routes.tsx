import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { Services } from '../../platform/services.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { staffPage } from '../../views/staff-page.tsx';
import { runChange } from './change.ts';
import { describeCondition } from './condition-text.ts';
import { editorHref, loadEditorState, previewHref, questionAnchor, townCode, type EditorState } from './editor-state.ts';
import { FieldAddPage } from './field-add-page.tsx';
import { FieldEditPage } from './field-edit-page.tsx';
import { fieldInput, fieldRaw, parseFieldEdit, parseNewField, takenNames } from './field-form.ts';
import { fieldAnchor } from './home-page.tsx';
import { ConfirmPage } from './publish-page.tsx';
import { usesText } from './uses-text.ts';
import { actionOf, one, type Raw } from './raw-form.ts';
import { copyOf, findField, findPage, moveField, moveFieldToPage, renameField, usesOf } from './structure.ts';

/** Adding, editing, moving and deleting a question. */
export function fieldRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const csrf = (c: Context<AppEnv>) => services.csrf.tokenFor(c);
  const load = (c: Context<AppEnv>) => withTenant(db, townCode(c), (tx) => loadEditorState(tx, c.req.param('slug')!));

  const showAdd = (c: Context<AppEnv>, state: EditorState, raw: Raw, errors: FieldError[]) => {
    const found = findPage(state.definition, c.req.param('pageId')!);
    if (!found) return c.notFound();
    const slug = state.procedure.slug;
    const title = `質問の追加：${found.page.title}`;
    return staffPage(c, services, errors.length ? `エラー：${title}` : title, <FieldAddPage action={editorHref(c, slug, `/pages/${found.page.id}/fields/new`)} backHref={`${editorHref(c, slug)}#page-${found.page.id}`} csrfToken={csrf(c)} pageTitle={found.page.title} raw={raw} errors={errors} />);
  };

  app.get('/admin/procedures/:slug/pages/:pageId/fields/new', async (c) => {
    const state = await load(c);
    return state ? showAdd(c, state, { required: 'yes' }, []) : c.notFound();
  });

  app.post('/admin/procedures/:slug/pages/:pageId/fields/new', (c) =>
    runChange(c, services, c.req.param('slug'), (state, raw) => {
      const definition = copyOf(state.definition);
      const found = findPage(definition, c.req.param('pageId'));
      if (!found) return { errors: [{ field: '', message: 'このページは見つかりません。編集画面に戻ってやり直してください' }] };
      const parsed = parseNewField(raw, definition, found.page, state.fixedKeys);
      if (!parsed.field) return { errors: parsed.errors };
      found.page.fields.push(parsed.field);
      const f = found.page.fields.length - 1;
      return { definition, back: { done: 'added', page: found.page.id, anchor: fieldAnchor(found.page, parsed.field) }, inputFor: (path) => fieldInput(path, found.p, f, 'new') };
    }, showAdd),
  );

  const showEdit = (c: Context<AppEnv>, state: EditorState, raw: Raw | undefined, errors: FieldError[]) => {
    const place = findField(state.definition, c.req.param('pageId')!, c.req.param('name')!);
    if (!place) return c.notFound();
    const slug = state.procedure.slug;
    const key = place.page.repeat ? `${place.page.repeat.name}.${place.field.name}` : place.field.name;
    const title = `質問の編集：${place.field.label}`;
    return staffPage(
      c,
      services,
      errors.length ? `エラー：${title}` : title,
      <FieldEditPage
        editorHref={editorHref(c, slug)}
        csrfToken={csrf(c)}
        definition={state.definition}
        page={place.page}
        field={place.field}
        raw={raw ?? fieldRaw(place.field)}
        errors={errors}
        nameLocked={state.fixedKeys.has(key)}
        preview={{ frame: previewHref(c, slug, state.version, place.page.id, true, questionAnchor(place.page, place.field)), full: previewHref(c, slug, state.version, place.page.id) }}
      />,
      200,
      ['editor.js'],
    );
  };

  app.get('/admin/procedures/:slug/pages/:pageId/fields/:name', async (c) => {
    const state = await load(c);
    return state ? showEdit(c, state, undefined, []) : c.notFound();
  });

  app.post('/admin/procedures/:slug/pages/:pageId/fields/:name', (c) =>
    runChange(c, services, c.req.param('slug'), (state, raw) => {
      const place = findField(state.definition, c.req.param('pageId'), c.req.param('name'));
      if (!place) return { errors: [{ field: '', message: 'この質問は見つかりません。編集画面に戻ってやり直してください' }] };
      const key = place.page.repeat ? `${place.page.repeat.name}.${place.field.name}` : place.field.name;
      const action = actionOf(raw);
      const parsed = parseFieldEdit(raw, place.field, state.fixedKeys.has(key), takenNames(state.definition, place.page, state.fixedKeys, place.field.name), action, !place.page.repeat);
      if (!parsed.field) return { errors: parsed.errors };
      let definition = copyOf(state.definition);
      definition.pages[place.p]!.fields[place.f] = { ...parsed.field, name: place.field.name };
      if (parsed.field.name !== place.field.name) definition = renameField(definition, place.page.id, place.field.name, parsed.field.name);
      const name = parsed.field.name;
      const fieldArea = `/pages/${place.page.id}/fields/${name}`;
      const needsCondition = one(raw, 'required') === 'conditional' && typeof place.field.required !== 'object';
      const back = action.verb.startsWith('option') || action.verb === 'add-option'
        ? { area: fieldArea, page: place.page.id, anchor: 'options', done: 'saved' as const }
        : needsCondition
          ? { area: `${fieldArea}/conditions/required`, page: place.page.id, done: 'saved' as const }
          : { page: place.page.id, anchor: `field-${place.page.id}-${name}`, done: 'saved' as const };
      return { definition, back, inputFor: (path) => fieldInput(path, place.p, place.f) };
    }, showEdit),
  );

  app.post('/admin/procedures/:slug/pages/:pageId/fields/:name/move', (c) =>
    runChange(c, services, c.req.param('slug'), (state, raw) => {
      const { pageId, name } = c.req.param();
      const place = findField(state.definition, pageId, name);
      if (!place) return { errors: [{ field: '', message: 'この質問は見つかりません。編集画面に戻ってやり直してください' }] };
      const toPage = one(raw, 'toPage');
      const direction = one(raw, 'direction') === 'up' ? 'up' : 'down';
      const moved = toPage ? moveFieldToPage(state.definition, pageId, name, toPage) : moveField(state.definition, pageId, name, direction);
      if (toPage && place.page.fields.length === 1) return { errors: [{ field: 'toPage', message: 'ページの最後の質問は移動できません。先にこのページに別の質問を追加するか、ページごと削除してください' }] };
      if (!moved) return { errors: [{ field: toPage ? 'toPage' : '', message: toPage ? '移動先のページを選んでください' : 'これ以上移動できません' }] };
      const target = toPage || pageId;
      return { definition: moved, back: { done: 'moved', page: target, anchor: `field-${target}-${name}` } };
    }, (ctx, state, raw, errors) => showEdit(ctx, state, undefined, errors)),
  );

  const showDelete = (c: Context<AppEnv>, state: EditorState, errors: FieldError[] = []) => {
    const place = findField(state.definition, c.req.param('pageId')!, c.req.param('name')!);
    if (!place) return c.notFound();
    const href = editorHref(c, state.procedure.slug, `/pages/${place.page.id}/fields/${place.field.name}`);
    const uses = usesOf(state.definition, new Set([place.field.name]), (owner) => owner.field === place.field);
    const last = place.page.fields.length === 1 ? [{ text: 'このページの質問はこれだけです。ページには質問が1つ以上必要なため、ページごと削除してください', href: editorHref(c, state.procedure.slug, `/pages/${place.page.id}/delete`) }] : [];
    const blocked = [...usesText(editorHref(c, state.procedure.slug), uses), ...last, ...errors.map((e) => ({ text: e.message }))];
    return staffPage(
      c,
      services,
      `質問の削除：${place.field.label}`,
      <ConfirmPage backHref={href} csrfToken={csrf(c)} title={`質問「${place.field.label}」を削除しますか`} action={`${href}/delete`} button="この質問を削除する" blocked={blocked}>
        <p>下書きから削除します。公開している版にはまだ影響しません。{place.field.showIf ? `（この質問は、${describeCondition(state.definition, place.field.showIf)}だけ表示されています）` : ''}</p>
      </ConfirmPage>,
      errors.length ? 400 : 200,
    );
  };

  app.get('/admin/procedures/:slug/pages/:pageId/fields/:name/delete', async (c) => {
    const state = await load(c);
    return state ? showDelete(c, state) : c.notFound();
  });

  app.post('/admin/procedures/:slug/pages/:pageId/fields/:name/delete', (c) =>
    runChange(c, services, c.req.param('slug'), (state) => {
      const place = findField(state.definition, c.req.param('pageId'), c.req.param('name'));
      if (!place) return { errors: [{ field: '', message: 'この質問は見つかりません' }] };
      const definition = copyOf(state.definition);
      definition.pages[place.p]!.fields.splice(place.f, 1);
      return { definition, back: { done: 'deleted', page: place.page.id, anchor: `page-${place.page.id}` } };
    }, (ctx, state, _raw, errors) => showDelete(ctx, state, errors)),
  );

  return app;
}
