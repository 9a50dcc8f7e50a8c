import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { requireResident } from '../identity/require-resident.ts';
import type { Services } from '../platform/services.ts';
import type { DefinitionSource } from '../forms/definition-source.ts';
import { publicPage } from '../views/public-page.tsx';
import type { FieldError } from '../views/form-fields.tsx';
import { applicationCopyPdf, sendPdfCopy } from './application-copy.ts';
import { CaseStateError } from './case-commands.ts';
import { ApplicationStatusPage, WithdrawConfirmPage } from './resident-application-pages.tsx';
import { isClosed } from './status.ts';
import { departmentOf } from './case-queries.ts';
import { attachmentsOf, eventsOf, findResidentApplication, withdrawApplication } from './resident-commands.ts';
import { answerCorrection, openCorrectionRequest } from './corrections.ts';
import { storeCorrectionFile } from './correction-file.ts';
import type { ApplicationRow } from './schema.ts';
import type { SubmittedFile } from './submit-application.ts';

const UUID = /^[0-9a-f-]{36}$/u;

function page(c: Context<AppEnv>, title: string, body: Child, status?: ContentfulStatusCode) {
  return publicPage(c, { title, languages: ['ja'], cacheable: false, status, body: () => body });
}

/** マイページ: the resident's drafts and applications, their status, 補正 answers, 取下げ and the PDF copy. */
export function caseResidentRoutes(services: Services, definitions: DefinitionSource): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  app.use('/mypage/applications', requireResident('low'));
  app.use('/mypage/applications/*', requireResident('low'));

  async function load(c: Context<AppEnv>): Promise<ApplicationRow | undefined> {
    const id = c.req.param('id') ?? '';
    if (!UUID.test(id)) return undefined;
    return withTenant(db, code(c), (tx) => findResidentApplication(tx, c.get('resident')!.id, id));
  }

  async function statusPage(c: Context<AppEnv>, application: ApplicationRow, extra: { errors?: FieldError[]; message?: string; notice?: string; status?: ContentfulStatusCode } = {}) {
    const { events, attachments, request, department } = await withTenant(db, code(c), async (tx) => ({
      events: await eventsOf(tx, application.id, false),
      attachments: await attachmentsOf(tx, application.id),
      request: await openCorrectionRequest(tx, application),
      department: await departmentOf(tx, application.departmentCode),
    }));
    const m = c.get('municipality')!;
    const contact = { name: `${m.nameJa} ${department?.nameJa ?? ''}`.trim(), phone: m.phone, openingHours: m.openingHours };
    const title = `${extra.errors?.length ? 'エラー：' : ''}申請の状況（${application.receiptNumber}）`;
    return page(c, title, <ApplicationStatusPage base={c.get('base')} application={application} events={events} attachments={attachments} request={request} department={contact} csrfToken={services.csrf.tokenFor(c)} errors={extra.errors ?? []} message={extra.message} notice={extra.notice} />, extra.status);
  }

  app.get('/mypage/applications/:id', async (c) => {
    const application = await load(c);
    if (!application) return c.notFound();
    const notice = { answered: '補正への回答を送りました。担当者が確認します。', withdrawn: '申請を取り下げました。', saved: '入力した内容を保存しました。続きは「申請内容を直す」から入力できます。' }[c.req.query('done') ?? ''];
    return statusPage(c, application, { notice });
  });

  app.get('/mypage/applications/:id/copy.pdf', async (c) => {
    const application = await load(c);
    if (!application) return c.notFound();
    const pdf = await withTenant(db, code(c), (tx) => applicationCopyPdf(tx, definitions, application, c.get('municipality')!));
    return sendPdfCopy(c, application, pdf);
  });

  app.post('/mypage/applications/:id/correction', async (c) => {
    const application = await load(c);
    if (!application) return c.notFound();
    const form = await c.req.formData();
    const message = String(form.get('message') ?? '').trim();
    const upload = form.get('file');
    if (message.length > 2000) return statusPage(c, application, { errors: [{ field: 'message', message: '回答の内容は2,000文字以内で入力してください' }], message, status: 400 });
    const stored = await storeCorrectionFile(services.files, code(c), application.id, form.get('file'));
    if ('error' in stored) return statusPage(c, application, { errors: [{ field: 'file', message: stored.error }], message, status: 400 });
    const files: SubmittedFile[] = stored.file ? [stored.file] : [];
    if (!message && files.length === 0) return statusPage(c, application, { errors: [{ field: 'message', message: '回答の内容を書くか、書類を添付してください' }], status: 400 });
    try {
      await withTenant(db, code(c), (tx) => answerCorrection(tx, c.get('resident')!.id, application.id, { message, files }));
    } catch (error) {
      if (error instanceof CaseStateError) return statusPage(c, application, { errors: [{ field: 'message', message: error.messageJa }], message, status: 409 });
      throw error;
    }
    return c.redirect(`${c.get('base')}/mypage/applications/${application.id}?done=answered`, 303);
  });

  app.get('/mypage/applications/:id/withdraw', async (c) => {
    const application = await load(c);
    if (!application) return c.notFound();
    if (isClosed(application.status)) return c.redirect(`${c.get('base')}/mypage/applications/${application.id}`, 303);
    return page(c, `申請の取下げ（${application.receiptNumber}）`, <WithdrawConfirmPage base={c.get('base')} application={application} csrfToken={services.csrf.tokenFor(c)} />);
  });

  app.post('/mypage/applications/:id/withdraw', async (c) => {
    const application = await load(c);
    if (!application) return c.notFound();
    const form = await c.req.parseBody();
    try {
      await withTenant(db, code(c), (tx) => withdrawApplication(tx, c.get('resident')!.id, application.id, String(form.reason ?? '').slice(0, 200)));
    } catch (error) {
      if (error instanceof CaseStateError) return statusPage(c, application, { errors: [{ field: 'reason', message: error.messageJa }], status: 409 });
      throw error;
    }
    return c.redirect(`${c.get('base')}/mypage/applications/${application.id}?done=withdrawn`, 303);
  });

  return app;
}
