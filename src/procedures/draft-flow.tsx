import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../platform/http/app-env.ts';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Queryable } from '../platform/db/database.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import type { FileStore } from '../platform/storage/file-store.ts';
import type { FieldError } from '../views/form-fields.tsx';
import { uploadedFiles, type LoadedDraft } from './apply-context.ts';
import { PREFILLED_KEY, positionOf, prefilledFields } from './apply-flow.ts';
import type { FieldWarning } from '../forms/field-checks.ts';
import { checkAnswers, incompletePages } from '../forms/validate-answers.ts';
import { pagesAfter } from '../forms/page-estimate.ts';
import { canonicalJson } from '../platform/text/canonical-json.ts';
import { CheckPage } from './check-page.tsx';
import { saveDraft } from './drafts.ts';
import type { RawValues } from '../forms/answers.ts';
import { isPersonName } from '../forms/answers.ts';
import { applicableAnswers, visiblePages } from '../forms/conditions.ts';
import { answerSections } from '../forms/format-answer.ts';
import { itemCount, pageToRaw } from '../forms/page-values.ts';
import { FormPage } from '../forms/render-page.tsx';
import { formatBothCalendars } from '../forms/inputs/wareki-date.ts';
import { submitPage } from './page-submission.ts';
import { readPageBody } from '../forms/read-page-body.ts';
import { plainTitleOf } from '../forms/procedure-names.ts';
import { caseSearchText } from '../forms/search-text.ts';

/**
 * The steps of filling in a draft, shared by the resident's online flow and the counter
 * (書かない窓口): each route file decides who owns the draft and which layout frames the page.
 */
export interface PageView {
  title: string;
  body: Child;
  status: ContentfulStatusCode;
}

export interface FlowLinks {
  /** The draft's own path, e.g. /m/143421/apply/{draftId}. */
  base: string;
  /** Where 戻る leads from the first page. */
  exitHref: string;
  csrfToken: string;
  /** Staff at the counter name the procedure by its legal name; residents read the plain title. */
  legalName?: boolean;
}

function procedureName(loaded: LoadedDraft, links: FlowLinks): string {
  return links.legalName ? loaded.definition.title : plainTitleOf(loaded.definition);
}

export interface PageState {
  raw?: RawValues;
  errors?: FieldError[];
  warnings?: FieldWarning[];
  notes?: Record<string, string>;
  count?: number;
  answers?: LoadedDraft['answers'];
  files?: LoadedDraft['files'];
}

function errorTitle(title: string, errors: FieldError[]): string {
  return errors.length > 0 ? `エラー：${title}` : title;
}

function formatLocked(value: unknown): string {
  if (isPersonName(value)) return `${value.family}　${value.given}`;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value) ? formatBothCalendars(value) : String(value ?? '');
}

/** Card answers the resident has since changed are theirs, no longer the card's. */
function stillFromCard(prefilled: string[], before: LoadedDraft['answers'], after: LoadedDraft['answers']): string[] {
  return prefilled.filter((name) => canonicalJson(before[name] ?? null) === canonicalJson(after[name] ?? null));
}

/** One page of the form with what was typed, its errors and where 戻る leads; undefined if the page does not apply. */
export function formPageView(loaded: LoadedDraft, pageId: string, state: PageState, links: FlowLinks, returnToCheck: boolean): PageView | undefined {
  const answers = state.answers ?? loaded.answers;
  const position = positionOf(loaded.definition, pageId, answers);
  if (!position) return undefined;
  const prefilled = prefilledFields(answers);
  const locked = Object.fromEntries(position.page.fields.filter((f) => f.prefillLocked && prefilled.includes(f.name)).map((f) => [f.name, formatLocked(answers[f.name])]));
  const cardNotes = Object.fromEntries(prefilled.filter((name) => !(name in locked)).map((name) => [name, 'マイナンバーカードの情報から入力しました。必要に応じて変更できます。']));
  const notes = { ...cardNotes, ...loaded.fieldNotes, ...state.notes };
  const errors = state.errors ?? [];
  return {
    title: errorTitle(`${position.page.title}｜${procedureName(loaded, links)}`, errors),
    status: errors.length ? 400 : 200,
    body: (
      <FormPage
        page={position.page}
        raw={state.raw ?? pageToRaw(position.page, answers)}
        answers={answers}
        errors={errors}
        warnings={state.warnings}
        action={`${links.base}/${position.page.id}${returnToCheck ? '?return=check' : ''}`}
        csrfToken={links.csrfToken}
        progress={{ current: position.index + 1, remaining: pagesAfter(loaded.definition, position.page.id, answers) }}
        backHref={returnToCheck ? `${links.base}/check` : position.previous ? `${links.base}/${position.previous.id}` : links.exitHref}
        files={uploadedFiles(state.files ?? loaded.files)}
        notes={notes}
        locked={locked}
        itemCount={state.count ?? itemCount(position.page, answers)}
      />
    ),
  };
}

export type SavedPage = { kind: 'show'; state: PageState } | { kind: 'next'; href: string } | { kind: 'stopped' };

