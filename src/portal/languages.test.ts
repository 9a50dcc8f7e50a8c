import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, desc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { signInResident } from '../../test/resident-sign-in.ts';
import { applyForNinshin } from '../../test/ninshin-application.ts';
import { mailMessages } from '../platform/mail/schema.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { applications } from '../cases/schema.ts';

const BASE = '/m/143421';
const UNTRANSLATED_EN = 'This page has not yet been translated into English. It is shown in Japanese below.';

async function choose(browser: TestBrowser, language: string): Promise<void> {
  const response = await browser.get(`${BASE}/settings/language?value=${language}&return=%2F`);
  assert.equal(response.status, 303);
}

describe('a resident who chose English or やさしい日本語 keeps that choice on every page', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const latestMailTo = async (email: string) =>
    (await t.services.db.select().from(mailMessages).where(and(eq(mailMessages.municipalityCode, '143421'), eq(mailMessages.toAddress, email))).orderBy(desc(mailMessages.createdAt)).limit(1))[0]!;

  it('keeps the frame in English, offers the switch, and says where a page is still in Japanese', async () => {
    const browser = new TestBrowser(t.publicApp);
    await choose(browser, 'en');
    for (const path of ['/procedures', '/procedures/ninshin-todokede', '/login', '/opendata', '/opendata/api']) {
      const html = await (await browser.get(`${BASE}${path}`)).text();
      assert.match(html, /<html lang="en"/, `${path}: the page is in the chosen language`);
      assert.match(html, /<nav class="switch" aria-label="Language">/, `${path}: the language switch is there`);
      assert.match(html, /<summary>Menu<\/summary>/, `${path}: the narrow-screen menu is in English`);
      assert.ok(html.includes(`<p class="notice untranslated" lang="en">${UNTRANSLATED_EN}</p>`), `${path}: says it is shown in Japanese`);
      assert.match(html, /<div lang="ja">/, `${path}: the Japanese text is marked as Japanese`);
      assert.match(html, /href="\/m\/143421\/settings\/language\?value=ja&amp;return=/, `${path}: the way back to Japanese`);
    }
    const home = await (await browser.get(`${BASE}/`)).text();
    assert.match(home, /<html lang="en"/);
    assert.doesNotMatch(home, /class="notice untranslated"/, 'the home page is translated');
  });

  it('says so in やさしい日本語 too, and shows nothing extra in Japanese', async () => {
    const easy = new TestBrowser(t.publicApp);
    await choose(easy, 'easy');
    assert.match(await (await easy.get(`${BASE}/procedures`)).text(), /<p class="notice untranslated" lang="ja">この ページは、まだ やさしい 日本語に なって いません。/u);
    const japanese = await (await new TestBrowser(t.publicApp).get(`${BASE}/procedures`)).text();
    assert.match(japanese, /<html lang="ja"/);
    assert.doesNotMatch(japanese, /untranslated|<div lang="ja">/);
  });

  it('mails the sign-in code and the receipt in the resident’s language', async () => {
    const email = 'english@example.jp';
    const browser = new TestBrowser(t.publicApp);
    await choose(browser, 'en');
    const resident = await signInResident(t.publicApp, t.services.db, email, { browser });
    const code = await latestMailTo(email);
    assert.match(code.subject, /^\[Ninomiya Town\] Your sign-in code/u);
    assert.match(code.bodyText, /^Here is the code to sign in to the online services of Ninomiya Town\.\n\nCode: \d{6}\n/u);
    assert.match(code.bodyText, /for 10 minutes \(until \d{1,2} [A-Z][a-z]+ \d{4}(?: at|,) \d{2}:\d{2}, Japan time\)/u);

    const mypage = await (await resident.get(`${BASE}/mypage`)).text();
    assert.match(mypage, /<html lang="en"/, 'after sign-in too');
    assert.match(mypage, /<nav class="switch" aria-label="Language">/);
    const id = await applyForNinshin(resident);
    const [application] = await withTenant(t.services.db, '143421', (tx) => tx.select().from(applications).where(eq(applications.id, id)));
    assert.equal(application!.language, 'en', 'the application remembers the language it was made in');
    const receipt = await latestMailTo(email);
    assert.match(receipt.bodyText, /^This message from Ninomiya Town is written in Japanese below: it has not yet been translated into English\./u);
    assert.ok(receipt.bodyText.includes(application!.receiptNumber), 'the receipt number follows in Japanese');
    assert.match(receipt.bodyText, /手続き：妊娠を届け出る/u);
  });

  it('writes Japanese mail for a resident who reads the site in Japanese', async () => {
    const email = 'nihongo@example.jp';
    const resident = await signInResident(t.publicApp, t.services.db, email);
    assert.match((await latestMailTo(email)).bodyText, /確認コード：\d{6}/u);
    await applyForNinshin(resident);
    const receipt = await latestMailTo(email);
    assert.doesNotMatch(receipt.bodyText, /translated|――――――――/u);
  });
});
