import { Hono, type Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { renderPage } from '../platform/http/render.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { tokyoDate } from '../platform/calendar/business-days.ts';
import { requireStaff } from '../platform/identity/staff-session-middleware.ts';
import { staffNames } from '../platform/identity/staff-accounts.ts';
import type { Services } from '../platform/services.ts';
import type { DefinitionSource } from '../forms/definition-source.ts';
import { staffPage } from '../views/staff-page.tsx';
import type { FieldError } from '../views/form-fields.tsx';
import { actOnCase, CaseStateError, recordCaseView } from './case-commands.ts';
import type { KeptAction } from './case-action-forms.tsx';
import { isCaseActionKind, parseCaseAction, type CaseActionKind } from './case-action-input.ts';
import { exportStream, type ExportRowsReader } from './case-export-stream.ts';
import { CasePage } from './case-page.tsx';
import { CasePrintPage } from './case-print-page.tsx';
import { departmentOf, findCase, inboxCounts, inboxProcedures, inboxScope, listInbox } from './case-queries.ts';
import { assignableStaff, loadCaseView } from './case-view.ts';
import { InboxPage } from './inbox-page.tsx';
import { correctableQuestions } from './correctable.ts';
import type { Answers } from '../forms/answers.ts';
import { parseInboxFilters } from './inbox-filters.ts';
import { exportableProcedures, nextExportRows, planCaseExport } from './load-case-export.ts';
import { attachmentsOf } from './resident-commands.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Staff case handling in the internal zone: inbox, case page, actions, attachments, print, export. */
export function caseStaffRoutes(services: Services, definitions: DefinitionSource): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  const today = () => tokyoDate(new Date());
  app.use('/cases', requireStaff);
  app.use('/cases/*', requireStaff);

  app.get('/cases', async (c) => {
    const staff = c.get('staff')!;
    const { filters, errors } = parseInboxFilters(c.req.query());
    const data = await withTenant(db, code(c), async (tx) => {
      const scope = await inboxScope(tx, staff, today());
      const rows = await listInbox(tx, scope, filters);
      return { rows, counts: await inboxCounts(tx, scope), procedures: await inboxProcedures(tx, scope), exportable: await exportableProcedures(tx, definitions, staff), names: await staffNames(tx, rows.flatMap((r) => (r.assignedTo ? [r.assignedTo] : []))) };
    });
    return staffPage(c, services, errors.length ? 'エラー：申請の処理' : '申請の処理', <InboxPage base={c.get('base')} today={today()} filters={filters} errors={errors} {...data} />, errors.length ? 400 : 200);
  });

  const exportRoute = (format: 'csv' | 'json') => async (c: Context<AppEnv>) => {
    const slug = c.req.query('procedure') ?? '';
    const versionText = c.req.query('version');
    const version = versionText && /^[1-9]\d{0,5}$/.test(versionText) ? Number(versionText) : undefined;
    const plan = await withTenant(db, code(c), (tx) => planCaseExport(tx, definitions, c.get('staff')!, { slug, version, format }));
    if (!plan) return c.notFound();
    const filename = `${slug}-${plan.layout.exportedAt.slice(0, 10).replaceAll('-', '')}.${format}`;
    const read: ExportRowsReader = (after, size) => withTenant(db, code(c), (tx) => nextExportRows(tx, plan, after, size));
    return c.body(exportStream(plan, format, read), 200, {
      'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    });
  };
  app.get('/cases/export.csv', exportRoute('csv'));
  app.get('/cases/export.json', exportRoute('json'));

  const showCase = async (c: Context<AppEnv>, id: string, options: { errors: FieldError[]; kept?: KeptAction; done?: CaseActionKind | 'corrected' }) => {
    const view = await withTenant(db, code(c), (tx) => loadCaseView(tx, definitions, c.get('staff')!, id));
    if (!view) return c.notFound();
    const title = `${view.application.procedureTitle}（受付番号 ${view.application.receiptNumber}）`;
    const body = <CasePage view={view} base={c.get('base')} csrfToken={services.csrf.tokenFor(c)} today={today()} {...options} />;
    return staffPage(c, services, options.errors.length ? `エラー：${title}` : title, body, options.errors.length ? 400 : 200);
  };

  app.get('/cases/:id', async (c) => {
    const id = c.req.param('id');
    if (!UUID.test(id)) return c.notFound();
    const done = c.req.query('done') ?? '';
    return showCase(c, id, { errors: [], done: isCaseActionKind(done) ? done : undefined });
  });

  app.post('/cases/:id/actions/:kind', async (c) => {
    const { id, kind } = c.req.param();
    if (!UUID.test(id) || !isCaseActionKind(kind)) return c.notFound();
    const staff = c.get('staff')!;
    // all: a correction request ticks several questions under one name.
    const body = await c.req.parseBody({ all: true });
    const publicBase = services.config.PUBLIC_BASE_URL;
    const outcome = await withTenant(db, code(c), async (tx) => {
      const application = await findCase(tx, id);
      if (!application) return { missing: true } as const;
      const department = await departmentOf(tx, application.departmentCode);
      const assignable = kind === 'assign' ? (await assignableStaff(tx, application.municipalityCode, department?.id ?? null)).map((m) => m.id) : [];
      const definition = kind === 'request_correction' ? await definitions.definitionAt(tx, application.procedureId, application.version) : undefined;
      const correctable = definition && !application.personalDataDeletedAt ? correctableQuestions(definition, application.answers as Answers) : new Map();
      const parsed = parseCaseAction(kind, body, assignable, correctable);
      if (!parsed.ok) return { parsed } as const;
      const statusUrl = publicBase ? `${publicBase}${c.get('base')}/mypage/applications/${id}` : undefined;
      await actOnCase(tx, { actor: staff, departmentId: department?.id ?? null, municipalityName: c.get('municipality')!.nameJa, municipalityNameEn: c.get('municipality')!.nameEn, statusUrl }, id, parsed.action);
      return { done: true } as const;
    }).catch((error: unknown) => {
      if (error instanceof CaseStateError) return { refused: error.messageJa } as const;
      throw error;
    });
    if ('missing' in outcome) return c.notFound();
    if ('refused' in outcome) return refusedPage(c, services, id, outcome.refused);
    if ('parsed' in outcome && outcome.parsed && !outcome.parsed.ok) return showCase(c, id, { errors: outcome.parsed.errors, kept: { kind, text: outcome.parsed.text, picked: outcome.parsed.picked } });
    return c.redirect(`${c.get('base')}/cases/${id}?done=${kind}`, 303);
  });

  app.get('/cases/:id/attachments/:attachmentId', async (c) => {
    const { id, attachmentId } = c.req.param();
    if (!UUID.test(id) || !UUID.test(attachmentId)) return c.notFound();
    const file = await withTenant(db, code(c), async (tx) => {
      const application = await findCase(tx, id);
      const attachment = application ? (await attachmentsOf(tx, id)).find((a) => a.id === attachmentId) : undefined;
      if (!application || !attachment?.storageKey || application.personalDataDeletedAt) return undefined;
      await recordCaseView(tx, c.get('staff')!, application, (await departmentOf(tx, application.departmentCode))?.id ?? null, 'case.view_attachment');
      return attachment;
    });
    const stored = file?.storageKey ? await services.files.get(file.storageKey) : undefined;
    if (!file || !stored) return c.notFound();
    return c.body(new Uint8Array(stored.bytes), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
      'Cache-Control': 'private, no-store',
    });
  });

  app.get('/cases/:id/print', async (c) => {
    const id = c.req.param('id');
    if (!UUID.test(id)) return c.notFound();
    const staff = c.get('staff')!;
    const view = await withTenant(db, code(c), (tx) => loadCaseView(tx, definitions, staff, id, 'case.print'));
    if (!view) return c.notFound();
    c.header('Cache-Control', 'no-store');
    return renderPage(c, <CasePrintPage view={view} base={c.get('base')} municipalityName={c.get('municipality')!.nameJa} staffName={staff.displayName} today={today()} printedAt={new Date()} />);
  });

  return app;
}

function refusedPage(c: Context<AppEnv>, services: Services, id: string, message: string) {
  const body = (
    <>
      <h1>この操作は行えませんでした</h1>
      <p>{message}</p>
      <p>ほかの職員が先に処理した可能性があります。申請の画面で、いまの状態を確認してください。</p>
      <p><a href={`${c.get('base')}/cases/${id}`}>申請の画面に戻る</a></p>
    </>
  );
  return staffPage(c, services, 'この操作は行えませんでした', body, 409);
}
