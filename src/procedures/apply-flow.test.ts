import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInResident } from '../../test/resident-sign-in.ts';
import type { TestBrowser } from '../../test/http-client.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { applicationAttachments, applications } from '../cases/schema.ts';
import { fiscalYearOf } from '../cases/retention-date.ts';
import { tokyoDate } from '../platform/calendar/business-days.ts';
import { formatBothCalendars } from '../forms/inputs/wareki-date.ts';
import { mailMessages } from '../platform/mail/schema.ts';

const BASE = '/m/143421';

async function photo(): Promise<File> {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0ffee' } }).jpeg().toBuffer();
  return new File([bytes], 'shindan.jpg', { type: 'image/jpeg' });
}

describe('applying online for 妊娠の届出', () => {
  let t: TestApp;
  let browser: TestBrowser;
  before(async () => {
    t = await createTestApp();
    browser = await signInResident(t.publicApp, t.services.db, 'hanako@example.jp');
  });
  after(() => t.close());

  async function startDraft(): Promise<string> {
    const started = await browser.submit(`${BASE}/procedures/ninshin-todokede/apply`, `${BASE}/procedures/ninshin-todokede/apply`, {});
    assert.equal(started.status, 303);
    const location = started.headers.get('location')!;
    assert.match(location, /\/apply\/[0-9a-f-]{36}\/todokede-nin$/u);
    return location.split('/').at(-2)!;
  }

  it('lists the procedure in the catalog and finds it by words in any width', async () => {
    const list = await (await browser.get(`${BASE}/procedures`)).text();
    assert.match(list, /妊娠の届出/u);
    const found = await (await browser.get(`${BASE}/procedures?q=${encodeURIComponent('妊娠　届出')}`)).text();
    assert.match(found, /妊娠の届出/u);
  });

  it('goes page by page, keeps answers on errors, converts フリガナ and 和暦, and submits once', async () => {
    const draft = await startDraft();
    const page1 = `${BASE}/apply/${draft}/todokede-nin`;
    const bad = await browser.submitMultipart(page1, page1, [
      ['name-family', '二宮'], ['name-given', '花子'], ['kana-family', 'にのみや'], ['kana-given', 'ﾊﾅｺ'],
      ['birthDate-year', '平成31'], ['birthDate-month', '5'], ['birthDate-day', '1'], ['_action', 'continue'],
    ]);
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /<title>エラー：/u);
    assert.match(badHtml, /平成は31年4月30日まで/u);
    assert.match(badHtml, /郵便番号を入力してください/u);
    assert.match(badHtml, /value="二宮"/u, 'what was typed is kept');

    const lookup = await browser.submitMultipart(page1, page1, [['postalCode', '２５９－０１２３'], ['_action', 'lookup:postalCode']]);
    assert.match(await lookup.text(), /神奈川県中郡二宮町二宮/u);

    const good = await browser.submitMultipart(page1, page1, [
      ['name-family', '二宮'], ['name-given', '花子'], ['kana-family', 'にのみや'], ['kana-given', 'ﾊﾅｺ'],
      ['birthDate-year', '平成2'], ['birthDate-month', '4'], ['birthDate-day', '1'], ['postalCode', '2590123'],
      ['address', '神奈川県中郡二宮町二宮1240-10'], ['phone', '０９０ー１２３４ー５６７８'], ['_action', 'continue'],
    ]);
    assert.equal(good.status, 303);
    assert.equal(good.headers.get('location'), `${BASE}/apply/${draft}/ninshin`);
    const back = await (await browser.get(page1)).text();
    assert.match(back, /value="ニノミヤ"/u);
    assert.match(back, /value="1990"/u);

    const page2 = `${BASE}/apply/${draft}/ninshin`;
    const due = new Date(Date.now() + 120 * 86400_000).toISOString().slice(0, 10).split('-');
    const next = await browser.submitMultipart(page2, page2, [
      ['dueDate-year', due[0]!], ['dueDate-month', due[1]!], ['dueDate-day', due[2]!],
      ['diagnosisDate-year', 'R7'], ['diagnosisDate-month', '10'], ['diagnosisDate-day', '1'],
      ['clinic', '湘南レディースクリニック'], ['babies', '1'], ['firstPregnancy', 'yes'], ['_action', 'continue'],
    ]);
    assert.equal(next.status, 303);

    const page3 = `${BASE}/apply/${draft}/kenko`;
    const refused = await browser.submitMultipart(page3, page3, [['hasWorries', 'yes'], ['worries', '<script>alert(1)</script>つわりが重いです'], ['diagnosisDocument-upload', new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], 'shindan.jpg', { type: 'image/jpeg' })], ['_action', 'continue']]);
    assert.equal(refused.status, 400, 'a disguised program is refused');
    const refusedHtml = await refused.text();
    assert.match(refusedHtml, /形式は受け付けられません/u);
    assert.match(refusedHtml, /つわりが重いです/u, 'the text answer is kept');
    assert.doesNotMatch(refusedHtml, /<script>alert/u);

    const uploaded = await browser.submitMultipart(page3, page3, [['hasWorries', 'yes'], ['worries', 'つわりが重いです'], ['diagnosisDocument-upload', await photo()], ['_action', 'continue']]);
    assert.equal(uploaded.status, 303);
    assert.equal(uploaded.headers.get('location'), `${BASE}/apply/${draft}/check`);

    const check = await (await browser.get(`${BASE}/apply/${draft}/check`)).text();
    assert.match(check, /平成2年（1990年）4月1日/u);
    assert.match(check, /〒259-0123/u);
    assert.match(check, /shindan\.jpg/u);

    const noDeclaration = await browser.submit(`${BASE}/apply/${draft}/check`, `${BASE}/apply/${draft}/submit`, {});
    assert.equal(noDeclaration.status, 400);

    const [first, second] = await Promise.all([
      browser.submit(`${BASE}/apply/${draft}/check`, `${BASE}/apply/${draft}/submit`, { declaration: 'yes' }),
      browser.submit(`${BASE}/apply/${draft}/check`, `${BASE}/apply/${draft}/submit`, { declaration: 'yes' }),
    ]);
    assert.equal(first.status, 303);
    assert.equal(second.status, 303);
    assert.equal(first.headers.get('location'), second.headers.get('location'), 'a double-clicked submit lands on the same receipt');

    const rows = await withTenant(t.services.db, '143421', (tx) => tx.select().from(applications).where(eq(applications.idempotencyKey, draft)));
    assert.equal(rows.length, 1);
    const application = rows[0]!;
    assert.match(application.receiptNumber, /^\d{4}-\d{4}-\d{3}$/u);
    assert.equal(application.status, 'received');
    const files = await withTenant(t.services.db, '143421', (tx) => tx.select().from(applicationAttachments).where(eq(applicationAttachments.applicationId, application.id)));
    assert.equal(files.length, 1);
    const stored = await t.services.files.get(files[0]!.storageKey!);
    assert.equal(stored?.contentType, 'image/jpeg');

    const done = await (await browser.get(first.headers.get('location')!)).text();
    assert.ok(done.includes(application.receiptNumber), done.slice(done.indexOf('<main'), done.indexOf('<main') + 800));
    const mails = await t.services.db.select().from(mailMessages).where(eq(mailMessages.toAddress, 'hanako@example.jp'));
    assert.ok(mails.some((m) => m.subject.includes(application.receiptNumber)), `the receipt number is mailed: ${mails.map((m) => m.subject).join(' / ')}`);

    const retried = await browser.submit(`${BASE}/mypage`, `${BASE}/apply/${draft}/submit`, { declaration: 'yes' });
    assert.equal(retried.headers.get('location'), first.headers.get('location'), 'a retried POST after success returns the same receipt');
  });

  it('refuses another resident’s draft', async () => {
    const draft = await startDraft();
    const other = await signInResident(t.publicApp, t.services.db, 'someone-else@example.jp');
    const response = await other.get(`${BASE}/apply/${draft}/todokede-nin`);
    assert.equal(response.status, 404);
  });
});

