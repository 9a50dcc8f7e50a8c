import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage, newContext, newPage, watchProblems } from './browser.ts';
import { useServerAndBrowser } from './server.ts';
import { check, choose, continueButton, declareAndSubmit, fillDate, fillName, formPage, mainText, openActor, reiwaDate, staffSignIn, startApplication, titled, TOWN, type Actor } from './apply-helpers.ts';

const LEGAL_TITLE = '妊娠の届出';
const TITLE = '妊娠を届け出る（母子健康手帳の交付）';
const SLUG = 'ninshin-todokede';

/** Twice the browser's text size, as a resident who enlarged the text in the phone's settings. */
async function doubleText(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

async function noSidewaysScroll(page: Page, name: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth).catch(() => undefined);
  if (width !== undefined) assert.ok(width <= (page.viewportSize()?.width ?? 360) + 1, `${name}: the page scrolls sideways (${width}px)`);
}

async function applyForNinshin(actor: Actor, server: Parameters<typeof startApplication>[1]): Promise<{ receipt: string; applicationId: string }> {
  await startApplication(actor, server, { slug: SLUG, title: TITLE, legalTitle: LEGAL_TITLE, email: 'hosei@example.jp' });
  await formPage(actor, TITLE, '届け出る方（妊娠している方）', 'applicant', async (page) => {
    await fillName(page, 'name', '大磯', '美穂');
    await fillName(page, 'kana', 'おおいそ', 'みほ');
    await fillDate(page, 'birthDate', '1994', 3, 8);
    await page.fill('#postalCode', '2590131');
    await page.fill('#address', '神奈川県中郡二宮町中里2-1-5');
    await page.fill('#phone', '0463-72-0000');
  });
  const due = reiwaDate(200);
  await formPage(actor, TITLE, '妊娠について', 'pregnancy', async (page) => {
    await fillDate(page, 'dueDate', due.year, due.month, due.day);
    await fillDate(page, 'diagnosisDate', 'R8', 10, 1);
    await page.fill('#clinic', '二宮マタニティクリニック');
    await choose(page, 'babies', '1');
    await choose(page, 'firstPregnancy', 'no');
  });
  await formPage(actor, TITLE, '体調や相談したいこと', 'health', async (page) => {
    await choose(page, 'hasWorries', 'no');
  });
  await check(actor, 'check', titled(`申請内容の確認｜${TITLE}`));
  return declareAndSubmit(actor, TITLE);
}

