import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { latestSignInCode } from '../test/resident-sign-in.ts';
import { axeViolations, describeViolations, launchBrowser, newContext, screenshot, watchProblems } from './browser.ts';
import { startTestServer, type RunningTestServer } from './server.ts';

describe('resident passkey sign-in (Chromium virtual authenticator)', () => {
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

  it('adds a passkey in マイページ, then signs in with one tap at assurance “substantial”', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    });
    const base = `${server.publicUrl}/m/143421`;
    await page.goto(`${base}/login`);
    await page.fill('#email', 'hanako@example.jp');
    await page.click('main form button[type=submit]');
    await page.fill('#code', await latestSignInCode(server.app.services.db, '143421', 'hanako@example.jp'));
    await page.click('main form button[type=submit]');
    assert.match(page.url(), /\/mypage$/);
    await page.click('text=パスキー（指紋・顔認証でのサインイン）');
    await page.click('button:has-text("この端末のパスキーを登録する")');
    await page.waitForURL(/added=1/);
    let violations = await axeViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await screenshot(page, 'resident-passkeys');

    await context.clearCookies();
    await page.goto(`${base}/login`);
    violations = await axeViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await page.click('button:has-text("パスキーでサインインする")');
    await page.waitForURL(`${base}/mypage`);
    assert.match((await page.textContent('main'))!, /パスキーで確認済み/);
    await screenshot(page, 'resident-mypage-substantial');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