describe('after submitting: status, correction, withdrawal and the PDF copy in マイページ', () => {
  let t: TestApp;
  let browser: TestBrowser;
  before(async () => {
    t = await createTestApp();
    browser = await signInResident(t.publicApp, t.services.db, 'taro@example.jp');
  });
  after(() => t.close());

  it('shows the status, takes a correction answer with a file, gives a PDF, and withdraws', async () => {
    const { submitApplication } = await import('../cases/submit-application.ts');
    const { residents } = await import('../platform/identity/schema.ts');
    const [resident] = await t.services.db.select().from(residents).where(eq(residents.email, 'taro@example.jp'));
    const { application } = await withTenant(t.services.db, '143421', (tx) =>
      submitApplication(tx, {
        municipalityCode: '143421', municipalityName: '二宮町', idempotencyKey: crypto.randomUUID(),
        procedure: { id: crypto.randomUUID(), slug: 'ninshin-todokede', title: '妊娠の届出', departmentCode: 'kosodate', processingDays: 3, retentionYears: 5 },
        version: 1, answers: { name: { family: '二宮', given: '太郎' } }, files: [], channel: 'online', residentId: resident!.id, contactEmail: 'taro@example.jp',
      }),
    );
    const url = `${BASE}/mypage/applications/${application.id}`;
    const list = await (await browser.get(`${BASE}/mypage/applications`)).text();
    assert.ok(list.includes(application.receiptNumber));
    const status = await (await browser.get(url)).text();
    assert.match(status, /受付済/u);

    await withTenant(t.services.db, '143421', (tx) => tx.update(applications).set({ status: 'correction_requested' }).where(eq(applications.id, application.id)));
    const empty = await browser.submitMultipart(url, `${url}/correction`, [['message', '']]);
    assert.equal(empty.status, 400);
    const answered = await browser.submitMultipart(url, `${url}/correction`, [['message', '母子健康手帳の写しを添付します'], ['file', await photo()]]);
    assert.equal(answered.status, 303);
    const after = await (await browser.get(url)).text();
    assert.match(after, /審査中/u);
    assert.match(after, /補正1回目/u);

    const pdf = await browser.get(`${url}/copy.pdf`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');

    assert.match(after, new RegExp(`href="${url}/withdraw"`), 'the status page links to the confirmation, it does not withdraw at once');
    const confirm = await (await browser.get(`${url}/withdraw`)).text();
    assert.match(confirm, /申請を取り下げますか/u);
    assert.match(confirm, /元に戻せません/u);
    assert.match(confirm, new RegExp(`href="${url}">取り下げない`), 'a way back without withdrawing');
    const withdrawn = await browser.submit(`${url}/withdraw`, `${url}/withdraw`, { reason: '転出のため' });
    assert.equal(withdrawn.status, 303);
    const closed = await (await browser.get(url)).text();
    assert.match(closed, /取下げ/u);
    const [decided] = await t.services.db.select({ decidedAt: applications.decidedAt }).from(applications).where(eq(applications.id, application.id));
    // Withdrawn today, kept 5 years from 1 April of the next fiscal year: to 31 March six years on.
    const keptUntil = `${fiscalYearOf(tokyoDate(decided!.decidedAt!)) + 6}-03-31`;
    assert.ok(closed.includes(`個人情報の保存期限</dt><dd>${formatBothCalendars(keptUntil)}まで保存し、その後、申請内容などの個人情報を削除します。`), 'the resident sees until when the data is kept');
    const again = await browser.submit(`${BASE}/mypage`, `${url}/withdraw`, {});
    assert.equal(again.status, 409, 'a decided application cannot be withdrawn');

    const stranger = await signInResident(t.publicApp, t.services.db, 'stranger@example.jp');
    assert.equal((await stranger.get(url)).status, 404, 'another resident cannot see it');
  });
});
