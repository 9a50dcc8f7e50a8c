import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { currentTotp } from '../src/platform/identity/totp.ts';
import { checkPage, newContext, newPage, screenshot, watchProblems } from './browser.ts';
import { useServerAndBrowser } from './server.ts';

describe('staff administration pages in headless Chromium, JavaScript off', () => {
  const suite = useServerAndBrowser();

  it('enrols, keeps recovery codes, adds a colleague and resets their second factor', async () => {
    const server = suite.server();
    const context = await newContext(suite.browser(), { javaScript: false, width: 1280 });
    const page = await newPage(context, false);
    const problems = watchProblems(page);
    await page.goto(`${server.internalUrl}/m/143421/login`);
    await page.fill('#email', 'admin@ninomiya.example.jp');
    await page.fill('#password', 'ninomiya-demo-2026');
    await page.click('button[type=submit]');
    const secret = (await page.textContent('[data-totp-secret]'))!.trim();
    await page.fill('#code', currentTotp(secret));
    await page.click('button[type=submit]');
    await checkPage(page, 'staff-recovery-codes', { title: /^回復コードの保管/ }, problems);
    assert.equal(await page.locator('[data-recovery-codes] li').count(), 10);
    await page.click('text=保管しました。ダッシュボードへ進む');
    await page.click('nav >> text=職員アカウント');
    await checkPage(page, 'staff-admin-list', { title: /^職員アカウント｜/ }, problems);
    await page.click('text=職員を追加する');
    await checkPage(page, 'staff-admin-new', { title: /^職員を追加する/ }, problems);
    await page.fill('#email', 'wrong');
    await page.click('main button[type=submit]');
    await checkPage(page, 'staff-admin-new-error', { title: /^エラー：職員を追加する/ }, problems);
    await page.fill('#displayName', '国府津 さくら');
    await page.fill('#email', 'sakura@ninomiya.example.jp');
    await page.check('label:has-text("子育て・健康課")');
    await page.click('main button[type=submit]');
    await checkPage(page, 'staff-admin-created', { title: /^職員アカウントを作成しました/ }, problems);
    await page.click('text=アカウントの詳細を見る');
    await checkPage(page, 'staff-admin-detail', { title: /^職員アカウント：国府津 さくら/ }, problems);
    await page.click('text=二要素認証をリセットする');
    assert.match((await page.textContent('main'))!, /二要素認証をリセットしました/);
    await page.click('text=無効にする');
    assert.match((await page.textContent('main'))!, /アカウントを無効にしました/);
    await screenshot(page, 'staff-admin-detail-after');
    await context.close();
  });
});
