import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { departmentsByCode } from '../platform/identity/departments.ts';
import { requireStaff } from '../platform/identity/staff-session-middleware.ts';
import { authorize, can } from '../platform/identity/staff-policy.ts';
import type { Services } from '../platform/services.ts';
import { staffPage } from '../views/staff-page.tsx';
import { applicationCopyPdf, sendPdfCopy } from '../cases/application-copy.ts';
import { acceptCounterApplication } from '../cases/counter-intake.ts';
import { findCounterApplication } from '../cases/counter-queries.ts';
import { findApplicationByDraft } from '../cases/resident-commands.ts';
import { departmentOf } from '../cases/case-queries.ts';
import { loadDraft, type LoadedDraft } from './apply-context.ts';
import { procedureDefinitions } from './definitions.ts';
import { parseCounterIdentity, type CounterIdentityInput } from './counter-identity.ts';
import { CounterDonePage, CounterIdentityFields, CounterIndexPage } from './counter-pages.tsx';
import { listDraftSummaries } from './draft-summaries.ts';
import { answerPage, checkPageView, firstIncompletePage, formPageView, submissionOf, type FlowLinks, type PageView } from './draft-flow.tsx';
import { deleteDraft, findDraft, ownUploads, startDraft } from './drafts.ts';
import { visiblePages } from '../forms/conditions.ts';
import { findPublishedProcedure, listPublishedProcedures } from './service.ts';
import type { FieldError } from '../views/form-fields.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

const requireCounterClerk: MiddlewareHandler<AppEnv> = async (c, next) => {
  authorize(c.get('staff')!, 'case.counter_intake', { municipalityCode: c.get('municipality')!.code });
  await next();
};

