import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { eq } from 'drizzle-orm';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { meetsAssurance } from '../platform/identity/assurance.ts';
import type { Services } from '../platform/services.ts';
import { publicPage } from '../views/public-page.tsx';
import type { FieldError } from '../views/form-fields.tsx';
import { requireResident } from '../identity/require-resident.ts';
import { stepUpPage } from '../identity/resident-step-up-page.tsx';
import type { Answers } from '../forms/answers.ts';
import { answerChanges } from '../forms/answer-changes.ts';
import { caseSearchText } from '../forms/search-text.ts';
import { applicableAnswers } from '../forms/conditions.ts';
import type { FormDefinition } from '../forms/form-definition.ts';
import { incompletePages } from '../forms/validate-answers.ts';
import { answerCorrection, openCorrectionRequest, type CorrectionRequest } from '../cases/corrections.ts';
import { storeCorrectionFile } from '../cases/correction-file.ts';
import { CaseStateError } from '../cases/case-commands.ts';
import { attachmentsOf, findResidentApplication, type ApplicationRow } from '../cases/resident-commands.ts';
import type { LoadedDraft } from './apply-context.ts';
import { CorrectionCheckPage } from './correction-check-page.tsx';
import { reopenedDefinition } from './correction-definition.ts';
import { answerPage, formPageView, referencedFiles, type FlowLinks, type PageView } from './draft-flow.tsx';
import { deleteDraft, draftFiles, findCorrectionDraft, ownUploads, startCorrectionDraft, type DraftFile } from './drafts.ts';
import { procedures } from './schema.ts';
import { definitionAt } from './service.ts';

const UUID = /^[0-9a-f-]{36}$/u;
const MESSAGE_MAX = 2000;

interface Correction {
  application: ApplicationRow;
  request: CorrectionRequest;
  /** The whole form, as the application was made with it. */
  definition: FormDefinition;
}

function page(c: Context<AppEnv>, title: string, body: Child, status?: ContentfulStatusCode) {
  return publicPage(c, { title, languages: ['ja'], cacheable: false, status, body: () => body });
}

/** 「補正　…」, after 「エラー：」 when the page has errors. */
function correctionTitle(title: string): string {
  return title.startsWith('エラー：') ? `エラー：補正　${title.slice('エラー：'.length)}` : `補正　${title}`;
}

function requestIntro(request: CorrectionRequest): string {
  return `担当者からの補正のお願い：${request.message}`;
}

/** The application's attachments as draft files, so the reopened form shows them as already sent. */
function filesOf(attachments: Awaited<ReturnType<typeof attachmentsOf>>): Record<string, DraftFile> {
  const files: Record<string, DraftFile> = {};
  for (const a of attachments) {
    const id = a.storageKey?.split('/').at(-1);
    if (a.storageKey && id) files[id] = { id, field: a.fieldName, filename: a.filename, contentType: a.contentType, size: a.size, storageKey: a.storageKey };
  }
  return files;
}

/**
 * 補正 answered in the form itself: the questions staff reopened, prefilled with what was sent,
 * with their message beside them, saved page by page like an application and checked the same way.
 */
