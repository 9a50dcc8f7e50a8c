import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { mailMessages } from '../platform/mail/schema.ts';
import { countMailTo, latestSignInCode } from '../../test/resident-sign-in.ts';
import { residentEmailCodes, residents, sessions } from '../platform/identity/schema.ts';

const BASE = '/m/143421';
const toFullWidth = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('resident sign-in with a one-time code by e-mail', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  async function requestCode(browser: TestBrowser, email: string) {
    const response = await browser.submit(`${BASE}/login`, `${BASE}/login`, { email });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${BASE}/login/code`);
    return response;
  }
  const enterCode = (browser: TestBrowser, code: string) => browser.submit(`${BASE}/login/code`, `${BASE}/login/code`, { code });
  const auditsOf = async (action: string) => (await t.services.db.select().from(auditEvents).where(eq(auditEvents.action, action))).map((e) => e.detail as Record<string, unknown>);

  it('signs in with the code from the mail, creating the account at the first sign-in', async () => {
    const browser = new TestBrowser(t.publicApp);
    const form = await browser.get(`${BASE}/login`);
    assert.equal(form.status, 200);
    assert.match(await form.text(), /<title>サインイン｜二宮町<\/title>/);
    await requestCode(browser, ' Ｈａｎａｋｏ@Example.JP ');
    const [mail] = await t.services.db.select().from(mailMessages).where(eq(mailMessages.toAddress, 'hanako@example.jp'));
    assert.equal(mail!.subject, '【二宮町】サインイン用の確認コード');
    assert.match(mail!.bodyText, /有効期限は、送信から10分間/);
    assert.match(mail!.bodyText, /このメールを破棄してください/);
    const code = await latestSignInCode(t.services.db, '143421', 'hanako@example.jp');
    const [stored] = await t.services.db.select().from(residentEmailCodes).where(eq(residentEmailCodes.email, 'hanako@example.jp'));
    assert.notEqual(stored!.codeHash, code);
    assert.equal(stored!.codeHash, createHmac('sha256', t.services.secret).update(`resident-email-code:143421:hanako@example.jp:${code}`).digest('hex'));
    const codePage = await (await browser.get(`${BASE}/login/code`)).text();
    assert.match(codePage, /hanako@example.jp/);

    const signedIn = await enterCode(browser, toFullWidth(code));
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.headers.get('location'), `${BASE}/mypage`);
    const cookie = signedIn.headers.getSetCookie().find((h) => h.startsWith('yakuba_resident='));
    assert.match(cookie!, /HttpOnly/);
    assert.match(cookie!, /SameSite=Lax/);
    const [resident] = await t.services.db.select().from(residents).where(eq(residents.email, 'hanako@example.jp'));
    assert.ok(resident?.lastSignInAt);
    const [session] = await t.services.db.select().from(sessions).where(eq(sessions.residentId, resident.id));
    assert.deepEqual([session!.zone, session!.stage, session!.assurance], ['public', 'signed-in', 'low']);
    assert.equal((await browser.get(`${BASE}/mypage`)).status, 200);
    const signedInAudit = await auditsOf('resident.signed_in');
    assert.equal(signedInAudit.length, 1);
    assert.doesNotMatch(JSON.stringify(signedInAudit), new RegExp(code));
    const [used] = await t.services.db.select().from(residentEmailCodes).where(eq(residentEmailCodes.email, 'hanako@example.jp'));
    assert.ok(used!.consumedAt, 'a used code does not work twice');
    assert.equal((await browser.get(`${BASE}/login/code`)).headers.get('location'), `${BASE}/login`);
  });

  it('asks again for an address, keeping what was typed', async () => {
    const browser = new TestBrowser(t.publicApp);
    const empty = await browser.submit(`${BASE}/login`, `${BASE}/login`, { email: '' });
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /<title>エラー：サインイン｜二宮町<\/title>[\s\S]*メールアドレスを入力してください/);
    const wrong = await (await browser.submit(`${BASE}/login`, `${BASE}/login`, { email: 'taro.example.jp' })).text();
    assert.match(wrong, /value="taro.example.jp"/);
    assert.match(wrong, /aria-invalid="true"/);
  });

  it('locks a code after five wrong tries, and refuses an expired code', async () => {
    const browser = new TestBrowser(t.publicApp);
    await requestCode(browser, 'lock@example.jp');
    const code = await latestSignInCode(t.services.db, '143421', 'lock@example.jp');
    for (let i = 0; i < 4; i++) assert.match(await (await enterCode(browser, wrongCode(code))).text(), /確認コードが正しくありません/);
    assert.match(await (await enterCode(browser, wrongCode(code))).text(), /この確認コードは使えなくなりました/);
    const right = await enterCode(browser, code);
    assert.equal(right.status, 400, 'the right code no longer works after five failures');
    assert.equal(browser.cookies.get('yakuba_resident'), undefined);
    const reasons = (await auditsOf('resident.sign_in_failed')).map((d) => d.reason);
    assert.ok(reasons.includes('too-many-attempts'));
    assert.doesNotMatch(JSON.stringify(await auditsOf('resident.sign_in_failed')), new RegExp(code));

    await requestCode(browser, 'lock@example.jp');
    await t.services.db.update(residentEmailCodes).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(residentEmailCodes.email, 'lock@example.jp'));
    const expired = await enterCode(browser, await latestSignInCode(t.services.db, '143421', 'lock@example.jp'));
    assert.equal(expired.status, 400);
    assert.match(await expired.text(), /有効期限（10分）が過ぎたか/);
  });

  it('makes an earlier code worthless once a new one is sent', async () => {
    const browser = new TestBrowser(t.publicApp);
    await requestCode(browser, 'twice@example.jp');
    const first = await latestSignInCode(t.services.db, '143421', 'twice@example.jp');
    await requestCode(browser, 'twice@example.jp');
    const second = await latestSignInCode(t.services.db, '143421', 'twice@example.jp');
    if (first !== second) assert.equal((await enterCode(browser, first)).status, 400);
    assert.equal((await enterCode(browser, second)).status, 303);
  });

  it('sends a new code with 「コードを再送する」, keeping the address and the way back, within the limits', async () => {
    const browser = new TestBrowser(t.publicApp);
    const first = await browser.submit(`${BASE}/login?return=%2Fmypage%2Fprofile`, `${BASE}/login`, { email: 'resend@example.jp', return: '/mypage/profile' });
    assert.equal(first.status, 303);
    const firstCode = await latestSignInCode(t.services.db, '143421', 'resend@example.jp');
    const page = await (await browser.get(`${BASE}/login/code`)).text();
    assert.match(page, /<form method="post" action="\/m\/143421\/login\/code\/resend">[\s\S]*?コードを再送する<\/button>/);
    const resent = await browser.submit(`${BASE}/login/code`, `${BASE}/login/code/resend`, {});
    assert.equal(resent.status, 303);
    assert.equal(resent.headers.get('location'), `${BASE}/login/code?resent=1`);
    const after = await (await browser.get(`${BASE}/login/code?resent=1`)).text();
    assert.match(after, /<p class="notice" role="status"><strong>resend@example.jp<\/strong> あてに、新しい確認コードをお送りしました。/);
    assert.equal(await countMailTo(t.services.db, 'resend@example.jp'), 2);
    const secondCode = await latestSignInCode(t.services.db, '143421', 'resend@example.jp');
    if (secondCode !== firstCode) assert.equal((await enterCode(browser, firstCode)).status, 400, 'the earlier code no longer works');
    await browser.submit(`${BASE}/login/code`, `${BASE}/login/code/resend`, {});
    assert.equal(await countMailTo(t.services.db, 'resend@example.jp'), 3);
    const limited = await browser.submit(`${BASE}/login/code`, `${BASE}/login/code/resend`, {});
    assert.equal(limited.headers.get('location'), `${BASE}/login/code?resent=1`);
    assert.equal(await countMailTo(t.services.db, 'resend@example.jp'), 3, 'a fourth code in 15 minutes is not sent');
    const done = await enterCode(browser, await latestSignInCode(t.services.db, '143421', 'resend@example.jp'));
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), `${BASE}/mypage/profile`);
    const stray = await new TestBrowser(t.publicApp).submit(`${BASE}/login`, `${BASE}/login/code/resend`, {});
    assert.equal(stray.headers.get('location'), `${BASE}/login`, 'without an address to send to, back to the first step');
  });

  it('stops sending codes at the rate limits, with the same page as always', async () => {
    const browser = new TestBrowser(t.publicApp);
    for (let i = 0; i < 3; i++) await requestCode(browser, 'limit@example.jp');
    const neutral = (html: string) => html.replace(/name="_csrf" value="[^"]+"/, '');
    const before = neutral(await (await browser.get(`${BASE}/login/code`)).text());
    await requestCode(browser, 'limit@example.jp');
    assert.equal(await countMailTo(t.services.db, 'limit@example.jp'), 3, 'the fourth request in 15 minutes sends nothing');
    assert.equal(neutral(await (await browser.get(`${BASE}/login/code`)).text()), before);

    const client = new TestBrowser(t.publicApp);
    for (let i = 0; i < 20; i++) await requestCode(client, `many${i}@example.jp`);
    await requestCode(client, 'many20@example.jp');
    assert.equal(await countMailTo(t.services.db, 'many20@example.jp'), 0, 'the 21st request from one address in an hour sends nothing');
    assert.ok((await auditsOf('resident.sign_in_failed')).some((d) => d.reason === 'rate-limited' && d.ip === client.remoteAddress));
  });
});