describe('the correction round in the browser (JavaScript off, 360 px; the reopened form also with JavaScript and 200 % text)', () => {
  const { server, browser } = useServerAndBrowser();

  it('staff reopen two questions, the resident corrects them in the form, staff see before and after', async () => {
    const resident = await openActor(browser(), 'hosei-resident', 360);
    const staff = await openActor(browser(), 'hosei-staff', 1024);
    try {
      const { receipt, applicationId } = await applyForNinshin(resident, server());
      const caseUrl = `${server().internalUrl}${TOWN}/cases/${applicationId}`;
      const caseTitle = titled(`${LEGAL_TITLE}（受付番号 ${receipt}）`, '｜二宮町 職員用');

      await staffSignIn(staff, server(), 'kosodate');
      await staff.page.goto(caseUrl);
      await check(staff, 'case', caseTitle);
      await staff.page.click('main form[action$="/actions/take"] button');
      await check(staff, 'case:taken', caseTitle);
      assert.equal(await staff.page.locator('main form[action$="/actions/take"]').count(), 0, 'no 担当する once it is mine');
      await staff.page.check('input[name="fields"][value="todokede-nin:address"]');
      await staff.page.check('input[name="fields"][value="kenko:hasWorries"]');
      await staff.page.fill('#correction-message', '住所の番地が住民票と違います。保健師への相談のご希望もあわせてお知らせください。');
      await staff.page.click('main form[action$="/actions/request_correction"] button');
      await check(staff, 'case:asked', caseTitle);
      assert.equal(await staff.page.locator('main form[action$="/actions/complete"]').count(), 0, 'no 完了 while the resident is asked');

      const { page } = resident;
      await page.goto(`${server().publicUrl}${TOWN}/mypage/applications/${applicationId}`);
      await check(resident, 'status', titled(`申請の状況（${receipt}）`));
      assert.match(await mainText(page), /補正のお願い.*住所の番地が住民票と違います/su);
      assert.match((await page.textContent('.steps')) ?? '', /補正依頼（現在）/u);
      await page.click('main button:has-text("申請内容を直す")');
      await check(resident, 'reopened-applicant', titled(`補正　届け出る方（妊娠している方）｜${TITLE}`));
      assert.equal(await page.inputValue('#address'), '神奈川県中郡二宮町中里2-1-5', 'prefilled with what was sent');
      assert.equal(await page.locator('#name-family').count(), 0, 'only the reopened questions');
      assert.match(await mainText(page), /担当者からの補正のお願い：住所の番地が住民票と違います/u);
      await noSidewaysScroll(page, 'reopened-applicant');
      await page.fill('#address', '神奈川県中郡二宮町中里2-1-15');
      await continueButton(page);

      await check(resident, 'reopened-health', titled(`補正　体調や相談したいこと｜${TITLE}`));
      assert.match(await mainText(page), /「体調や生活のことで、保健師に相談したいことはありますか」で「はい」を選んだ方のみお答えください/u, 'without JavaScript the follow-up stays under its heading');
      await choose(page, 'hasWorries', 'yes');
      await continueButton(page, true);
      await check(resident, 'reopened-health-error', titled(`エラー：補正　体調や相談したいこと｜${TITLE}`));
      await page.fill('#worries', '夜によく眠れません');
      await continueButton(page);

      await check(resident, 'correction-check', titled(`補正の内容の確認｜${TITLE}`));
      const changes = await page.textContent('table.changes');
      assert.match(changes!, /神奈川県中郡二宮町中里2-1-5.*神奈川県中郡二宮町中里2-1-15/su);
      assert.match(changes!, /（質問の対象外）.*夜によく眠れません/su);
      await noSidewaysScroll(page, 'correction-check');
      await page.click('main form button[type=submit]');
      await check(resident, 'status:answered', titled(`申請の状況（${receipt}）`));
      assert.match(await mainText(page), /補正への回答を送りました/u);

      await staff.page.goto(caseUrl);
      await check(staff, 'case:answered', caseTitle);
      const history = await staff.page.textContent('.case-history');
      assert.match(history!, /変更した回答（3件）/u);
      assert.match(history!, /住所.*神奈川県中郡二宮町中里2-1-5.*神奈川県中郡二宮町中里2-1-15/su);
    } finally {
      await resident.context.close();
      await staff.context.close();
    }
  });

  it('the reopened form shows a follow-up only when it applies with JavaScript, and stays usable at 200 % text', async () => {
    const context = await newContext(browser(), { javaScript: true, width: 360 });
    const page = await newPage(context, true);
    const problems = watchProblems(page);
    try {
      await doubleText(page);
      const js: Actor = { context, page, problems, prefix: 'conditional-js', seen: 0, titles: new Map() };
      await startApplication(js, server(), { slug: SLUG, title: TITLE, legalTitle: LEGAL_TITLE, email: 'js@example.jp' });
      await page.waitForLoadState('load');
      await page.goto(page.url().replace(/\/[a-z-]+$/u, '/kenko'));
      const followUp = page.locator('.conditional');
      assert.equal(await followUp.isHidden(), true, 'hidden until it applies');
      await page.check('input[name="hasWorries"][value="yes"]');
      assert.equal(await followUp.isVisible(), true, 'shown at once when it applies');
      assert.match((await page.textContent('.conditional'))!, /※必須/u);
      await checkPage(page, 'conditional-js-shown', { title: titled(`体調や相談したいこと｜${TITLE}`) }, problems);
      await noSidewaysScroll(page, 'conditional-js-shown');
      await page.check('input[name="hasWorries"][value="no"]');
      assert.equal(await followUp.isHidden(), true, 'hidden again');
    } finally {
      await context.close();
    }
  });
});
