import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { currentTotp } from '../src/platform/identity/totp.ts';
import { addVirtualAuthenticator, axeViolations, describeViolations, newContext, screenshot, watchProblems } from './browser.ts';
import { useServerAndBrowser } from './server.ts';

describe('staff passkey as the second factor (Chromium virtual authenticator)', () => {
  const suite = useServerAndBrowser();

  it('registers a passkey and then signs in with it instead of the code', async () => {
    const server = suite.server();
    const context = await newContext(suite.browser(), { width: 1280 });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await addVirtualAuthenticator(context, page);
    const base = `${server.internalUrl}/m/143421`;
    await page.goto(`${base}/login`);
    await page.fill('#email', 'admin@ninomiya.example.jp');
    await page.fill('#password', 'ninomiya-demo-2026');
    await page.click('main button[type=submit]');
    const secret = (await page.textContent('[data-totp-secret]'))!.trim();
    await page.fill('#code', currentTotp(secret));
    await page.click('main button[type=submit]');
    // The enrolment POST must finish (it opens the session) before leaving the page.
    await page.waitForSelector('[data-recovery-codes]');
    await page.goto(`${base}/account/passkeys`);
    await page.click('text=この端末のパスキーを登録する');
    await page.waitForURL(/added=1/);
    assert.match((await page.textContent('main'))!, /パスキーを登録しました/);
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await screenshot(page, 'staff-passkeys');

    await page.click('text=サインアウト');
    await page.fill('#email', 'admin@ninomiya.example.jp');
    await page.fill('#password', 'ninomiya-demo-2026');
    await page.click('main button[type=submit]');
    assert.match(page.url(), /\/login\/code$/);
    await screenshot(page, 'staff-login-code-passkey');
    const codePageViolations = await axeViolations(page);
    assert.equal(codePageViolations.length, 0, describeViolations(codePageViolations));
    await page.click('button:has-text("パスキーで確認する")');
    await page.waitForURL(`${base}/`);
    assert.match(await page.title(), /^ダッシュボード/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
