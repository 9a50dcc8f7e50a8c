import { setTimeout as delay } from 'node:timers/promises';
import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { meetsAssurance } from '../platform/identity/assurance.ts';
import { requireResident } from '../identity/require-resident.ts';
import { stepUpPage } from '../identity/resident-step-up-page.tsx';
import { verifiedIdentityOf } from '../platform/identity/oidc/step-up.ts';
import { departmentsByCode } from '../platform/identity/departments.ts';
import type { Services } from '../platform/services.ts';
import { publicPage } from '../views/public-page.tsx';
import { submitResidentDraft } from './submit-draft.ts';
import { findApplicationByDraft, findResidentApplication } from '../cases/resident-commands.ts';
import { loadDraft, type LoadedDraft } from './apply-context.ts';
import { PREFILLED_KEY, prefillFromCard } from './apply-flow.ts';
import { CatalogPage } from './catalog-page.tsx';
import { featuredProcedures, needsReadings, searchProcedures } from './catalog-search.ts';
import { indexInBackground } from './search-index.ts';
import { DonePage } from './done-page.tsx';
import { answerPage, checkPageView, formPageView, type FlowLinks, type PageView } from './draft-flow.tsx';
import { DRAFT_KEEP_DAYS, findOpenDraftFor, startDraft } from './drafts.ts';
import { visiblePages } from '../forms/conditions.ts';
import { formPageRange, pageRangeText } from '../forms/page-estimate.ts';
import { ProcedurePage } from './procedure-page.tsx';
import { findPublishedProcedure, listPublishedProcedures } from './service.ts';
import { CsrfField } from '../views/form-fields.tsx';
import { ProcedureHeading } from '../forms/procedure-name.tsx';
import { bothNames, plainTitleOf } from '../forms/procedure-names.ts';

const READINGS_WAIT_MS = 3000;

function page(c: Context<AppEnv>, title: string, body: Child, options: { status?: ContentfulStatusCode; cacheable?: boolean } = {}) {
  return publicPage(c, { title, languages: ['ja'], cacheable: options.cacheable ?? false, status: options.status, body: () => body });
}

