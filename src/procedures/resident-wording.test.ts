import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInResident } from '../../test/resident-sign-in.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import type { TestBrowser } from '../../test/http-client.ts';
import { formatDateTime } from '../platform/calendar/japanese-dates.ts';
import { formatBothCalendars } from '../forms/inputs/wareki-date.ts';
import { mailMessages } from '../platform/mail/schema.ts';
import { applicationAttachments, applications, type ApplicationRow } from '../cases/schema.ts';
import { formatFileSize } from '../views/format-size.ts';

const BASE = '/m/143421';
const EMAIL = 'wording@example.jp';
/** 和暦 with 西暦 and a time: 令和8年（2026年）11月24日 14:05. */
const BOTH_CALENDARS_TIME = /(?:令和|平成)(?:元|\d+)年（\d{4}年）\d{1,2}月\d{1,2}日 \d{2}:\d{2}/u;

/** A phone photo: large as uploaded, much smaller once sanitising has re-encoded it. */
async function phonePhoto(): Promise<File> {
  const raw = randomBytes(1200 * 900 * 3);
  const bytes = await sharp(raw, { raw: { width: 1200, height: 900, channels: 3 } }).jpeg({ quality: 100, chromaSubsampling: '4:4:4' }).toBuffer();
  return new File([bytes], '写真.jpg', { type: 'image/jpeg' });
}