/** Saves what was sent for one page and says what comes next: the same page with errors, the next page, the check page, or a pause. */
export async function savePage(db: Queryable, store: FileStore, municipalityCode: string, loaded: LoadedDraft, pageId: string, form: FormData, toCheck: boolean, base: string): Promise<SavedPage | undefined> {
  const position = positionOf(loaded.definition, pageId, loaded.answers);
  if (!position) return undefined;
  const submitted = await readPageBody(form);
  const prefilled = prefilledFields(loaded.answers);
  // A locked value is shown as text, not as inputs: read it as the card gave it, whatever was posted.
  const locked = position.page.fields.filter((field) => field.prefillLocked && prefilled.includes(field.name));
  if (locked.length > 0) Object.assign(submitted.raw, pageToRaw({ ...position.page, fields: locked }, loaded.answers));
  const outcome = await submitPage({ definition: loaded.definition, page: position.page, saved: loaded.answers, files: loaded.files, submitted, store, keyPrefix: `${municipalityCode}/drafts/${loaded.draft.id}` });
  // A value the card vouches for and the law fixes is kept as the card gave it.
  for (const field of position.page.fields) if (field.prefillLocked && prefilled.includes(field.name)) outcome.answers[field.name] = loaded.answers[field.name]!;
  outcome.answers[PREFILLED_KEY] = stillFromCard(prefilled, loaded.answers, outcome.answers);
  await withTenant(db, municipalityCode, (tx) => saveDraft(tx, loaded.draft.id, { answers: outcome.answers, files: outcome.files }));
  if (outcome.kind === 'show') return { kind: 'show', state: { raw: outcome.raw, errors: outcome.errors, warnings: outcome.warnings, notes: outcome.notes, count: outcome.count, answers: outcome.answers, files: outcome.files } };
  if (outcome.stay) return { kind: 'stopped' };
  const after = positionOf(loaded.definition, position.page.id, outcome.answers);
  const next = toCheck || submitted.raw._return === 'check' || !after?.next ? `${base}/check` : `${base}/${after.next.id}`;
  return { kind: 'next', href: next };
}

/** The answer to one page's POST, for either flow: the page again with errors, the next page, or the pause page. */
export async function answerPage(
  c: Context<AppEnv>,
  loaded: LoadedDraft,
  deps: { db: Queryable; store: FileStore; links: FlowLinks; show: (view: PageView | undefined) => Response | Promise<Response>; stoppedHref: string },
): Promise<Response> {
  const pageId = c.req.param('pageId')!;
  const toCheck = c.req.query('return') === 'check';
  const saved = await savePage(deps.db, deps.store, c.get('municipality')!.code, loaded, pageId, await c.req.formData(), toCheck, deps.links.base);
  if (!saved) return c.notFound();
  if (saved.kind === 'show') return deps.show(formPageView(loaded, pageId, saved.state, deps.links, toCheck));
  return c.redirect(saved.kind === 'stopped' ? deps.stoppedHref : saved.href, 303);
}

/** 申請内容の確認 with 変更 links; the counter adds its identity-check questions through `extra`. */
export function checkPageView(loaded: LoadedDraft, errors: FieldError[], links: FlowLinks, options: { extra?: Child; submitLabel?: string; declaration?: string } = {}): PageView {
  const pages = visiblePages(loaded.definition, loaded.answers);
  const fileName = (id: string) => loaded.files[id]?.filename ?? '（ファイル）';
  return {
    title: errorTitle(`申請内容の確認｜${procedureName(loaded, links)}`, errors),
    status: errors.length ? 400 : 200,
    body: (
      <CheckPage
        title={procedureName(loaded, links)}
        sections={answerSections(loaded.definition, loaded.answers, fileName)}
        fromCard={prefilledFields(loaded.answers)}
        changeHref={(pageId) => `${links.base}/${pageId}?return=check`}
        action={`${links.base}/submit`}
        csrfToken={links.csrfToken}
        declaration={options.declaration ?? loaded.definition.declaration ?? '申請内容に相違ありません。'}
        errors={errors}
        backHref={`${links.base}/${pages.at(-1)?.id}`}
        submitLabel={options.submitLabel}
        extra={options.extra}
      />
    ),
  };
}

/** The first page that would not pass as saved: the check page sends the person there. */
export function firstIncompletePage(loaded: LoadedDraft): string | undefined {
  return incompletePages(loaded.definition, loaded.answers)[0]?.pageId;
}

function labelOf(loaded: LoadedDraft, fieldName: string): string {
  for (const page of loaded.definition.pages) for (const field of page.fields) if (field.name === fieldName) return field.label;
  return '添付ファイル';
}

/** Files still named in the answers (a file removed from an answer is not sent). */
export function referencedFiles(loaded: LoadedDraft, answers: unknown): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string' && loaded.files[value]) ids.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(answers);
  return ids;
}

/** The unusual answers the resident confirmed, for staff to see on the case. */
function confirmedWarningsOf(loaded: LoadedDraft) {
  return checkAnswers(loaded.definition, loaded.answers).flatMap((page) => page.allWarnings.map((warning) => ({ question: warning.question, message: warning.message })));
}

/** What a finished draft hands to submitApplication: the procedure, the answers that apply, their files and the confirmed warnings. */
export function submissionOf(loaded: LoadedDraft) {
  const answers = applicableAnswers(loaded.definition, loaded.answers);
  const referenced = referencedFiles(loaded, answers);
  const d = loaded.definition;
  return {
    idempotencyKey: loaded.draft.id,
    procedure: { id: loaded.procedure.id, slug: loaded.procedure.slug, title: d.title, plainTitle: d.plainTitle, departmentCode: d.department, processingDays: d.processingDays, retentionYears: d.retentionYears },
    version: loaded.draft.version,
    answers,
    searchText: caseSearchText(d, answers),
    files: Object.values(loaded.files).filter((file) => referenced.has(file.id)).map((file) => ({ ...file, label: labelOf(loaded, file.field) })),
    confirmedWarnings: confirmedWarningsOf(loaded),
  };
}
