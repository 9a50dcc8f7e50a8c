import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { currentTotp } from '../src/platform/identity/totp.ts';
import { checkPage, newContext, newPage, watchProblems } from './browser.ts';
import { useServerAndBrowser, type RunningTestServer } from './server.ts';

const TOWN = '/m/143421';

async function signIn(browser: Browser, server: RunningTestServer, email: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await newContext(browser, { javaScript: false, width: 1280 });
  const page = await newPage(context, false);
  const problems = watchProblems(page);
  await page.goto(`${server.internalUrl}${TOWN}/login`);
  await page.fill('#email', email);
  await page.fill('#password', 'ninomiya-demo-2026');
  await page.click('button[type=submit]');
  await page.fill('#code', currentTotp((await page.textContent('[data-totp-secret]'))!.trim()));
  await page.click('button[type=submit]');
  await page.click('text=保管しました。ダッシュボードへ進む');
  return { page, problems, close: () => context.close() };
}

describe('書かない窓口, the procedure editor and the plan figures in headless Chromium, JavaScript off', () => {
  const suite = useServerAndBrowser();

  it('a clerk takes an application at the counter', async () => {
    const { page, problems, close } = await signIn(suite.browser(), suite.server(), 'madoguchi@ninomiya.example.jp');
    await checkPage(page, 'counter-00-dashboard', { title: /^ダッシュボード｜/ }, problems);
    await page.click('nav >> text=窓口受付');
    await checkPage(page, 'counter-01-index', { title: /^窓口での申請受付｜/ }, problems);
    await page.click('button:has-text("妊娠の届出")');
    await checkPage(page, 'counter-02-page1', { title: /^届け出る方（妊娠している方）｜妊娠の届出｜/ }, problems);
    await page.fill('#name-family', '二宮');
    await page.fill('#name-given', '桜');
    await page.fill('#kana-family', 'にのみや');
    await page.fill('#kana-given', 'さくら');
    await page.fill('#birthDate-year', '平成5');
    await page.fill('#birthDate-month', '6');
    await page.fill('#birthDate-day', '9');
    await page.fill('#postalCode', '2590123');
    await page.fill('#address', '神奈川県中郡二宮町二宮961');
    await page.fill('#phone', '0463713311');
    await page.click('button[value=continue]');
    await checkPage(page, 'counter-03-page2', { title: /^妊娠について｜妊娠の届出｜/ }, problems);
    const due = new Date(Date.now() + 150 * 86400_000);
    await page.fill('#dueDate-year', String(due.getFullYear()));
    await page.fill('#dueDate-month', String(due.getMonth() + 1));
    await page.fill('#dueDate-day', String(due.getDate()));
    await page.fill('#diagnosisDate-year', '令和8');
    await page.fill('#diagnosisDate-month', '10');
    await page.fill('#diagnosisDate-day', '1');
    await page.fill('#clinic', '二宮産婦人科');
    await page.check('#babies');
    await page.check('#firstPregnancy');
    await page.click('button[value=continue]');
    await page.check('#hasWorries-1');
    await page.click('button[value=continue]');
    await checkPage(page, 'counter-04-check', { title: /^申請内容の確認｜妊娠の届出｜/ }, problems);
    await page.check('#declaration');
    await page.click('button:has-text("窓口申請として受け付ける")');
    await checkPage(page, 'counter-05-check-error', { title: /^エラー：申請内容の確認｜妊娠の届出｜/ }, problems);
    assert.match((await page.textContent('.error-summary'))!, /本人確認の方法を選んでください/u);
    await page.check('label:has-text("運転免許証")');
    await page.check('#declaration');
    await page.click('button:has-text("窓口申請として受け付ける")');
    await checkPage(page, 'counter-06-done', { title: /^窓口での申請を受け付けました（受付番号 \d{4}-\d{4}-\d{3}）｜/ }, problems);
    assert.match((await page.textContent('main'))!, /子育て・健康課/u);
    await close();
  });

  it('an admin edits, previews and publishes a procedure, and reads the plan figures', async () => {
    const { page, problems, close } = await signIn(suite.browser(), suite.server(), 'admin@ninomiya.example.jp');
    await page.click('nav >> text=手続きの管理');
    await checkPage(page, 'editor-01-list', { title: /^手続きの管理｜/ }, problems);
    await page.click('a:has-text("妊娠の届出")');
    await checkPage(page, 'editor-02-edit', { title: /^手続きの編集：妊娠の届出｜/ }, problems);
    const text = await page.inputValue('#definition');
    await page.fill('#definition', text.replace('"type": "textarea"', '"type": "essay"'));
    await page.click('button:has-text("検証して新しい版として保存する")');
    await checkPage(page, 'editor-03-error', { title: /^エラー：手続きの編集：妊娠の届出｜/ }, problems);
    assert.match((await page.textContent('.error-summary'))!, /項目\d+「相談したいこと」 › type/u);
    await page.fill('#definition', text.replace('"title": "体調や相談したいこと"', '"title": "体調や、保健師に相談したいこと"'));
    await page.click('button:has-text("検証して新しい版として保存する")');
    await checkPage(page, 'editor-04-saved', { title: /^手続きの編集：妊娠の届出｜/ }, problems);
    await page.click('a:has-text("プレビュー（第2版）")');
    await checkPage(page, 'editor-05-preview', { title: /^プレビュー：妊娠の届出｜/ }, problems);
    await page.click('.preview-bar >> text=体調や、保健師に相談したいこと');
    await checkPage(page, 'editor-06-preview-page', { title: /^プレビュー：体調や、保健師に相談したいこと｜/ }, problems);
    await page.click('text=編集画面に戻る');
    await page.click('button:has-text("第2版を公開する")');
    assert.match((await page.textContent('main'))!, /第2版を公開しました/u);
    await page.click('nav >> text=申請の処理');
    await page.click('text=申請の件数と処理日数');
    await checkPage(page, 'figures-01', { title: /^申請の件数と処理日数｜/ }, problems);
    await close();
  });
});
