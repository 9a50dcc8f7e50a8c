import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage } from './browser.ts';
import { signInStaffPage as signIn } from './staff-session.ts';
import { useServerAndBrowser } from './server.ts';

const EDITOR = '/m/143421/admin/procedures/ninshin-todokede';

/** The text of the resident page inside the editor's preview frame, once it shows `expected`. */
async function previewText(page: Page, expected: string): Promise<string> {
  const main = page.frameLocator('iframe.preview-frame').locator('main');
  await main.filter({ hasText: expected }).waitFor();
  return (await main.textContent())!;
}

describe('the procedure form editor on a 360 px phone screen without JavaScript', () => {
  const suite = useServerAndBrowser();

  it('with JavaScript off: adds a question, moves it, gives it a condition; the preview shows it; axe passes on every page', async () => {
    const { page, problems, close } = await signIn(suite.browser(), suite.server(), 'admin@ninomiya.example.jp', '/m/143421', { width: 360 });
    await page.click('nav >> text=手続きの管理');
    await page.click('a:has-text("妊娠の届出")');
    await checkPage(page, 'form-editor-01-home', { title: /^手続きの編集：妊娠の届出｜/ }, problems);

    await page.click('a:has-text("このページに質問を追加する（ページ3）")');
    await checkPage(page, 'form-editor-02-add', { title: /^質問の追加：体調や相談したいこと｜/ }, problems);
    await page.check('label:has-text("選択（1つ）")');
    await page.fill('#options', '電話\nメール');
    await page.click('button:has-text("質問を追加する")');
    await checkPage(page, 'form-editor-03-add-error', { title: /^エラー：質問の追加：体調や相談したいこと｜/ }, problems);
    assert.equal(await page.getAttribute('#label', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('#options'), '電話\nメール', 'the options typed are kept');
    assert.ok(await page.isChecked('label:has-text("選択（1つ）") >> xpath=preceding-sibling::input'));
    await page.fill('#label', '希望する連絡の方法');
    await page.click('button:has-text("質問を追加する")');
    assert.match((await page.textContent('.notice'))!, /下書き（第2版）を作成しました。追加しました。/u);
    assert.match(page.url(), /#field-kenko-/u, 'back at the question added');
    await checkPage(page, 'form-editor-04-added', { title: /^手続きの編集：妊娠の届出｜/ }, problems);

    const labels = () => page.locator('#page-kenko .field-row-label a').allTextContents();
    assert.match((await labels()).at(-1)!, /^希望する連絡の方法/u);
    await page.click('button:has-text("上へ（「希望する連絡の方法」を上へ移動）")');
    assert.match((await page.textContent('.notice'))!, /順番を変更しました/u);
    assert.match((await labels()).at(-2)!, /^希望する連絡の方法/u, 'moved up one place');
    const shown = await previewText(page, '希望する連絡の方法');
    assert.ok(shown.indexOf('希望する連絡の方法') < shown.indexOf('妊娠の診断を受けたことがわかる書類'), 'the preview shows the new order');

    await page.click('#page-kenko a:has-text("希望する連絡の方法")');
    await checkPage(page, 'form-editor-05-field', { title: /^質問の編集：希望する連絡の方法｜/ }, problems);
    await page.click('a:has-text("条件を付ける")');
    await checkPage(page, 'form-editor-06-condition', { title: /^質問を表示する条件：希望する連絡の方法｜/ }, problems);
    await page.selectOption('#cond-0-field', 'hasWorries');
    await page.selectOption('#cond-0-op', 'equals');
    await page.click('button:has-text("表示を更新する")');
    await page.check('label:has-text("はい")');
    await page.click('button:has-text("条件を保存する")');
    assert.match((await page.textContent('main'))!, /「体調や生活のことで、保健師に相談したいことはありますか」が「はい」のときだけ表示します。/u);
    await checkPage(page, 'form-editor-07-field-saved', { title: /^質問の編集：希望する連絡の方法｜/ }, problems);

    await page.click('text=編集画面に戻る');
    await page.click('text=下書きを確認して公開する');
    await checkPage(page, 'form-editor-08-publish', { title: /^公開の確認：妊娠の届出｜/ }, problems);
    assert.match((await page.textContent('main'))!, /質問「希望する連絡の方法」を追加しました。/u);
    await close();
  });
});

describe('the procedure form editor on a 360 px phone screen with JavaScript', () => {
  const suite = useServerAndBrowser();

  it('with JavaScript on: the preview follows what is typed before saving, and a condition offers the chosen question’s answers in place', async () => {
    const { page, problems, close } = await signIn(suite.browser(), suite.server(), 'admin@ninomiya.example.jp', '/m/143421', { width: 360, javaScript: true });
    const field = `${suite.server().internalUrl}${EDITOR}/pages/kenko/fields/worries`;
    await page.goto(field);
    await checkPage(page, 'form-editor-js-01-field', { title: /^質問の編集：相談したいこと｜/ }, problems);
    await previewText(page, '相談したいこと');
    await page.fill('#label', '保健師に相談したいこと（自由にお書きください）');
    await previewText(page, '保健師に相談したいこと（自由にお書きください）');
    await page.reload();
    assert.equal(await page.inputValue('#label'), '相談したいこと', 'typing alone saves nothing');

    await page.goto(`${field.replace('/worries', '/diagnosisDocument')}/conditions/show`);
    await page.selectOption('#cond-0-field', 'hasWorries');
    await page.selectOption('#cond-0-op', 'equals');
    await page.locator('#cond-0-values').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'cond-0-op', 'focus stays where the person was');
    assert.match(page.url(), /\/conditions\/show$/u, 'no page was loaded');
    await checkPage(page, 'form-editor-js-02-condition', { title: /^質問を表示する条件：/ }, problems);
    await page.check('label:has-text("いいえ")');
    await page.click('button:has-text("条件を保存する")');
    assert.match((await page.textContent('main'))!, /が「いいえ」のときだけ表示します。/u);
    await close();
  });
});
