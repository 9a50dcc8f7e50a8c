import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { currentTotp } from '../src/platform/identity/totp.ts';
import { axeViolations, describeViolations, launchBrowser, newContext, newPage, screenshot, watchProblems } from './browser.ts';
import { startTestServer, type RunningTestServer } from './server.ts';

async function check(page: Page, name: string, title: RegExp, problems: string[]) {
  assert.equal(await page.getAttribute('html', 'lang'), 'ja', `${name}: lang`);
  assert.match(await page.title(), title, `${name}: title`);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${name}: axe violations\n${describeViolations(violations)}`);
  assert.deepEqual(problems, [], `${name}: console errors or failed resources`);
  await screenshot(page, name);
}

describe('staff administration pages in headless Chromium, JavaScript off', () => {
  let server: RunningTestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('enrols, keeps recovery codes, adds a colleague and resets their second factor', async () => {
    const context = await newContext(browser, { javaScript: false, width: 1280 });
    const page = await newPage(context, false);
    const problems = watchProblems(page);
    await page.goto(`${server.internalUrl}/m/143421/login`);
    await page.fill('#email', 'admin@ninomiya.example.jp');
    await page.fill('#password', 'ninomiya-demo-2026');
    await page.click('button[type=submit]');
    const secret = (await page.textContent('[data-totp-secret]'))!.trim();
    await page.fill('#code', currentTotp(secret));
    await page.click('button[type=submit]');
    await check(page, 'staff-recovery-codes', /^回復コードの保管/, problems);
    assert.equal(await page.locator('[data-recovery-codes] li').count(), 10);
    await page.click('text=保管しました。ダッシュボードへ進む');
    await page.click('nav >> text=職員アカウント');
    await check(page, 'staff-admin-list', /^職員アカウント｜/, problems);
    await page.click('text=職員を追加する');
    await check(page, 'staff-admin-new', /^職員を追加する/, problems);
    await page.fill('#email', 'wrong');
    await page.click('main button[type=submit]');
    await check(page, 'staff-admin-new-error', /^エラー：職員を追加する/, problems);
    await page.fill('#displayName', '国府津 さくら');
    await page.fill('#email', 'sakura@ninomiya.example.jp');
    await page.check('label:has-text("子育て・健康課")');
    await page.click('main button[type=submit]');
    await check(page, 'staff-admin-created', /^職員アカウントを作成しました/, problems);
    await page.click('text=アカウントの詳細を見る');
    await check(page, 'staff-admin-detail', /^職員アカウント：国府津 さくら/, problems);
    await page.click('text=二要素認証をリセットする');
    assert.match((await page.textContent('main'))!, /二要素認証をリセットしました/);
    await page.click('text=無効にする');
    assert.match((await page.textContent('main'))!, /アカウントを無効にしました/);
    await screenshot(page, 'staff-admin-detail-after');
    await context.close();
  });
});
