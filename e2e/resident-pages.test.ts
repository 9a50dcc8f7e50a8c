import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { latestSignInCode } from '../test/resident-sign-in.ts';
import { axeViolations, checkPage, describeViolations, newContext, newPage, screenshot, watchProblems } from './browser.ts';
import { useServerAndBrowser } from './server.ts';

describe('resident sign-in and マイページ in headless Chromium, JavaScript off', () => {
  const running = useServerAndBrowser();
  const titles = new Map<string, string>();

  it('signs in with an e-mail code and uses every page of マイページ', async () => {
    const context = await newContext(running.browser(), { javaScript: false });
    const page = await newPage(context, false);
    const problems = watchProblems(page);
    const main = async () => (await page.textContent('main'))!;

    await page.goto(`${running.server().publicUrl}/m/143421/`);
    assert.equal(await page.getAttribute('header a[href$="/login"]', 'href'), '/m/143421/login', 'signed out, the header offers サインイン');
    await page.goto(`${running.server().publicUrl}/m/143421/mypage`);
    assert.match(page.url(), /\/m\/143421\/login\?return=%2Fmypage$/);
    await checkPage(page, 'resident-login', { title: /^サインイン｜二宮町$/ }, problems, titles);
    await page.click('button[type=submit]');
    await checkPage(page, 'resident-login-error', { title: /^エラー：サインイン｜二宮町$/ }, problems, titles);
    await page.fill('#email', 'taro@example.jp');
    await page.click('button[type=submit]');
    assert.match(page.url(), /\/login\/code$/);
    await checkPage(page, 'resident-code', { title: /^確認コードの入力｜二宮町$/ }, problems, titles);
    await page.fill('#code', '12345');
    await page.click('button[type=submit]');
    await checkPage(page, 'resident-code-error', { title: /^エラー：確認コードの入力/ }, problems, titles);
    await page.click('button:has-text("コードを再送する")');
    assert.match(page.url(), /\/login\/code\?resent=1$/);
    assert.match(await page.textContent('[role=status]') ?? '', /taro@example.jp あてに、新しい確認コードをお送りしました。/);
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await screenshot(page, 'resident-code-resent');
    await page.fill('#code', await latestSignInCode(running.server().app.services.db, '143421', 'taro@example.jp'));
    await page.click('button[type=submit]');
    assert.match(page.url(), /\/m\/143421\/mypage$/);
    await checkPage(page, 'mypage', { title: /^マイページ｜二宮町$/ }, problems, titles);
    assert.match(await main(), /taro@example.jp/);
    assert.equal(await page.getAttribute('header a[href$="/mypage"]', 'href'), '/m/143421/mypage', 'signed in, the header offers マイページ');

    await page.click('text=登録情報（氏名・住所など）');
    await checkPage(page, 'mypage-profile', { title: /^登録情報｜二宮町$/ }, problems, titles);
    await page.fill('#name', '二宮 太郎');
    await page.fill('#name-kana', 'にのみや たろう');
    await page.fill('#birth-year', '1985');
    await page.fill('#birth-month', '2');
    await page.fill('#birth-day', '30');
    await page.fill('#phone', '０４６３－７１－３３１１');
    await page.click('form[action$="/mypage/profile"] button[type=submit]');
    await checkPage(page, 'mypage-profile-error', { title: /^エラー：登録情報｜二宮町$/ }, problems, titles);
    assert.equal(await page.inputValue('#name-kana'), 'にのみや たろう', 'what was typed is kept');
    await page.fill('#birth-day', '28');
    await page.click('form[action$="/mypage/profile"] button[type=submit]');
    assert.match(await main(), /登録情報を保存しました/);
    assert.equal(await page.inputValue('#name-kana'), 'ニノミヤ　タロウ');
    assert.equal(await page.inputValue('#phone'), '0463-71-3311');

    await page.click('text=マイページに戻る');
    await page.click('text=サインイン中の端末');
    await checkPage(page, 'mypage-sessions', { title: /^サインイン中の端末｜二宮町$/ }, problems, titles);
    assert.match(await main(), /この端末/);

    await page.click('text=マイページに戻る');
    await page.click('a[href$="/mypage/delete"]');
    await checkPage(page, 'mypage-delete', { title: /^アカウントの削除｜二宮町$/ }, problems, titles);
    await page.click('text=アカウントを削除する');
    await checkPage(page, 'mypage-deleted', { title: /^アカウントを削除しました｜二宮町$/ }, problems, titles);
    await context.close();
  });
});
