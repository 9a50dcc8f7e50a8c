import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { mailMessages } from '../platform/mail/schema.ts';
import { applications } from '../cases/schema.ts';

const BASE = '/m/143421';
const PASSWORD = 'ninomiya-demo-2026';

describe('書かない窓口: a clerk applies on a resident’s behalf', () => {
  let t: TestApp;
  let clerk: TestBrowser;
  before(async () => {
    t = await createTestApp();
    clerk = (await signInStaff(t, 'madoguchi@ninomiya.example.jp', PASSWORD)).browser;
  });
  after(() => t.close());

  async function start(browser: TestBrowser): Promise<string> {
    const started = await browser.submit(`${BASE}/counter`, `${BASE}/counter/start`, { procedure: 'ninshin-todokede' });
    assert.equal(started.status, 303);
    const location = started.headers.get('location')!;
    assert.match(location, /\/counter\/drafts\/[0-9a-f-]{36}\/todokede-nin$/u);
    return location.split('/').at(-2)!;
  }

  async function fill(draft: string): Promise<void> {
    const at = (page: string) => `${BASE}/counter/drafts/${draft}/${page}`;
    const first = await clerk.submitMultipart(at('todokede-nin'), at('todokede-nin'), [
      ['name-family', '二宮'], ['name-given', '桜'], ['kana-family', 'ニノミヤ'], ['kana-given', 'サクラ'],
      ['birthDate-year', '平成5'], ['birthDate-month', '6'], ['birthDate-day', '9'], ['postalCode', '2590123'],
      ['address', '神奈川県中郡二宮町二宮961'], ['phone', '0463-71-3311'], ['_action', 'continue'],
    ]);
    assert.equal(first.status, 303);
    const due = new Date(Date.now() + 150 * 86400_000).toISOString().slice(0, 10).split('-');
    const second = await clerk.submitMultipart(at('ninshin'), at('ninshin'), [
      ['dueDate-year', due[0]!], ['dueDate-month', due[1]!], ['dueDate-day', due[2]!],
      ['diagnosisDate-year', '令和8'], ['diagnosisDate-month', '10'], ['diagnosisDate-day', '1'],
      ['clinic', '二宮産婦人科'], ['babies', '1'], ['firstPregnancy', 'no'], ['_action', 'continue'],
    ]);
    assert.equal(second.status, 303);
    const third = await clerk.submitMultipart(at('kenko'), at('kenko'), [['hasWorries', 'no'], ['_action', 'continue']]);
    assert.equal(third.status, 303);
    assert.equal(third.headers.get('location'), at('check'));
  }

  it('fills the form in the internal zone, records the identity check and lands in the handling department’s inbox', async () => {
    const index = await (await clerk.get(`${BASE}/counter`)).text();
    assert.match(index, /窓口での申請受付（書かない窓口）/u);
    assert.match(index, /妊娠の届出/u);
    assert.doesNotMatch(index, /住民票の写しの交付申請/u, 'procedures without a form are not offered');

    const draft = await start(clerk);
    await fill(draft);
    const check = `${BASE}/counter/drafts/${draft}/check`;
    const checkHtml = await (await clerk.get(check)).text();
    assert.match(checkHtml, /本人確認の方法/u);
    assert.match(checkHtml, /二宮　桜|二宮 桜/u);

    const missing = await clerk.submit(check, `${BASE}/counter/drafts/${draft}/submit`, { 'contact-email': 'sakura@example.jp', 'identity-note': '', declaration: 'yes' });
    assert.equal(missing.status, 400);
    const missingHtml = await missing.text();
    assert.match(missingHtml, /本人確認の方法を選んでください/u);
    assert.match(missingHtml, /value="sakura@example.jp"/u, 'what was typed is kept');

    const badEmail = await clerk.submit(check, `${BASE}/counter/drafts/${draft}/submit`, { 'identity-check': 'driving-licence', 'contact-email': 'sakura@', declaration: 'yes' });
    assert.equal(badEmail.status, 400);
    assert.match(await badEmail.text(), /メールアドレスの形式が正しくありません/u);

    const form = { 'identity-check': 'driving-licence', 'identity-note': '番号末尾4桁を確認', 'contact-email': 'sakura@example.jp', declaration: 'yes' };
    const [done, again] = await Promise.all([clerk.submit(check, `${BASE}/counter/drafts/${draft}/submit`, form), clerk.submit(check, `${BASE}/counter/drafts/${draft}/submit`, form)]);
    assert.equal(done.status, 303);
    assert.equal(again.headers.get('location'), done.headers.get('location'), 'a double-clicked submit gives one application');
    const doneUrl = done.headers.get('location')!;
    assert.match(doneUrl, /\/counter\/done\/[0-9a-f-]{36}$/u);

    const [application, ...others] = await withTenant(t.services.db, '143421', (tx) => tx.select().from(applications).where(eq(applications.idempotencyKey, draft)));
    assert.equal(others.length, 0);
    assert.equal(application!.channel, 'counter');
    assert.equal(application!.identityCheck, '運転免許証（番号末尾4桁を確認）');
    assert.equal(application!.residentId, null);
    assert.equal(application!.departmentCode, 'kosodate');

    const doneHtml = await (await clerk.get(doneUrl)).text();
    assert.ok(doneHtml.includes(application!.receiptNumber));
    assert.doesNotMatch(doneHtml, /この申請の処理画面を開く/u, 'a 町民課 clerk cannot open a 子育て case');
    const pdf = await clerk.get(`${doneUrl}/copy.pdf`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');

    const mails = await t.services.db.select().from(mailMessages).where(eq(mailMessages.toAddress, 'sakura@example.jp'));
    assert.equal(mails.length, 1);
    assert.ok(mails[0]!.subject.includes(application!.receiptNumber));
    const audit = await withTenant(t.services.db, '143421', (tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.action, 'case.counter_intake'), eq(auditEvents.target, application!.receiptNumber))));
    assert.equal(audit.length, 1);

    const handler = (await signInStaff(t, 'staff@ninomiya.example.jp', PASSWORD)).browser;
    const inbox = await (await handler.get(`${BASE}/cases`)).text();
    assert.ok(inbox.includes(application!.receiptNumber), 'the counter application is in the same inbox as online ones');
    const casePage = await (await handler.get(`${BASE}/cases/${application!.id}`)).text();
    assert.match(casePage, /本人確認：運転免許証（番号末尾4桁を確認）/u);
    assert.match(casePage, /国府 さくら/u, 'the clerk who took it is named');
    assert.equal((await handler.get(doneUrl)).status, 404, 'only the clerk who took it sees the counter receipt page');
  });

  it('keeps a clerk’s drafts to that clerk, lets them be discarded, and refuses publishers and the public zone', async () => {
    const draft = await start(clerk);
    const other = (await signInStaff(t, 'koreikaigo@ninomiya.example.jp', PASSWORD)).browser;
    assert.equal((await other.get(`${BASE}/counter/drafts/${draft}/todokede-nin`)).status, 404);
    assert.match(await (await clerk.get(`${BASE}/counter`)).text(), /入力途中の申請（1件）/u);
    const discarded = await clerk.submit(`${BASE}/counter`, `${BASE}/counter/drafts/${draft}/discard`, {});
    assert.equal(discarded.headers.get('location'), `${BASE}/counter?discarded=1`);
    assert.doesNotMatch(await (await clerk.get(`${BASE}/counter`)).text(), /入力途中の申請/u);
    assert.equal((await clerk.get(`${BASE}/counter/drafts/${draft}/todokede-nin`)).status, 404);

    const publisher = (await signInStaff(t, 'publisher@ninomiya.example.jp', PASSWORD)).browser;
    assert.equal((await publisher.get(`${BASE}/counter`)).status, 403);
    const resident = new TestBrowser(t.publicApp);
    assert.equal((await resident.get(`${BASE}/counter`)).status, 404);
  });
});
