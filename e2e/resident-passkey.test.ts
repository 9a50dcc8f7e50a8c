import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { latestSignInCode } from '../test/resident-sign-in.ts';
import { addVirtualAuthenticator, axeViolations, describeViolations, newContext, screenshot, watchProblems } from './browser.ts';
import { useServerAndBrowser } from './server.ts';

describe('resident passkey sign-in (Chromium virtual authenticator)', () => {
  const suite = useServerAndBrowser();

  it('adds a passkey in マイページ, then signs in with one tap at assurance “substantial”', async () => {
    const server = suite.server();
    const context = await newContext(suite.browser());
    const page = await context.newPage();
    const problems = watchProblems(page);
    await addVirtualAuthenticator(context, page);
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