describe('what residents read: names, dates and sizes the same on pages and in mail', () => {
  let t: TestApp;
  let resident: TestBrowser;
  let application: ApplicationRow;
  let photo: File;
  let formPage: string;

  before(async () => {
    t = await createTestApp();
    resident = await signInResident(t.publicApp, t.services.db, EMAIL);
    photo = await phonePhoto();
    const started = await resident.submit(`${BASE}/procedures/ninshin-todokede/apply`, `${BASE}/procedures/ninshin-todokede/apply`, {});
    const draft = started.headers.get('location')!.split('/').at(-2)!;
    const page = (id: string) => `${BASE}/apply/${draft}/${id}`;
    const due = new Date(Date.now() + 120 * 86400_000).toISOString().slice(0, 10).split('-');
    await resident.submitMultipart(page('todokede-nin'), page('todokede-nin'), [
      ['name-family', '二宮'], ['name-given', '花子'], ['kana-family', 'にのみや'], ['kana-given', 'はなこ'],
      ['birthDate-year', '平成2'], ['birthDate-month', '4'], ['birthDate-day', '1'], ['postalCode', '2590123'],
      ['address', '神奈川県中郡二宮町二宮1240-10'], ['phone', '090-1234-5678'], ['_action', 'continue'],
    ]);
    await resident.submitMultipart(page('ninshin'), page('ninshin'), [
      ['dueDate-year', due[0]!], ['dueDate-month', due[1]!], ['dueDate-day', due[2]!],
      ['diagnosisDate-year', 'R7'], ['diagnosisDate-month', '10'], ['diagnosisDate-day', '1'],
      ['clinic', '湘南レディースクリニック'], ['babies', '1'], ['firstPregnancy', 'yes'], ['_action', 'continue'],
    ]);
    const uploaded = await resident.submitMultipart(page('kenko'), page('kenko'), [['hasWorries', 'no'], ['diagnosisDocument-upload', photo], ['_action', 'continue']]);
    assert.equal(uploaded.status, 303);
    formPage = await (await resident.get(page('kenko'))).text();
    const submitted = await resident.submit(page('check'), `${BASE}/apply/${draft}/submit`, { declaration: 'yes' });
    assert.equal(submitted.status, 303);
    [application] = await t.services.db.select().from(applications).where(eq(applications.idempotencyKey, draft)) as [ApplicationRow];
  });
  after(() => t.close());

  const mailsTo = async () => (await t.services.db.select().from(mailMessages).where(eq(mailMessages.toAddress, EMAIL))).map((m) => m.bodyText);

  it('stores the plain title with the application and shows it first to the resident', async () => {
    assert.equal(application.procedureTitle, '妊娠の届出', 'staff and exports keep the legal name');
    assert.equal(application.procedurePlainTitle, '妊娠を届け出る（母子健康手帳の交付）');
    const list = await (await resident.get(`${BASE}/mypage/applications`)).text();
    assert.match(list, />妊娠を届け出る（母子健康手帳の交付）<\/a>/u);
    const status = await (await resident.get(`${BASE}/mypage/applications/${application.id}`)).text();
    assert.match(status, /<h1>妊娠を届け出る（母子健康手帳の交付）<\/h1>\s*<p class="legal-name">正式名称：妊娠の届出<\/p>/u);
    const start = await (await resident.get(`${BASE}/procedures/risai-shomeisho`)).text();
    assert.match(start, /<title>罹災証明書を申請する（罹災証明書の交付申請）｜二宮町<\/title>/u);
  });

  it('writes the receipt mail in the words and date format of the pages, without 「申請の申請」', async () => {
    const receipt = (await mailsTo()).find((text) => text.includes(application.receiptNumber))!;
    assert.ok(receipt, 'the receipt mail');
    assert.match(receipt, /手続き：妊娠を届け出る（母子健康手帳の交付）\n（正式名称：妊娠の届出）/u);
    assert.ok(receipt.includes(`受付日時：${formatDateTime(application.submittedAt)}`), receipt);
    assert.match(receipt, BOTH_CALENDARS_TIME);
    assert.ok(receipt.includes(`処理の目安：${formatBothCalendars(application.dueDate)}ごろ`), receipt);
    assert.doesNotMatch(receipt, /\d{4}[-/]\d{1,2}[-/]\d{1,2}/u, 'no 2026-11-24 or 2026/11/24');
    assert.doesNotMatch(receipt, /の申請の申請|申請の申請|届出の申請/u);
    const status = await (await resident.get(`${BASE}/mypage/applications/${application.id}`)).text();
    assert.ok(status.includes(formatDateTime(application.submittedAt)), 'the status page shows the same 受付日時');
    const done = await (await resident.get(`${BASE}/apply/done/${application.id}`)).text();
    assert.ok(done.includes(formatBothCalendars(application.dueDate)), 'the done page shows the same 処理の目安');
  });

  it('writes staff mail to the resident the same way', async () => {
    const staff = (await signInStaff(t, 'staff@ninomiya.example.jp', 'ninomiya-demo-2026')).browser;
    const caseUrl = `${BASE}/cases/${application.id}`;
    const asked = await staff.submit(caseUrl, `${caseUrl}/actions/request_correction`, { message: '診断書の写しを添付してください。' });
    assert.equal(asked.status, 303);
    const mail = (await mailsTo()).find((text) => text.includes('補正'))!;
    assert.match(mail, /次の申請について、補正/u);
    assert.match(mail, /手続き：妊娠を届け出る（母子健康手帳の交付）/u);
    assert.ok(mail.includes(`受付日時：${formatDateTime(application.submittedAt)}`), mail);
    assert.ok((await (await staff.get(caseUrl)).text()).includes(formatDateTime(application.submittedAt)), 'the case page shows the same 受付日時');
  });

  it('writes the sign-in code’s expiry in the same format', async () => {
    const [mail] = await t.services.db.select().from(mailMessages).where(eq(mailMessages.toAddress, EMAIL)).orderBy(mailMessages.createdAt).limit(1);
    assert.match(mail!.bodyText, new RegExp(`有効期限は、送信から10分間（${BOTH_CALENDARS_TIME.source}まで）`, 'u'));
  });

  it('gives an attachment the size the resident uploaded, on the form, the status page and the case page', async () => {
    const [file] = await t.services.db.select().from(applicationAttachments).where(eq(applicationAttachments.applicationId, application.id));
    assert.equal(file!.uploadedSize, photo.size);
    assert.ok(file!.size < photo.size / 2, `sanitising made it smaller (${file!.size} of ${photo.size})`);
    const shown = formatFileSize(photo.size);
    assert.match(shown, /^\d\.\dMB$/u);
    assert.ok(formPage.includes(`写真.jpg（${shown}、確認済み）`), 'the form page');
    const status = await (await resident.get(`${BASE}/mypage/applications/${application.id}`)).text();
    assert.ok(status.includes(`写真.jpg（${shown}）`), 'the status page');
    const staff = (await signInStaff(t, 'head@ninomiya.example.jp', 'ninomiya-demo-2026')).browser;
    const casePage = await (await staff.get(`${BASE}/cases/${application.id}`)).text();
    assert.ok(casePage.includes(`（申請時、${shown}、無害化後 ${formatFileSize(file!.size)}）`), 'the case page');
  });
});
