import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { queueMail } from '../src/platform/mail/send-mail.ts';
import { enqueueJob } from '../src/platform/jobs/enqueue-job.ts';
import { jobs } from '../src/platform/jobs/schema.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { currentTotp } from '../src/platform/identity/totp.ts';
import { eq } from 'drizzle-orm';
import { checkPage, chooseInHeader, launchBrowser, newContext, newPage, screenshot, watchProblems } from './browser.ts';
import { startTestServer, type RunningTestServer } from './server.ts';

describe('every page in headless Chromium (axe-core, WCAG 2.2 AA)', () => {
  let server: RunningTestServer;
  let browser: Browser;
  const titles = new Map<string, string>();

  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const db = server.app.services.db;
    await withTenant(db, '143421', async (tx) => {
      await queueMail(tx, { municipalityCode: '143421', to: 'resident@example.jp', subject: '【二宮町】受付のお知らせ', text: '申請を受け付けました。' });
      const id = await enqueueJob(tx, { municipalityCode: '143421', kind: 'demo.failing', maxAttempts: 1 });
      await tx.update(jobs).set({ status: 'dead', attempts: 1, lastError: '接続できませんでした' }).where(eq(jobs.id, id));
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('resident pages pass with JavaScript on', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const visit = async (path: string) => (await page.goto(`${server.publicUrl}${path}`))!.status();

    assert.equal(await visit('/'), 200);
    await checkPage(page, 'public-chooser', { title: /自治体を選んでください/ }, problems, titles);
    await page.click('text=二宮町');
    await checkPage(page, 'public-home-ja', { title: /^ホーム｜二宮町$/ }, problems, titles);
    assert.equal(await visit('/m/143421/accessibility'), 200);
    await checkPage(page, 'public-accessibility-ja', { title: /^ウェブアクセシビリティ方針｜二宮町$/ }, problems, titles);
    await chooseInHeader(page, 'a[lang="en"]');
    await checkPage(page, 'public-accessibility-en', { lang: 'en', title: /^Web accessibility policy｜Ninomiya Town$/ }, problems, titles);
    await page.click('.site-name');
    await checkPage(page, 'public-home-en', { lang: 'en', title: /^Home｜Ninomiya Town$/ }, problems, titles);
    await chooseInHeader(page, 'a:text-is("やさしい日本語")');
    await checkPage(page, 'public-home-easy', { title: /はじめの ページ/ }, problems, titles);
    assert.equal(await visit('/m/143413/'), 200);
    await checkPage(page, 'public-home-oiso', { title: /^ホーム｜大磯町$/ }, problems, titles);
    assert.equal(await visit('/m/143421/no-such-page'), 404);
    await checkPage(page, 'public-404', { title: /^ページが見つかりません/ }, problems, titles);
    assert.equal(await visit('/m/143421/explode'), 500);
    await checkPage(page, 'public-500', { title: /^ただいまご利用いただけません/ }, problems, titles);
    await context.close();
  });

  it('staff pages pass, through the whole sign-in with JavaScript off', async () => {
    const context = await newContext(browser, { javaScript: false, width: 1280 });
    const page = await newPage(context, false);
    const problems = watchProblems(page);
    await page.goto(`${server.internalUrl}/`);
    await checkPage(page, 'staff-chooser', { title: /自治体の選択/ }, problems, titles);
    await page.click('text=二宮町（143421）');
    await checkPage(page, 'staff-login', { title: /^サインイン｜二宮町 職員用$/ }, problems, titles);
    await page.click('button[type=submit]');
    await checkPage(page, 'staff-login-error', { title: /^エラー：サインイン/ }, problems, titles);
    await page.fill('#email', 'admin@ninomiya.example.jp');
    await page.fill('#password', 'ninomiya-demo-2026');
    await page.click('button[type=submit]');
    assert.match(page.url(), /\/login\/enrol$/);
    await checkPage(page, 'staff-enrol', { title: /^二要素認証の登録/ }, problems, titles);
    const secret = (await page.textContent('[data-totp-secret]'))!.trim();
    await page.fill('#code', currentTotp(secret));
    await page.click('button[type=submit]');
    await page.click('text=保管しました。ダッシュボードへ進む');
    await checkPage(page, 'staff-dashboard', { title: /^ダッシュボード｜二宮町 職員用$/ }, problems, titles);
    await page.click('nav >> text=開発用送信箱');
    await checkPage(page, 'staff-outbox', { title: /^開発用送信箱/ }, problems, titles);
    assert.match((await page.textContent('main'))!, /受付のお知らせ/);
    await page.click('nav >> text=バックグラウンド処理');
    await checkPage(page, 'staff-jobs', { title: /^バックグラウンド処理/ }, problems, titles);
    await page.click('text=再実行する');
    assert.match((await page.textContent('main'))!, /再実行の待ち行列に戻しました/);
    await page.click('nav >> text=監査ログ');
    await checkPage(page, 'staff-audit', { title: /^監査ログ/ }, problems, titles);
    assert.match((await page.textContent('main'))!, /改ざんや削除は見つかりませんでした/);
    assert.match((await page.textContent('main'))!, /失敗した処理の再実行/, 'the retry is in the audit trail');
    await page.click('text=サインアウト');
    assert.match(page.url(), /\/login\?signed_out=1$/);
    await context.close();
  });

  it('keeps content within a 360 px screen at 200% zoom and at the largest text size, with a visible skip link', async () => {
    // 200% browser zoom on a 360 px phone lays out like a 180 CSS px viewport.
    for (const view of [{ width: 180, size: 'standard' }, { width: 360, size: 'xlarge' }]) {
      const context = await browser.newContext({ viewport: { width: view.width, height: 740 }, deviceScaleFactor: 2, javaScriptEnabled: false });
      const page = await context.newPage();
      for (const path of ['/', '/accessibility']) {
        await page.goto(`${server.publicUrl}/m/143421/settings/text-size?value=${view.size}&return=${encodeURIComponent(path)}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${path} at ${view.width}px/${view.size}: horizontal overflow of ${overflow}px`);
      }
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, top: document.activeElement?.getBoundingClientRect().top ?? -1 }));
      assert.equal(focused.text, '本文へ移動');
      assert.ok(focused.top >= 0, 'the skip link is on screen when focused');
      await screenshot(page, `public-accessibility-${view.width}-${view.size}`);
      await context.close();
    }
  });
});