export function correctionRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  const residentId = (c: Context<AppEnv>) => c.get('resident')!.id;
  const statusHref = (c: Context<AppEnv>) => `${c.get('base')}/mypage/applications/${c.req.param('id')}`;
  app.use('/mypage/applications/:id/correction', requireResident('low'));
  app.use('/mypage/applications/:id/correction/*', requireResident('low'));

  /** The open request with questions to reopen, for this resident's application; undefined otherwise. */
  const correctionOf = async (c: Context<AppEnv>): Promise<Correction | undefined> => {
    const id = c.req.param('id') ?? '';
    if (!UUID.test(id)) return undefined;
    return withTenant(db, code(c), async (tx) => {
      const application = await findResidentApplication(tx, residentId(c), id);
      const request = application ? await openCorrectionRequest(tx, application) : undefined;
      const definition = application ? await definitionAt(tx, application.procedureId, application.version) : undefined;
      if (!application || !request || request.fields.length === 0 || !definition || application.personalDataDeletedAt) return undefined;
      return { application, request, definition };
    });
  };

  const loadCorrection = async (c: Context<AppEnv>, correction: Correction): Promise<LoadedDraft | undefined> =>
    withTenant(db, code(c), async (tx) => {
      const draft = await findCorrectionDraft(tx, correction.application.id, residentId(c));
      const [procedure] = await tx.select().from(procedures).where(eq(procedures.id, correction.application.procedureId));
      if (!draft || !procedure) return undefined;
      const answers = draft.answers as Answers;
      const fieldNotes = Object.fromEntries(correction.request.fields.flatMap((f) => (f.field ? [[f.field, '担当者から、この項目の見直しをお願いしています。']] : [])));
      return { draft, procedure, answers, files: draftFiles(draft), fieldNotes, definition: reopenedDefinition(correction.definition, correction.request.fields, answers, requestIntro(correction.request)) };
    });

  const links = (c: Context<AppEnv>): FlowLinks => ({ base: `${statusHref(c)}/correction`, exitHref: statusHref(c), csrfToken: services.csrf.tokenFor(c) });
  const show = (c: Context<AppEnv>, view: PageView | undefined) => (view ? page(c, correctionTitle(view.title), view.body, view.status) : c.notFound());

  async function withCorrection(c: Context<AppEnv>, then: (correction: Correction, loaded: LoadedDraft) => Promise<Response> | Response): Promise<Response> {
    const correction = await correctionOf(c);
    if (!correction) return c.redirect(statusHref(c), 303);
    if (!meetsAssurance(c.get('resident')!.assurance, correction.definition.assurance)) return stepUpPage(c, correction.definition.assurance, c.req.path);
    const loaded = await loadCorrection(c, correction);
    if (!loaded) return c.redirect(statusHref(c), 303);
    return then(correction, loaded);
  }

  const firstPage = (loaded: LoadedDraft) => loaded.definition.pages[0]?.id ?? 'check';

  app.post('/mypage/applications/:id/correction/start', async (c) => {
    const correction = await correctionOf(c);
    if (!correction) return c.redirect(statusHref(c), 303);
    const { application } = correction;
    await withTenant(db, code(c), async (tx) => {
      if (await findCorrectionDraft(tx, application.id, residentId(c))) return;
      const files = filesOf(await attachmentsOf(tx, application.id));
      await startCorrectionDraft(tx, { municipalityCode: code(c), procedureId: application.procedureId, version: application.version, residentId: residentId(c), applicationId: application.id, answers: application.answers as Answers, files });
    });
    const loaded = await loadCorrection(c, correction);
    return c.redirect(`${links(c).base}/${loaded ? firstPage(loaded) : 'check'}`, 303);
  });

  const checkPage = (c: Context<AppEnv>, correction: Correction, loaded: LoadedDraft, errors: FieldError[] = [], message?: string) => {
    const after = applicableAnswers(correction.definition, loaded.answers);
    const fileName = (id: string) => loaded.files[id]?.filename ?? '（ファイル）';
    const title = correction.application.procedurePlainTitle ?? correction.application.procedureTitle;
    const body = (
      <CorrectionCheckPage
        title={title}
        requestMessage={correction.request.message}
        changes={answerChanges(correction.definition, correction.application.answers as Answers, after, fileName)}
        action={`${links(c).base}/submit`}
        csrfToken={services.csrf.tokenFor(c)}
        backHref={`${links(c).base}/${loaded.definition.pages.at(-1)?.id ?? firstPage(loaded)}`}
        editHref={`${links(c).base}/${firstPage(loaded)}`}
        errors={errors}
        message={message}
      />
    );
    return page(c, `${errors.length ? 'エラー：' : ''}補正の内容の確認｜${title}`, body, errors.length ? 400 : 200);
  };

  app.get('/mypage/applications/:id/correction/check', (c) => withCorrection(c, (correction, loaded) => checkPage(c, correction, loaded)));

  app.post('/mypage/applications/:id/correction/submit', (c) =>
    withCorrection(c, async (correction, loaded) => {
      const form = await c.req.formData();
      const message = String(form.get('message') ?? '').replace(/\r\n?/gu, '\n').trim();
      if (message.length > MESSAGE_MAX) return checkPage(c, correction, loaded, [{ field: 'message', message: `担当者への連絡は${MESSAGE_MAX.toLocaleString('ja-JP')}文字以内で入力してください` }], message);
      const missing = incompletePages(correction.definition, loaded.answers)[0];
      if (missing) return c.redirect(`${links(c).base}/${loaded.definition.pages.some((p) => p.id === missing.pageId) ? missing.pageId : firstPage(loaded)}?return=check`, 303);
      const stored = await storeCorrectionFile(services.files, code(c), correction.application.id, form.get('file'));
      if ('error' in stored) return checkPage(c, correction, loaded, [{ field: 'file', message: stored.error }], message);
      const after = applicableAnswers(correction.definition, loaded.answers);
      const changes = answerChanges(correction.definition, correction.application.answers as Answers, after, (id) => loaded.files[id]?.filename ?? '（ファイル）');
      const referenced = referencedFiles(loaded, after);
      const uploads = ownUploads(loaded.draft).filter((file) => referenced.has(file.id));
      const labels = new Map(correction.definition.pages.flatMap((p) => p.fields.map((f) => [f.name, f.label] as const)));
      const files = [...uploads.map((file) => ({ ...file, label: labels.get(file.field) ?? '添付ファイル' })), ...(stored.file ? [stored.file] : [])];
      if (changes.length === 0 && !message && files.length === 0) return checkPage(c, correction, loaded, [{ field: 'message', message: '直した回答がありません。回答を直すか、担当者への連絡を書くか、書類を添付してください' }], message);
      try {
        await withTenant(db, code(c), async (tx) => {
          await answerCorrection(tx, residentId(c), correction.application.id, { message, files, answers: after, changes, searchText: caseSearchText(correction.definition, after) });
          await deleteDraft(tx, loaded.draft.id);
        });
      } catch (error) {
        if (error instanceof CaseStateError) return checkPage(c, correction, loaded, [{ field: 'message', message: error.messageJa }], message);
        throw error;
      }
      return c.redirect(`${statusHref(c)}?done=answered`, 303);
    }),
  );

  app.get('/mypage/applications/:id/correction/:pageId', (c) =>
    withCorrection(c, (_correction, loaded) => show(c, formPageView(loaded, c.req.param('pageId'), {}, links(c), c.req.query('return') === 'check'))),
  );

  app.post('/mypage/applications/:id/correction/:pageId', (c) =>
    withCorrection(c, (_correction, loaded) => answerPage(c, loaded, { db, store: services.files, links: links(c), show: (view) => show(c, view), stoppedHref: `${statusHref(c)}?done=saved` })),
  );

  return app;
}