/** 書かない窓口 in the internal zone: a clerk fills in a procedure's form for a resident at the counter. */
export function counterRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  const owner = (c: Context<AppEnv>) => ({ counterStaffId: c.get('staff')!.id });
  for (const path of ['/counter', '/counter/*']) app.use(path, requireStaff, requireCounterClerk);

  const links = (c: Context<AppEnv>, loaded: LoadedDraft): FlowLinks => ({ base: `${c.get('base')}/counter/drafts/${loaded.draft.id}`, exitHref: `${c.get('base')}/counter`, csrfToken: services.csrf.tokenFor(c), legalName: true });
  const show = (c: Context<AppEnv>, view: PageView | undefined) => (view ? staffPage(c, services, view.title, view.body, view.status) : c.notFound());

  app.get('/counter', async (c) => {
    const data = await withTenant(db, code(c), async (tx) => ({
      procedures: (await listPublishedProcedures(tx)).filter((p) => p.definition.pages.length > 0),
      drafts: await listDraftSummaries(tx, owner(c)),
    }));
    return staffPage(c, services, '窓口での申請受付', <CounterIndexPage base={c.get('base')} csrfToken={services.csrf.tokenFor(c)} discarded={c.req.query('discarded') === '1'} {...data} />);
  });

  app.post('/counter/start', async (c) => {
    const body = await c.req.parseBody();
    const started = await withTenant(db, code(c), async (tx) => {
      const published = await findPublishedProcedure(tx, String(body.procedure ?? ''));
      const first = published ? visiblePages(published.definition, {})[0] : undefined;
      if (!published || !first) return undefined;
      // Each visitor gets a fresh form, even for a procedure the clerk has open for someone else.
      const draft = await startDraft(tx, { municipalityCode: code(c), procedureId: published.procedure.id, version: published.version, owner: owner(c), answers: {} });
      return { draft, first };
    });
    if (!started) return c.notFound();
    return c.redirect(`${c.get('base')}/counter/drafts/${started.draft.id}/${started.first.id}`, 303);
  });

  app.get('/counter/done/:applicationId', async (c) => {
    const id = c.req.param('applicationId');
    const staff = c.get('staff')!;
    const found = UUID.test(id)
      ? await withTenant(db, code(c), async (tx) => {
          const application = await findCounterApplication(tx, staff.id, id);
          if (!application) return undefined;
          const department = await departmentOf(tx, application.departmentCode);
          return { application, department, names: await departmentsByCode(tx) };
        })
      : undefined;
    if (!found) return c.notFound();
    const canOpenCase = can(staff, 'case.view', { municipalityCode: code(c), departmentId: found.department?.id ?? null });
    return staffPage(c, services, `窓口での申請を受け付けました（受付番号 ${found.application.receiptNumber}）`, <CounterDonePage base={c.get('base')} application={found.application} departmentName={found.names.get(found.application.departmentCode)?.nameJa ?? '担当課'} canOpenCase={canOpenCase} />);
  });

  app.get('/counter/done/:applicationId/copy.pdf', async (c) => {
    const id = c.req.param('applicationId');
    if (!UUID.test(id)) return c.notFound();
    const found = await withTenant(db, code(c), async (tx) => {
      const application = await findCounterApplication(tx, c.get('staff')!.id, id);
      return application ? { application, pdf: await applicationCopyPdf(tx, procedureDefinitions, application, c.get('municipality')!) } : undefined;
    });
    if (!found) return c.notFound();
    return sendPdfCopy(c, found.application, found.pdf);
  });

  async function withDraft(c: Context<AppEnv>, then: (loaded: LoadedDraft) => Promise<Response> | Response): Promise<Response> {
    const loaded = await loadDraft(db, c, c.req.param('draftId')!, owner(c));
    if (!loaded) return staffPage(c, services, '入力途中の申請が見つかりません', <><h1>入力途中の申請が見つかりません</h1><p>すでに受け付けたか、削除されたか、保存期間を過ぎています。<a href={`${c.get('base')}/counter`}>窓口での申請受付</a>に戻ってください。</p></>, 404);
    return then(loaded);
  }

  const emptyIdentity: CounterIdentityInput = { identityCheck: '', identityNote: '', contactEmail: '' };
  const checkView = (c: Context<AppEnv>, loaded: LoadedDraft, errors: FieldError[], input: CounterIdentityInput) =>
    checkPageView(loaded, errors, links(c, loaded), {
      extra: <CounterIdentityFields input={input} errors={errors} />,
      declaration: '申請者に内容を読み上げるか画面で示し、相違ないことを確認しました。',
      submitLabel: '窓口申請として受け付ける',
    });

  app.get('/counter/drafts/:draftId/check', (c) => withDraft(c, (loaded) => show(c, checkView(c, loaded, [], emptyIdentity))));

  app.post('/counter/drafts/:draftId/submit', async (c) => {
    const staff = c.get('staff')!;
    const draftId = c.req.param('draftId');
    const form = await c.req.parseBody();
    const loaded = await loadDraft(db, c, draftId, owner(c));
    if (!loaded) {
      const done = await withTenant(db, code(c), (tx) => findApplicationByDraft(tx, draftId, owner(c)));
      return done ? c.redirect(`${c.get('base')}/counter/done/${done.id}`, 303) : c.notFound();
    }
    const missing = firstIncompletePage(loaded);
    if (missing) return c.redirect(`${c.get('base')}/counter/drafts/${draftId}/${missing}?return=check`, 303);
    const input: CounterIdentityInput = { identityCheck: String(form['identity-check'] ?? ''), identityNote: String(form['identity-note'] ?? ''), contactEmail: String(form['contact-email'] ?? '') };
    const identity = parseCounterIdentity(input);
    const errors = [...(identity.ok ? [] : identity.errors), ...(form.declaration === 'yes' ? [] : [{ field: 'declaration', message: '申請者に内容を確認していただいたら、チェックを入れてください' }])];
    if (!identity.ok || errors.length > 0) return show(c, checkView(c, loaded, errors, input));
    const application = await withTenant(db, code(c), async (tx) => {
      const accepted = await acceptCounterApplication(tx, staff, { municipalityCode: code(c), municipalityName: c.get('municipality')!.nameJa, ...submissionOf(loaded), identityCheck: identity.identityCheck, contactEmail: identity.contactEmail });
      await deleteDraft(tx, draftId);
      return accepted;
    });
    return c.redirect(`${c.get('base')}/counter/done/${application.id}`, 303);
  });

  app.post('/counter/drafts/:draftId/discard', async (c) => {
    const draftId = c.req.param('draftId');
    if (UUID.test(draftId)) {
      const removed = await withTenant(db, code(c), async (tx) => {
        const draft = await findDraft(tx, draftId, owner(c));
        if (draft) await deleteDraft(tx, draftId);
        return draft;
      });
      if (removed) await Promise.all(ownUploads(removed).map((file) => services.files.delete(file.storageKey)));
    }
    return c.redirect(`${c.get('base')}/counter?discarded=1`, 303);
  });

  app.get('/counter/drafts/:draftId/:pageId', (c) => withDraft(c, (loaded) => show(c, formPageView(loaded, c.req.param('pageId'), {}, links(c, loaded), c.req.query('return') === 'check'))));

  app.post('/counter/drafts/:draftId/:pageId', (c) =>
    withDraft(c, (loaded) => answerPage(c, loaded, { db, store: services.files, links: links(c, loaded), show: (view) => show(c, view), stoppedHref: `${c.get('base')}/counter` })),
  );

  return app;
}
