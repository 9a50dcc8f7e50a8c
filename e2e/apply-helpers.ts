import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { demoStaff } from '../seeds/demo-municipalities.ts';
import { applications } from '../src/cases/schema.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { currentTotp } from '../src/platform/identity/totp.ts';
import { latestSignInCode } from '../test/resident-sign-in.ts';
import { checkPage, newContext, newPage, watchProblems } from './browser.ts';
import type { RunningTestServer } from './server.ts';

/**
 * Shared steps of the application-flow tests (e2e/apply-*.test.ts): a resident and a staff member,
 * each in their own browser context with JavaScript turned off, and every page they see checked
 * by checkPage (axe-core, console/CSP problems, screenshot on a 390 px phone for residents).
 */

export const TOWN_CODE = '143421';
export const TOWN = `/m/${TOWN_CODE}`;

export interface Actor {
  context: BrowserContext;
  page: Page;
  problems: string[];
  /** Screenshot names start with this; each checked page is numbered in the order it was seen. */
  prefix: string;
  seen: number;
  /** Title → the page name it was first checked under: a title belongs to one page only. */
  titles: Map<string, string>;
}

export async function openActor(browser: Browser, prefix: string, width?: number): Promise<Actor> {
  const context = await newContext(browser, { javaScript: false, width });
  const page = await newPage(context, false);
  return { context, page, problems: watchProblems(page), prefix, seen: 0, titles: new Map() };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Exactly this title (before the town's name, which every public page adds). */
export const titled = (title: string, suffix = '｜二宮町') => new RegExp(`^${escape(title)}${escape(suffix)}$`, 'u');

/**
 * checkPage, with the screenshot saved as `${prefix}-${nn}-${name}`. Two different pages may not
 * share a title; the same page seen again (in another state: `case:taken`) is named the same
 * before the colon.
 */
export async function check(actor: Actor, name: string, title: RegExp): Promise<void> {
  const actual = await actor.page.title();
  const pageName = name.split(':')[0]!;
  const earlier = actor.titles.get(actual);
  assert.ok(!earlier || earlier === pageName, `${actor.prefix} ${name}: title "${actual}" is also used by ${earlier}`);
  actor.titles.set(actual, pageName);
  actor.seen++;
  await checkPage(actor.page, `${actor.prefix}-${String(actor.seen).padStart(2, '0')}-${name.replace(':', '-')}`, { title }, actor.problems);
}

export const mainText = async (page: Page) => (await page.textContent('main'))!;

// ---------------------------------------------------------------------------------------------
// Files made in the test: a real PNG, JPEG and PDF, small enough to keep the sanitiser quick.

export interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export async function pngUpload(name: string, colour = '#2f7d4a'): Promise<Upload> {
  const buffer = await sharp({ create: { width: 120, height: 80, channels: 3, background: colour } }).png().toBuffer();
  return { name, mimeType: 'image/png', buffer };
}

export async function jpegUpload(name: string, colour = '#c8a040'): Promise<Upload> {
  const buffer = await sharp({ create: { width: 160, height: 120, channels: 3, background: colour } }).jpeg({ quality: 80 }).toBuffer();
  return { name, mimeType: 'image/jpeg', buffer };
}

export async function pdfUpload(name: string, line: string): Promise<Upload> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([298, 210]);
  page.drawText(line, { x: 24, y: 160, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(await pdf.save()) };
}

/** Text that claims to be a PNG: the sanitiser must refuse it by its bytes. */
export function fakePngUpload(name: string): Upload {
  return { name, mimeType: 'image/png', buffer: Buffer.from('これは画像ではありません。\n') };
}

// ---------------------------------------------------------------------------------------------
// Filling in the form's inputs by the ids the form engine gives them.

export async function fillName(page: Page, id: string, family: string, given: string): Promise<void> {
  await page.fill(`#${id}-family`, family);
  await page.fill(`#${id}-given`, given);
}

/** Year as typed: 1986, 平成8, R8 …; month and day as numbers. */
export async function fillDate(page: Page, id: string, year: string, month: number | string, day: number | string): Promise<void> {
  await page.fill(`#${id}-year`, year);
  await page.fill(`#${id}-month`, String(month));
  await page.fill(`#${id}-day`, String(day));
}

/** A radio or checkbox of a choice group, by its stored value. */
export async function choose(page: Page, id: string, value: string): Promise<void> {
  await page.check(`input[name="${id}"][value="${value}"]`);
}

/** 次へ進む; unless a mistake is meant (`expectError`), the page must not come back with errors. */
export async function continueButton(page: Page, expectError = false): Promise<void> {
  await page.click('main button[name="_action"][value="continue"]');
  const summary = page.locator('.error-summary');
  if (!expectError && (await summary.count()) > 0) assert.fail(`${await page.title()}: ${await summary.textContent()}`);
}

/** A date `days` from today on the Tokyo calendar, as 令和 year text plus month and day. */
export function reiwaDate(days: number): { year: string; month: number; day: number; iso: string } {
  const date = new Date(Date.now() + 9 * 3600_000 + days * 86_400_000);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return { year: `令和${y - 2018}`, month: m, day: d, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

// ---------------------------------------------------------------------------------------------
// The resident: from the procedure's page through sign-in (and the card, when needed) to page 1.

export interface StartOptions {
  slug: string;
  /** The plain title residents read; the legal name, when it differs, is beside it in the page title. */
  title: string;
  legalTitle?: string;
  email: string;
  /** A sample card holder of the local provider, for procedures that need assurance 'high'. */
  cardHolder?: RegExp;
}

export async function startApplication(actor: Actor, server: RunningTestServer, options: StartOptions): Promise<void> {
  const { page } = actor;
  await page.goto(`${server.publicUrl}${TOWN}/procedures/${options.slug}`);
  await check(actor, 'procedure', titled(options.legalTitle ? `${options.title}（${options.legalTitle}）` : options.title));
  await page.click('main a.button:has-text("申請を始める")');
  assert.match(page.url(), new RegExp(`${TOWN}/login\\?return=`), 'signed out, 申請を始める asks to sign in first');
  await check(actor, 'login', titled('サインイン'));
  await page.fill('#email', options.email);
  await page.click('main button[type=submit]');
  await check(actor, 'login-code', titled('確認コードの入力'));
  await page.fill('#code', await latestSignInCode(server.app.services.db, TOWN_CODE, options.email));
  await page.click('main button[type=submit]');
  if (options.cardHolder) {
    assert.equal(new URL(page.url()).pathname, `${TOWN}/procedures/${options.slug}/apply`);
    await check(actor, 'step-up', titled('追加の本人確認が必要です'));
    assert.match(await mainText(page), /マイナンバーカードによるサインイン/);
    await page.click('text=マイナンバーカードで本人確認する');
    await check(actor, 'card-holder', titled('マイナンバーカードで本人確認', '｜テスト用認証（本番では使用できません）'));
    await page.getByLabel(options.cardHolder).check();
    await page.getByRole('button', { name: 'この所有者として本人確認する' }).click();
    await check(actor, 'card-consent', titled('情報の提供への同意', '｜テスト用認証（本番では使用できません）'));
    await page.getByRole('button', { name: '同意して提供する' }).click();
  }
  assert.equal(new URL(page.url()).pathname, `${TOWN}/procedures/${options.slug}/apply`, 'back at the page asked for');
  await check(actor, 'start', titled(`申請を始める｜${options.title}`));
  await page.click('main button:has-text("申請を始める")');
  assert.match(page.url(), new RegExp(`${TOWN}/apply/[0-9a-f-]{36}/[a-z0-9-]+$`));
}

/** A page of the form: its title, then what `fill` types, then 次へ進む. */
export async function formPage(actor: Actor, procedureTitle: string, pageTitle: string, name: string, fill: (page: Page) => Promise<void>): Promise<void> {
  await check(actor, name, titled(`${pageTitle}｜${procedureTitle}`));
  await fill(actor.page);
  await continueButton(actor.page);
}

/**
 * The deliberate mistake: the page comes back with 「エラー：」 in the title, the summary and the
 * message at the field (linked by aria-describedby, aria-invalid set), and keeps what was typed.
 */
export async function expectFieldError(actor: Actor, procedureTitle: string, pageTitle: string, name: string, error: { field: string; input: string; message: string | RegExp; kept: Record<string, string> }): Promise<void> {
  const { page } = actor;
  await check(actor, `${name}-error`, titled(`エラー：${pageTitle}｜${procedureTitle}`));
  const message = typeof error.message === 'string' ? new RegExp(escape(error.message), 'u') : error.message;
  assert.match((await page.textContent('.error-summary'))!, message, 'the error summary names the problem');
  assert.equal(await page.getAttribute(`.error-summary a[href="#${error.input}"]`, 'href'), `#${error.input}`, 'the summary links to the input');
  assert.match((await page.textContent(`#${error.field}-error`))!, message, 'the message is at the field');
  assert.equal(await page.getAttribute(`#${error.input}`, 'aria-invalid'), 'true');
  const describedBy = (await page.getAttribute(`#${error.input}`, 'aria-describedby')) ?? (await page.locator(`fieldset:has(#${error.input})`).last().getAttribute('aria-describedby'));
  assert.ok(describedBy?.split(' ').includes(`${error.field}-error`), `the message is linked to ${error.input} (aria-describedby="${describedBy}")`);
  for (const [selector, value] of Object.entries(error.kept)) assert.equal(await page.inputValue(selector), value, `${selector} keeps what was typed`);
}

/** The check page: every expected answer is shown. */
export async function expectCheckPage(actor: Actor, procedureTitle: string, answers: (string | RegExp)[]): Promise<void> {
  await check(actor, 'check', titled(`申請内容の確認｜${procedureTitle}`));
  const text = await mainText(actor.page);
  for (const answer of answers) typeof answer === 'string' ? assert.ok(text.includes(answer), `the check page shows ${answer}`) : assert.match(text, answer);
}

/** 「変更」 of one answer on the check page: the page (checked under its `name`) opens, `fill` changes it, and 次へ進む returns to the check page. */
export async function changeFromCheck(actor: Actor, procedureTitle: string, rowLabel: string, pageTitle: string, name: string, fill: (page: Page) => Promise<void>): Promise<void> {
  const { page } = actor;
  await page.click(`main dl.answers > div:has(dt:text-is("${rowLabel}")) a:has-text("変更")`);
  assert.match(page.url(), /\?return=check$/);
  await check(actor, name, titled(`${pageTitle}｜${procedureTitle}`));
  assert.match((await page.getAttribute('a.back-link', 'href'))!, /\/check$/, '戻る from a change leads back to the check page');
  await fill(page);
  await continueButton(page);
  assert.match(page.url(), /\/check$/, 'after a change, back to the check page');
}

/** 戻る from the check page leads to the last page with its answers (and uploaded files, `shown`) kept; 次へ進む returns. */
export async function backFromCheck(actor: Actor, procedureTitle: string, pageTitle: string, name: string, kept: Record<string, string>, shown: string[] = []): Promise<void> {
  const { page } = actor;
  await page.click('main a.back-link');
  await check(actor, name, titled(`${pageTitle}｜${procedureTitle}`));
  for (const [selector, value] of Object.entries(kept)) assert.equal(await page.inputValue(selector), value, `${selector} kept after 戻る`);
  const text = await mainText(page);
  for (const item of shown) assert.ok(text.includes(item), `${item} is still on the page after 戻る`);
  await continueButton(page);
  assert.match(page.url(), /\/check$/);
}

/** Without the declaration, the check page says so; ticked, the application is sent and the 受付番号 shown. */
export async function declareAndSubmit(actor: Actor, procedureTitle: string): Promise<{ receipt: string; applicationId: string }> {
  const { page } = actor;
  await page.click('main form button[type=submit]');
  await check(actor, 'check-error', titled(`エラー：申請内容の確認｜${procedureTitle}`));
  assert.match((await page.textContent('#declaration-error'))!, /チェックを入れてください/);
  await page.check('#declaration');
  await page.click('main form button[type=submit]');
  assert.match(page.url(), new RegExp(`${TOWN}/apply/done/[0-9a-f-]{36}$`));
  await check(actor, 'done', titled(`申請を受け付けました｜${procedureTitle}`));
  const receipt = (await page.textContent('.receipt .figure'))!.trim();
  assert.match(receipt, /^\d{4}-\d{4}-\d{3}$/, '受付番号 as 4-4-3 digits');
  return { receipt, applicationId: page.url().split('/').at(-1)! };
}

// ---------------------------------------------------------------------------------------------
// The staff member of the handling department, in the internal zone.

/** The demo staff member (role 'staff') of a department of 二宮町: who handles its cases. */
export function demoStaffOf(department: string): { email: string; password: string } {
  const member = demoStaff.find((m) => m.municipalityCode === TOWN_CODE && m.role === 'staff' && (m.departments as readonly string[]).includes(department));
  assert.ok(member, `no demo staff member in ${department}`);
  return member;
}

export async function staffSignIn(actor: Actor, server: RunningTestServer, department: string): Promise<void> {
  const { email, password } = demoStaffOf(department);
  const { page } = actor;
  const staffTitle = (title: string) => titled(title, '｜二宮町 職員用');
  await page.goto(`${server.internalUrl}${TOWN}/login`);
  await check(actor, 'staff-login', staffTitle('サインイン'));
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('main button[type=submit]');
  await check(actor, 'staff-enrol', /^二要素認証の登録/);
  const secret = (await page.textContent('[data-totp-secret]'))!.trim();
  await page.fill('#code', currentTotp(secret));
  await page.click('main button[type=submit]');
  await check(actor, 'staff-recovery-codes', /^回復コードの保管/);
  await page.click('text=保管しました。ダッシュボードへ進む');
  await check(actor, 'staff-dashboard', staffTitle('ダッシュボード'));
}

const caseTitle = (procedureTitle: string, receipt: string) => titled(`${procedureTitle}（受付番号 ${receipt}）`, '｜二宮町 職員用');

/**
 * Finds the application in the inbox, reads the answers, opens every attachment (served as the
 * sanitised image or PDF, never as a page), takes the case and asks for a 補正.
 */
export async function staffRequestsCorrection(actor: Actor, procedureTitle: string, receipt: string, expect: { answers: (string | RegExp)[]; attachments: number; message: string }): Promise<void> {
  const { page } = actor;
  await page.click('nav >> text=申請の処理');
  await check(actor, 'inbox', titled('申請の処理', '｜二宮町 職員用'));
  const row = page.locator('tbody tr', { has: page.locator(`a:text-is("${receipt}")`) });
  assert.match((await row.textContent())!, new RegExp(`${escape(procedureTitle)}.*オンライン.*受付済.*（未定）`, 'u'));
  await row.locator('a').click();
  await check(actor, 'case', caseTitle(procedureTitle, receipt));
  const text = await mainText(page);
  for (const answer of expect.answers) typeof answer === 'string' ? assert.ok(text.includes(answer), `the case page shows ${answer}`) : assert.match(text, answer);
  await openAttachments(actor, expect.attachments);

  await page.click('main form[action$="/actions/take"] button');
  assert.match(page.url(), /\?done=take$/);
  await check(actor, 'case:taken', caseTitle(procedureTitle, receipt));
  assert.match(await mainText(page), /この申請の担当者になりました/);
  assert.match((await page.textContent('.case-summary'))!, /審査中/);

  await page.click('main form[action$="/actions/request_correction"] button');
  await check(actor, 'case-correction-error', titled(`エラー：${procedureTitle}（受付番号 ${receipt}）`, '｜二宮町 職員用'));
  assert.match((await page.textContent('#correction-message-error'))!, /補正を依頼する内容を入力してください/);
  await page.fill('#correction-message', expect.message);
  await page.click('main form[action$="/actions/request_correction"] button');
  assert.match(page.url(), /\?done=request_correction$/);
  await check(actor, 'case:correction-sent', caseTitle(procedureTitle, receipt));
  assert.match((await page.textContent('.case-summary'))!, /補正依頼/);
  assert.ok((await mainText(page)).includes(expect.message), 'the request is in the history');
}

/** Every attachment link of the case page answers with the sanitised file, sandboxed. */
async function openAttachments(actor: Actor, expected: number): Promise<string[]> {
  const links = actor.page.locator('main ul.attachment-list a');
  assert.equal(await links.count(), expected, `${expected} attachment link(s)`);
  const types: string[] = [];
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    const response = await actor.context.request.get(href);
    assert.equal(response.status(), 200, `attachment ${href}`);
    const type = response.headers()['content-type']!;
    assert.match(type, /^(image\/(png|jpeg)|application\/pdf)$/, 'a sanitised image or PDF');
    assert.match(response.headers()['content-security-policy']!, /sandbox/);
    assert.equal(response.headers()['x-content-type-options'], 'nosniff');
    const body = await response.body();
    if (type === 'application/pdf') assert.equal(body.subarray(0, 5).toString(), '%PDF-');
    else assert.ok((await sharp(body).metadata()).width! > 0, 'the image decodes');
    types.push(type);
  }
  return types;
}

/** The resident's answer is shown and flagged; the new file opens; 完了にする with a message. */
export async function staffCompletes(actor: Actor, procedureTitle: string, receipt: string, expect: { answer: string; attachments: number; message: string }): Promise<void> {
  const { page } = actor;
  await page.click('nav >> text=申請の処理');
  await check(actor, 'inbox', titled('申請の処理', '｜二宮町 職員用'));
  await page.click('main a.card-link:has-text("補正への回答が届いた申請")');
  await check(actor, 'inbox:answered', titled('申請の処理', '｜二宮町 職員用'));
  const row = page.locator('tbody tr', { has: page.locator(`a:text-is("${receipt}")`) });
  assert.match((await row.textContent())!, /審査中（補正回答あり）/);
  await row.locator('a').click();
  await check(actor, 'case:answered', caseTitle(procedureTitle, receipt));
  const text = await mainText(page);
  assert.ok(text.includes(expect.answer), 'the resident’s answer is in the history');
  assert.match(text, /補正への回答 1回目/, 'the new file is marked as sent with the answer');
  await openAttachments(actor, expect.attachments);
  await page.fill('#complete-message', expect.message);
  await page.click('main form[action$="/actions/complete"] button');
  assert.match(page.url(), /\?done=complete$/);
  await check(actor, 'case:completed', caseTitle(procedureTitle, receipt));
  assert.match((await page.textContent('.case-summary'))!, /完了/);
}

// ---------------------------------------------------------------------------------------------
// The resident in マイページ.

async function openStatus(actor: Actor, server: RunningTestServer, receipt: string, procedureTitle: string, status: RegExp): Promise<void> {
  const { page } = actor;
  await page.goto(`${server.publicUrl}${TOWN}/mypage`);
  await check(actor, 'mypage', titled('マイページ'));
  await page.click(`main a[href$="/mypage/applications"]`);
  await check(actor, 'applications', titled('申請の一覧'));
  const row = page.locator('tbody tr', { has: page.getByRole('cell', { name: receipt, exact: true }) });
  assert.match((await row.textContent())!, status);
  await row.locator(`a:text-is("${procedureTitle}")`).click();
  await check(actor, 'status', titled(`申請の状況（${receipt}）`));
}

/** 補正依頼 in the list and on the status page; the answer with a message and a new file. */
export async function residentAnswersCorrection(actor: Actor, server: RunningTestServer, receipt: string, procedureTitle: string, answer: { request: string; message: string; file: Upload }): Promise<void> {
  const { page } = actor;
  await openStatus(actor, server, receipt, procedureTitle, /補正依頼（回答をお願いします）/);
  const text = await mainText(page);
  assert.match(text, /現在の状況補正依頼/);
  assert.ok(text.includes(answer.request), 'the staff member’s request is shown');
  await page.fill('#message', answer.message);
  await page.setInputFiles('#file', answer.file);
  await page.click('main form[action$="/correction"] button[type=submit]');
  assert.match(page.url(), /\?done=answered$/);
  await check(actor, 'status:answered', titled(`申請の状況（${receipt}）`));
  assert.match(await mainText(page), /補正への回答を送りました/);
  assert.match(await mainText(page), /現在の状況審査中/);
  assert.ok((await mainText(page)).includes(`補正で追加した書類：${answer.file.name.replace(/\.[^.]*$/u, '')}`), 'the new file is listed');
}

export async function residentSeesCompleted(actor: Actor, server: RunningTestServer, receipt: string, procedureTitle: string, message: string): Promise<void> {
  await openStatus(actor, server, receipt, procedureTitle, /完了/);
  const text = await mainText(actor.page);
  assert.match(text, /現在の状況完了/);
  assert.ok(text.includes(message), 'the message sent with 完了 is shown');
  assert.doesNotMatch(text, /申請の取下げ/, 'a completed application cannot be withdrawn');
}

/** Applications of a resident's e-mail address in the database. */
export async function applicationsOf(server: RunningTestServer, email: string): Promise<{ receiptNumber: string; status: string }[]> {
  return withTenant(server.app.services.db, TOWN_CODE, (tx) =>
    tx.select({ receiptNumber: applications.receiptNumber, status: applications.status }).from(applications).where(and(eq(applications.municipalityCode, TOWN_CODE), eq(applications.contactEmail, email))),
  );
}
