import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { meetsAssurance } from '../platform/identity/assurance.ts';
import { requireResident } from '../platform/identity/resident-session-middleware.ts';
import { stepUpPage } from '../platform/identity/resident-step-up-page.tsx';
import { verifiedIdentityOf } from '../platform/identity/oidc/step-up.ts';
import { departmentsByCode } from '../platform/identity/departments.ts';
import type { Services } from '../platform/services.ts';
import { publicPage } from '../portal/public-page.tsx';
import { submitApplication } from '../cases/submit-application.ts';
import { findResidentApplication, findResidentApplicationByDraft } from '../cases/resident-commands.ts';
import { loadDraft, uploadedFiles, type LoadedDraft } from './apply-context.ts';
import { PREFILLED_KEY, positionOf, prefillFromCard, prefilledFields } from './apply-flow.ts';
import { CatalogPage } from './catalog-page.tsx';
import { searchProcedures } from './catalog-search.ts';
import { CheckPage } from './check-page.tsx';
import { DonePage } from './done-page.tsx';
import { deleteDraft, DRAFT_KEEP_DAYS, findOpenDraftFor, saveDraft, startDraft } from './drafts.ts';
import { answerSections } from './form-engine/format-answer.ts';
import { itemCount, pageToRaw } from './form-engine/page-values.ts';
import { FormPage } from './form-engine/render-page.tsx';
import { applicableAnswers, visiblePages } from './form-engine/conditions.ts';
import { parsePage } from './form-engine/parse-page.ts';
import { readPageBody, submitPage } from './page-submission.ts';
import { ProcedurePage } from './procedure-page.tsx';
import { findPublishedProcedure, listPublishedProcedures } from './service.ts';
import { CsrfField, type FieldError } from '../views/form-fields.tsx';
import { isPersonName, type RawValues } from './form-engine/answers.ts';
import { formatBothCalendars } from './inputs/wareki-date.ts';

function page(c: Context<AppEnv>, title: string, body: Child, options: { status?: ContentfulStatusCode; cacheable?: boolean } = {}) {
  return publicPage(c, { title, languages: ['ja'], cacheable: options.cacheable ?? false, status: options.status, body: () => body });
}

/** Every page in the flow checks that this session may still apply for the procedure. */
function errorTitle(title: string, errors: FieldError[]): string {
  return errors.length > 0 ? `エラー：${title}` : title;
}