/** 手続き一覧, each procedure's page, and the online application flow for signed-in residents. */
export function applyRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  const owner = (c: Context<AppEnv>) => ({ residentId: c.get('resident')!.id });

  /** The catalog and its search; readings missing after a publish are computed off the request (see search-index.ts). */
  app.get('/procedures', async (c) => {
    const query = (c.req.query('q') ?? '').slice(0, 100);
    const category = c.req.query('category') ?? '';
    const load = () => withTenant(db, code(c), async (tx) => ({ all: await listPublishedProcedures(tx), departments: await departmentsByCode(tx) }));
    let { all, departments } = await load();
    if (all.some((p) => !p.searchIndex)) {
      const indexing = indexInBackground(db, code(c), (error) => services.logger.error({ err: error, municipality: code(c) }, 'reading the procedures for search failed'));
      // Once after a publish, a search in kana waits a little for the readings rather than finding nothing.
      if (needsReadings(query) && (await Promise.race([indexing.then(() => true), delay(READINGS_WAIT_MS, false, { ref: false })]))) ({ all, departments } = await load());
    }
    const list = searchProcedures(all, query, category);
    const m = c.get('municipality')!;
    const departmentNames = [...new Set(all.map((p) => departments.get(p.definition.department)?.nameJa).filter((name): name is string => !!name))];
    return page(
      c,
      query || category ? '手続き一覧（検索結果）' : '手続き一覧',
      <CatalogPage base={c.get('base')} list={list} featured={featuredProcedures(all)} query={query} category={category} total={all.length} contact={{ departmentNames, phone: m.phone, openingHours: m.openingHours }} />,
      { cacheable: !query && !category },
    );
  });

  app.get('/procedures/:slug', async (c) => {
    const found = await withTenant(db, code(c), async (tx) => {
      const published = await findPublishedProcedure(tx, c.req.param('slug'));
      return published ? { published, departments: await departmentsByCode(tx) } : undefined;
    });
    if (!found) return c.notFound();
    const { definition, procedure } = found.published;
    return page(c, bothNames(definition), <ProcedurePage base={c.get('base')} slug={procedure.slug} definition={definition} departmentName={found.departments.get(definition.department)?.nameJa ?? '担当課'} municipality={c.get('municipality')!} />, { cacheable: true });
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
    return page(c, `申請を始める｜${plainTitleOf(d)}`, (
      <>
        <ProcedureHeading names={d} />
        <p>これからオンラインで申請します。質問は{pageRangeText(formPageRange(d))}で、最後に申請内容を確認していただきます{formPageRange(d).min === formPageRange(d).max ? '' : '（ページの数は、答えによって変わります）'}。</p>
        {d.bring.length ? <><h2>手元に用意するもの</h2><ul>{d.bring.map((item) => <li>{item}</li>)}</ul></> : null}
        <p>入力した内容は各ページで保存されます（「次へ進む」か「保存して中断する」を押したとき）。保存した内容は{DRAFT_KEEP_DAYS}日間、マイページから続きを再開できます。</p>
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

  const links = (c: Context<AppEnv>, loaded: LoadedDraft): FlowLinks => ({
    base: `${c.get('base')}/apply/${loaded.draft.id}`,
    exitHref: `${c.get('base')}/procedures/${loaded.procedure.slug}`,
    csrfToken: services.csrf.tokenFor(c),
  });
  const show = (c: Context<AppEnv>, view: PageView | undefined) => (view ? page(c, view.title, view.body, { status: view.status }) : c.notFound());

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
    return page(c, `申請を受け付けました｜${plainTitleOf({ title: found.application.procedureTitle, plainTitle: found.application.procedurePlainTitle })}`, <DonePage base={c.get('base')} application={found.application} departmentName={found.departments.get(found.application.departmentCode)?.nameJa ?? '担当課'} phone={m.phone} email={found.application.contactEmail} />);
  });

  app.get('/apply/:draftId/check', (c) => withDraft(c, (loaded) => show(c, checkPageView(loaded, [], links(c, loaded)))));

  app.post('/apply/:draftId/submit', async (c) => {
    const resident = c.get('resident')!;
    const draftId = c.req.param('draftId');
    const form = await c.req.parseBody();
    const municipality = c.get('municipality')!;
    const outcome = /^[0-9a-f-]{36}$/u.test(draftId)
      ? await submitResidentDraft(db, {
          municipalityCode: code(c),
          draftId,
          declared: form.declaration === 'yes',
          resident: { residentId: resident.id, email: resident.email, assurance: resident.assurance },
          details: { municipalityName: municipality.nameJa, municipalityNameEn: municipality.nameEn, language: c.get('language'), statusUrl: `${services.config.PUBLIC_BASE_URL}${c.get('base')}/mypage/applications` },
        })
      : ({ kind: 'not-found' } as const);
    switch (outcome.kind) {
      case 'submitted':
        return c.redirect(`${c.get('base')}/apply/done/${outcome.applicationId}`, 303);
      case 'step-up':
        return stepUpPage(c, outcome.loaded.definition.assurance, `${c.get('base')}/apply/${draftId}/check`);
      case 'incomplete':
        return c.redirect(`${c.get('base')}/apply/${draftId}/${outcome.pageId}?return=check`, 303);
      case 'not-declared':
        return show(c, checkPageView(outcome.loaded, [{ field: 'declaration', message: '申請内容を確認し、同意する場合はチェックを入れてください' }], links(c, outcome.loaded)));
      case 'not-found': {
        // Submitted already (a retried or double-clicked submit): show the same receipt.
        const done = await withTenant(db, code(c), (tx) => findApplicationByDraft(tx, draftId, owner(c)));
        if (done) return c.redirect(`${c.get('base')}/apply/done/${done.id}`, 303);
        return c.notFound();
      }
    }
  });

  app.get('/apply/:draftId/:pageId', (c) => withDraft(c, (loaded) => show(c, formPageView(loaded, c.req.param('pageId'), {}, links(c, loaded), c.req.query('return') === 'check'))));

  app.post('/apply/:draftId/:pageId', (c) =>
    withDraft(c, (loaded) => answerPage(c, loaded, { db, store: services.files, links: links(c, loaded), show: (view) => show(c, view), stoppedHref: `${c.get('base')}/mypage/applications?saved=1` })),
  );

  return app;
}
