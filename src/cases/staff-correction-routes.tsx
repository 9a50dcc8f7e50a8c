import { Hono, type Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { tokyoDate } from '../platform/calendar/business-days.ts';
import { requireStaff } from '../platform/identity/staff-session-middleware.ts';
import type { Services } from '../platform/services.ts';
import { staffPage } from '../views/staff-page.tsx';
import type { FieldError } from '../views/form-fields.tsx';
import type { DefinitionSource } from '../forms/definition-source.ts';
import type { FormDefinition } from '../forms/form-definition.ts';
import type { Answers, RawValues } from '../forms/answers.ts';
import { answerChanges } from '../forms/answer-changes.ts';
import { caseSearchText } from '../forms/search-text.ts';
import { applicableAnswers, isFieldRequired } from '../forms/conditions.ts';
import { formatValue } from '../forms/format-answer.ts';
import { pageToRaw } from '../forms/page-values.ts';
import { readPageBody } from '../forms/read-page-body.ts';
import { findQuestion, reviseAnswer, type AnswerRef } from '../forms/revise-answer.ts';
import { incompletePages } from '../forms/validate-answers.ts';
import { attachmentFileName } from './attachment-names.ts';
import { CaseStateError } from './case-commands.ts';
import { departmentOf, findCase } from './case-queries.ts';
import { loadCaseView, type CaseView } from './case-view.ts';
import { correctAnswers } from './corrections.ts';
import { CorrectionFormPage, CorrectionListPage } from './staff-correction-pages.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REASON_MAX = 4000;

function refOf(key: string | undefined): AnswerRef | undefined {
  const match = /^([a-z0-9-]+):([a-zA-Z][a-zA-Z0-9_]*)(?::(\d{1,2}))?$/u.exec(key ?? '');
  if (!match) return undefined;
  return { page: match[1]!, field: match[2]!, ...(match[3] !== undefined ? { item: Number(match[3]) } : {}) };
}

function valueAt(answers: Answers, page: { repeat?: { name: string } }, ref: AnswerRef) {
  if (!page.repeat) return answers[ref.field];
  const items = answers[page.repeat.name];
  return Array.isArray(items) ? (items[ref.item!] as Record<string, unknown> | undefined)?.[ref.field] : undefined;
}

/** Problems a change brings that the answers did not have before (a follow-up it makes apply). */
function newProblems(definition: FormDefinition, before: Answers, after: Answers): FieldError[] {
  const known = new Set(incompletePages(definition, before).flatMap((page) => page.errors.map((e) => `${e.field}:${e.message}`)));
  return incompletePages(definition, after).flatMap((page) => page.errors).filter((e) => !known.has(`${e.field}:${e.message}`));
}

/** 申請内容の訂正 by staff (a typo read out on the phone): one answer at a time, with the reason, audited and shown to the resident. */
export function staffCorrectionRoutes(services: Services, definitions: DefinitionSource): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  app.use('/cases/:id/correct', requireStaff);
  app.use('/cases/:id/correct/*', requireStaff);

  const load = async (c: Context<AppEnv>): Promise<CaseView | undefined> => {
    const id = c.req.param('id') ?? '';
    if (!UUID.test(id)) return undefined;
    const view = await withTenant(db, code(c), (tx) => loadCaseView(tx, definitions, c.get('staff')!, id));
    return view?.canCorrect ? view : undefined;
  };
  const caseHref = (c: Context<AppEnv>, view: CaseView) => `${c.get('base')}/cases/${view.application.id}`;

  app.get('/cases/:id/correct', async (c) => {
    const view = await load(c);
    if (!view) return c.notFound();
    const fileFields = new Set(view.definition!.pages.flatMap((page) => page.fields.filter((f) => f.type === 'file').map((f) => `${page.id}:${f.name}`)));
    const body = <CorrectionListPage caseHref={caseHref(c, view)} title={view.application.procedureTitle} sections={view.sections!} fileFields={fileFields} />;
    return staffPage(c, services, `申請内容の訂正（受付番号 ${view.application.receiptNumber}）`, body);
  });

  const showForm = (c: Context<AppEnv>, view: CaseView, key: string, state: { raw?: RawValues; errors: FieldError[]; reason: string }) => {
    const ref = refOf(key);
    const question = ref ? findQuestion(view.definition!, ref) : undefined;
    if (!ref || !question || question.field.type === 'file') return c.notFound();
    const answers = view.application.answers as Answers;
    const label = question.page.repeat ? `${question.page.repeat.itemLabel}（${ref.item! + 1}）の${question.field.label}` : question.field.label;
    const fileName = attachmentFileName(view.attachments);
    const raw = state.raw ?? pageToRaw(question.page, answers);
    const body = (
      <CorrectionFormPage
        caseHref={caseHref(c, view)}
        csrfToken={services.csrf.tokenFor(c)}
        questionKey={key}
        question={question}
        label={label}
        current={formatValue(question.field, valueAt(answers, question.page, ref) as never, fileName)}
        raw={raw}
        required={isFieldRequired(question.field, answers)}
        errors={state.errors}
        reason={state.reason}
      />
    );
    const title = `回答を訂正する：${label}（受付番号 ${view.application.receiptNumber}）`;
    return staffPage(c, services, state.errors.length ? `エラー：${title}` : title, body, state.errors.length ? 400 : 200);
  };

  app.get('/cases/:id/correct/edit', async (c) => {
    const view = await load(c);
    if (!view) return c.notFound();
    return showForm(c, view, c.req.query('q') ?? '', { errors: [], reason: '' });
  });

  app.post('/cases/:id/correct/edit', async (c) => {
    const view = await load(c);
    if (!view) return c.notFound();
    const key = c.req.query('q') ?? '';
    const ref = refOf(key);
    if (!ref) return c.notFound();
    const { raw } = await readPageBody(await c.req.formData());
    const reason = String([raw.reason ?? ''].flat()[0] ?? '').replace(/\r\n?/gu, '\n').trim();
    const before = view.application.answers as Answers;
    const revised = reviseAnswer(view.definition!, before, ref, raw, tokyoDate(new Date()));
    const errors: FieldError[] = 'error' in revised ? [revised.error] : [];
    if (!reason) errors.push({ field: 'reason', message: '訂正の理由を入力してください' });
    else if (reason.length > REASON_MAX) errors.push({ field: 'reason', message: `訂正の理由は${REASON_MAX}文字以内で入力してください` });
    if ('answers' in revised) {
      const knockOn = newProblems(view.definition!, before, revised.answers)[0];
      if (knockOn) errors.push({ field: 'answer', message: `この訂正をすると、ほかの質問への回答が必要になります（${knockOn.message}）。申請者に補正を依頼してください。` });
    }
    if (errors.length > 0 || !('answers' in revised)) return showForm(c, view, key, { raw, errors, reason });
    const after = applicableAnswers(view.definition!, revised.answers);
    const changes = answerChanges(view.definition!, before, after, attachmentFileName(view.attachments));
    if (changes.length === 0) return showForm(c, view, key, { raw, errors: [{ field: 'answer', message: 'いまの回答と同じです。訂正する場合は、回答を直してください。' }], reason });
    const publicBase = services.config.PUBLIC_BASE_URL;
    const outcome = await withTenant(db, code(c), async (tx) => {
      const application = await findCase(tx, view.application.id);
      const department = application ? await departmentOf(tx, application.departmentCode) : null;
      const statusUrl = publicBase ? `${publicBase}${c.get('base')}/mypage/applications/${view.application.id}` : undefined;
      await correctAnswers(tx, { actor: c.get('staff')!, departmentId: department?.id ?? null, municipalityName: c.get('municipality')!.nameJa, municipalityNameEn: c.get('municipality')!.nameEn, statusUrl }, view.application.id, { answers: after, changes, reason, searchText: caseSearchText(view.definition!, after) });
      return 'done' as const;
    }).catch((error: unknown) => {
      if (error instanceof CaseStateError) return error.messageJa;
      throw error;
    });
    if (outcome !== 'done') return showForm(c, view, key, { raw, errors: [{ field: 'answer', message: outcome }], reason });
    return c.redirect(`${caseHref(c, view)}?done=corrected`, 303);
  });

  return app;
}
