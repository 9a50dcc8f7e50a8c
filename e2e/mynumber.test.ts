import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CookieClient } from '../test/cookie-client.ts';
import { startMynumberFixture, TOWN, type MynumberFixture } from '../test/mynumber-fixture.ts';
import { checkPage as checkPageFor, launchBrowser, newContext, newPage, screenshot, watchProblems } from './browser.ts';

const BANNER = 'テスト用認証（本番では使用できません）';

const checkPage = (page: Page, name: string, title: RegExp, problems: string[]) => checkPageFor(page, name, { title }, problems);

describe('My Number card sign-in with the local test provider in Chromium (axe-core)', () => {
  let fx: MynumberFixture;
  let browser: Browser;
  before(async () => {
    fx = await startMynumberFixture();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await fx?.stop();
  });

  async function signedInContext(email: string, javaScript: boolean): Promise<BrowserContext> {
    const context = await newContext(browser, { javaScript });
    const rawId = await fx.signIn(new CookieClient(), email);
    await context.addCookies([{ name: 'yakuba_resident', value: rawId, url: fx.publicUrl }]);
    return context;
  }

  it('goes through the provider’s pages without JavaScript and comes back at the page asked for', async () => {
    const context = await signedInContext('browser-ok@example.jp', false);
    const page = await newPage(context, false);
    const problems = watchProblems(page);
    await page.goto(`${fx.publicUrl}/m/${TOWN}/login/mynumber?return=${encodeURIComponent('/mypage')}`);
    assert.equal(new URL(page.url()).origin, fx.proxy.url);
    assert.ok(await page.getByText(BANNER).isVisible(), 'the banner is visible');
    await checkPage(page, 'local-idp-choose-holder', /マイナンバーカードで本人確認｜テスト用認証/, problems);
    await page.getByLabel(/二宮 花子/).check();
    await page.getByRole('button', { name: 'この所有者として本人確認する' }).click();
    assert.ok(await page.getByText(BANNER).isVisible());
    await checkPage(page, 'local-idp-consent', /情報の提供への同意｜テスト用認証/, problems);
    await page.getByRole('button', { name: '同意して提供する' }).click();
    assert.equal(page.url(), `${fx.publicUrl}/m/${TOWN}/mypage`);
    await context.close();
  });

  it('shows a plain Japanese page when consent is refused, and the provider’s error page', async () => {
    const context = await signedInContext('browser-deny@example.jp', true);
    const page = await newPage(context, true);
    const problems = watchProblems(page);
    await page.goto(`${fx.publicUrl}/m/${TOWN}/login/mynumber`);
    await page.getByLabel(/石川 健一/).check();
    await page.getByRole('button', { name: 'この所有者として本人確認する' }).click();
    await page.getByRole('button', { name: '同意しない' }).click();
    assert.equal(new URL(page.url()).pathname, `/m/${TOWN}/login/mynumber/callback`);
    await checkPage(page, 'mynumber-not-completed', /^マイナンバーカードによる本人確認が完了しませんでした｜二宮町$/, problems);
    assert.ok(await page.getByText(/テスト用認証（本番では使用できません）を使っています/).isVisible());
    assert.ok(await page.getByRole('link', { name: 'もう一度マイナンバーカードで本人確認する' }).isVisible());

    const response = await page.goto(`${fx.proxy.url}/interaction/expired-or-unknown`);
    assert.equal(response!.status(), 400);
    assert.ok(await page.getByText(BANNER).isVisible());
    await checkPage(page, 'local-idp-error', /本人確認を続けられません｜テスト用認証/, problems);
    await context.close();
  });
});