/** 手続き一覧, each procedure's page, and the online application flow for signed-in residents. */
export function applyRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  const owner = (c: Context<AppEnv>) => ({ residentId: c.get('resident')!.id });

  app.get('/procedures', async (c) => {
    const all = await withTenant(db, code(c), (tx) => listPublishedProcedures(tx));
    const query = (c.req.query('q') ?? '').slice(0, 100);
    const category = c.req.query('category') ?? '';
    const list = searchProcedures(all, query, category);
    return page(c, query || category ? `手続き一覧（検索結果）` : '手続き一覧', <CatalogPage base={c.get('base')} list={list} query={query} category={category} total={all.length} />, { cacheable: !query && !category });
  });

  app.get('/procedures/:slug', async (c) => {
    const found = await withTenant(db, code(c), async (tx) => {
      const published = await findPublishedProcedure(tx, c.req.param('slug'));
      return published ? { published, departments: await departmentsByCode(tx) } : undefined;
    });
    if (!found) return c.notFound();
    const { definition, procedure } = found.published;
    return page(c, definition.title, <ProcedurePage base={c.get('base')} slug={procedure.slug} definition={definition} departmentName={found.departments.get(definition.department)?.nameJa ?? '担当課'} municipality={c.get('municipality')!} />, { cacheable: true });
  });

  app.use('/procedures/:slug/apply', requireResident('low'));
  app.use('/apply/*', requireResident('low'));

  app.get('/procedures/:slug/apply', async (c) => {
    const published = await withTenant(db, code(c), (tx) => findPublishedProcedure(tx, c.req.param('slug')));
    if (!published || !published.definition.channels.online) return c.notFound();
    const resident = c.get('resident')!;
    if (!meetsAssurance(resident.assurance, published.definition.assurance)) return stepUpPage(c, published.definition.assurance, c.req.path);
    const existing = await withTenant(db, code(c), (tx) => findOpenDraftFor(tx, published.procedure.id, owner(c)));
    const d = published.definition;
    return page(c, `申請を始める｜${d.title}`, (
      <>
        <h1>{d.title}</h1>
        <p>これから{d.title}の申請をします。質問は{visiblePages(d, {}).length}ページほどです。</p>
        {d.bring.length ? <><h2>手元に用意するもの</h2><ul>{d.bring.map((item) => <li>{item}</li>)}</ul></> : null}
        <p>入力した内容はページごとに保存され、{DRAFT_KEEP_DAYS}日間、マイページから続きを再開できます。</p>
        <form method="post" action={`${c.get('base')}/procedures/${published.procedure.slug}/apply`}>
          <CsrfField token={services.csrf.tokenFor(c)} />
          <button class="button" type="submit">{existing ? '保存した続きから再開する' : '申請を始める'}</button>
        </form>
      </>
    ));
  });

  app.post('/procedures/:slug/apply', async (c) => {
    const resident = c.get('resident')!;
    const published = await withTenant(db, code(c), (tx) => findPublishedProcedure(tx, c.req.param('slug')));
    if (!published || !published.definition.channels.online) return c.notFound();
    if (!meetsAssurance(resident.assurance, published.definition.assurance)) return stepUpPage(c, published.definition.assurance, `${c.req.path}`);
    const identity = await verifiedIdentityOf(db, { municipalityCode: code(c), idHash: resident.sessionIdHash });
    const draft = await withTenant(db, code(c), async (tx) => {
      const existing = await findOpenDraftFor(tx, published.procedure.id, owner(c));
      if (existing) return existing;
      const prefill = prefillFromCard(published.definition, identity);
      return startDraft(tx, { municipalityCode: code(c), procedureId: published.procedure.id, version: published.version, owner: owner(c), answers: { ...prefill.answers, [PREFILLED_KEY]: prefill.prefilled } });
    });
    const first = visiblePages(published.definition, draft.answers as never)[0]!;
    return c.redirect(`${c.get('base')}/apply/${draft.id}/${first.id}`, 303);
  });

  function renderFormPage(c: Context<AppEnv>, loaded: LoadedDraft, pageId: string, state: { raw?: RawValues; errors?: FieldError[]; count?: number; answers?: LoadedDraft['answers']; files?: LoadedDraft['files'] }) {
    const answers = state.answers ?? loaded.answers;
    const position = positionOf(loaded.definition, pageId, answers);
    if (!position) return c.notFound();
    const base = `${c.get('base')}/apply/${loaded.draft.id}`;
    const prefilled = prefilledFields(answers);
    const locked = Object.fromEntries(position.page.fields.filter((f) => f.prefillLocked && prefilled.includes(f.name)).map((f) => [f.name, formatLocked(answers[f.name])]));
    const notes = Object.fromEntries(prefilled.filter((name) => !(name in locked)).map((name) => [name, 'マイナンバーカードの情報から入力しました。必要に応じて変更できます。']));
    const returnTo = c.req.query('return') === 'check' ? 'check' : undefined;
    const errors = state.errors ?? [];
    return page(c, errorTitle(`${position.page.title}｜${loaded.definition.title}`, errors), (
      <FormPage
        page={position.page}
        raw={state.raw ?? pageToRaw(position.page, answers)}
        answers={answers}
        errors={errors}
        action={`${base}/${position.page.id}${returnTo ? '?return=check' : ''}`}
        csrfToken={services.csrf.tokenFor(c)}
        progress={{ current: position.index + 1, total: position.total + 1 }}
        backHref={returnTo ? `${base}/check` : position.previous ? `${base}/${position.previous.id}` : `${c.get('base')}/procedures/${loaded.procedure.slug}`}
        files={uploadedFiles(state.files ?? loaded.files)}
        notes={notes}
        locked={locked}
        itemCount={state.count ?? itemCount(position.page, answers)}
      />
    ), { status: errors.length ? 400 : 200 });
  }

  async function withDraft(c: Context<AppEnv>, then: (loaded: LoadedDraft) => Promise<Response> | Response): Promise<Response> {
    const loaded = await loadDraft(db, c, c.req.param('draftId')!, owner(c));
    if (!loaded) return page(c, '申請の下書きが見つかりません', <><h1>申請の下書きが見つかりません</h1><p>保存期間（{DRAFT_KEEP_DAYS}日）を過ぎたか、すでに申請が終わっています。申請済みのものは<a href={`${c.get('base')}/mypage/applications`}>マイページの申請一覧</a>で確認できます。</p></>, { status: 404 });
    if (!meetsAssurance(c.get('resident')!.assurance, loaded.definition.assurance)) return stepUpPage(c, loaded.definition.assurance, c.req.path);
    return then(loaded);
  }

  app.get('/apply/done/:applicationId', async (c) => {
    const resident = c.get('resident')!;
    const found = await withTenant(db, code(c), async (tx) => {
      const application = /^[0-9a-f-]{36}$/u.test(c.req.param('applicationId')) ? await findResidentApplication(tx, resident.id, c.req.param('applicationId')) : undefined;
      return application ? { application, departments: await departmentsByCode(tx) } : undefined;
    });
    if (!found) return c.notFound();
    const m = c.get('municipality')!;
    return page(c, `申請を受け付けました｜${found.application.procedureTitle}`, <DonePage base={c.get('base')} application={found.application} departmentName={found.departments.get(found.application.departmentCode)?.nameJa ?? '担当課'} phone={m.phone} email={found.application.contactEmail} />);
  });

  app.get('/apply/:draftId/check', (c) => withDraft(c, (loaded) => renderCheck(c, loaded, [])));

  function renderCheck(c: Context<AppEnv>, loaded: LoadedDraft, errors: FieldError[]) {
    const base = `${c.get('base')}/apply/${loaded.draft.id}`;
    const pages = visiblePages(loaded.definition, loaded.answers);
    const fileName = (id: string) => loaded.files[id]?.filename ?? '（ファイル）';
    return page(c, errorTitle(`申請内容の確認｜${loaded.definition.title}`, errors), (
      <CheckPage title={loaded.definition.title} sections={answerSections(loaded.definition, loaded.answers, fileName)} changeHref={(pageId) => `${base}/${pageId}?return=check`} action={`${base}/submit`} csrfToken={services.csrf.tokenFor(c)} declaration={loaded.definition.declaration ?? '申請内容に相違ありません。'} errors={errors} backHref={`${base}/${pages.at(-1)?.id}`} />
    ), { status: errors.length ? 400 : 200 });
  }

  app.post('/apply/:draftId/submit', async (c) => {
    const resident = c.get('resident')!;
    const draftId = c.req.param('draftId');
    const form = await c.req.parseBody();
    const loaded = await loadDraft(db, c, draftId, owner(c));
    if (!loaded) {
      // Submitted already (a retried or double-clicked submit): show the same receipt.
      const done = await withTenant(db, code(c), (tx) => findResidentApplicationByDraft(tx, resident.id, draftId));
      if (done) return c.redirect(`${c.get('base')}/apply/done/${done.id}`, 303);
      return c.notFound();
    }
    if (!meetsAssurance(resident.assurance, loaded.definition.assurance)) return stepUpPage(c, loaded.definition.assurance, `${c.get('base')}/apply/${draftId}/check`);
    const missing = firstIncompletePage(loaded);
    if (missing) return c.redirect(`${c.get('base')}/apply/${draftId}/${missing}?return=check`, 303);
    if (form.declaration !== 'yes') return renderCheck(c, loaded, [{ field: 'declaration', message: '申請内容を確認し、同意する場合はチェックを入れてください' }]);
    const municipality = c.get('municipality')!;
    const { application } = await withTenant(db, code(c), async (tx) => {
      const result = await submitApplication(tx, {
        municipalityCode: code(c),
        municipalityName: municipality.nameJa,
        idempotencyKey: draftId,
        procedure: { id: loaded.procedure.id, slug: loaded.procedure.slug, title: loaded.definition.title, departmentCode: loaded.definition.department, processingDays: loaded.definition.processingDays, retentionYears: loaded.definition.retentionYears },
        version: loaded.draft.version,
        answers: applicableAnswers(loaded.definition, loaded.answers),
        files: Object.values(loaded.files).filter((file) => referencedFiles(loaded).has(file.id)).map((file) => ({ ...file, label: labelOf(loaded, file.field) })),
        channel: 'online',
        residentId: resident.id,
        contactEmail: resident.email,
        statusUrl: `${services.config.PUBLIC_BASE_URL}${c.get('base')}/mypage/applications`,
      });
      await deleteDraft(tx, draftId);
      return result;
    });
    return c.redirect(`${c.get('base')}/apply/done/${application.id}`, 303);
  });

  app.get('/apply/:draftId/:pageId', (c) => withDraft(c, (loaded) => renderFormPage(c, loaded, c.req.param('pageId'), {})));

  app.post('/apply/:draftId/:pageId', (c) =>
    withDraft(c, async (loaded) => {
      const position = positionOf(loaded.definition, c.req.param('pageId'), loaded.answers);
      if (!position) return c.notFound();
      const submitted = await readPageBody(await c.req.formData());
      const prefilled = prefilledFields(loaded.answers);
      const outcome = await submitPage({ definition: loaded.definition, page: position.page, saved: loaded.answers, files: loaded.files, submitted, store: services.files, keyPrefix: `${code(c)}/drafts/${loaded.draft.id}` });
      // A value the card vouches for and the law fixes is kept as the card gave it.
      for (const field of position.page.fields) if (field.prefillLocked && prefilled.includes(field.name)) outcome.answers[field.name] = loaded.answers[field.name]!;
      await withTenant(db, code(c), (tx) => saveDraft(tx, loaded.draft.id, { answers: outcome.answers, files: outcome.files }));
      if (outcome.kind === 'show') return renderFormPage(c, loaded, position.page.id, { raw: outcome.raw, errors: outcome.errors, count: outcome.count, answers: outcome.answers, files: outcome.files });
      if (outcome.stay) return c.redirect(`${c.get('base')}/mypage/applications?saved=1`, 303);
      const after = positionOf(loaded.definition, position.page.id, outcome.answers);
      const base = `${c.get('base')}/apply/${loaded.draft.id}`;
      const next = submitted.raw._return === 'check' || c.req.query('return') === 'check' || !after?.next ? `${base}/check` : `${base}/${after.next.id}`;
      return c.redirect(next, 303);
    }),
  );

  return app;
}

function formatLocked(value: unknown): string {
  if (isPersonName(value)) return `${value.family}　${value.given}`;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value) ? formatBothCalendars(value) : String(value ?? '');
}

function labelOf(loaded: LoadedDraft, fieldName: string): string {
  for (const page of loaded.definition.pages) for (const field of page.fields) if (field.name === fieldName) return field.label;
  return '添付ファイル';
}

/** Files still named in the answers (a file removed from an answer is not sent). */
function referencedFiles(loaded: LoadedDraft): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string' && loaded.files[value]) ids.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(applicableAnswers(loaded.definition, loaded.answers));
  return ids;
}

/** The first page that would not pass as saved: the check page sends the resident there. */
function firstIncompletePage(loaded: LoadedDraft): string | undefined {
  for (const page of visiblePages(loaded.definition, loaded.answers)) {
    const raw = pageToRaw(page, loaded.answers);
    if (parsePage(page, raw, loaded.answers, itemCount(page, loaded.answers)).errors.length > 0) return page.id;
  }
  return undefined;
}

