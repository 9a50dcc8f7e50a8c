import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatBothCalendars } from '../src/forms/inputs/wareki-date.ts';
import { checkPage, newPage, watchProblems } from './browser.ts';
import { useServerAndBrowser } from './server.ts';
import {
  applicationsOf,
  backFromCheck,
  changeFromCheck,
  check,
  choose,
  continueButton,
  declareAndSubmit,
  expectCheckPage,
  expectFieldError,
  fillDate,
  fillName,
  formPage,
  jpegUpload,
  mainText,
  openActor,
  pngUpload,
  reiwaDate,
  residentAnswersCorrection,
  residentSeesCompleted,
  staffCompletes,
  staffRequestsCorrection,
  staffSignIn,
  startApplication,
  titled,
  TOWN,
  type Actor,
} from './apply-helpers.ts';

/** The legal name, as staff pages show it; residents read the plain title. */
const LEGAL_TITLE = '妊娠の届出';
const TITLE = '妊娠を届け出る（母子健康手帳の交付）';
const SLUG = 'ninshin-todokede';

/** The three pages of the 届出 with answers that pass, for the test that only needs to reach the check page. */
async function fillAllPages(actor: Actor): Promise<void> {
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
    await fillDate(page, 'diagnosisDate', 'R7', 10, 1);
    await page.fill('#clinic', '二宮マタニティクリニック');
    await choose(page, 'babies', '1');
    await choose(page, 'firstPregnancy', 'no');
  });
  await formPage(actor, TITLE, '体調や相談したいこと', 'health', async (page) => {
    await choose(page, 'hasWorries', 'no');
  });
}

describe('妊娠の届出 from start to 完了, JavaScript off on both sides', () => {
  const suite = useServerAndBrowser();

  it('a resident applies, staff of 子育て・健康課 ask for a 補正, the resident answers and the case is completed', async () => {
    const server = suite.server();
    const resident = await openActor(suite.browser(), 'apply-ninshin');
    const { page } = resident;
    const email = 'sakura.ninomiya@example.jp';
    await startApplication(resident, server, { slug: SLUG, title: TITLE, legalTitle: LEGAL_TITLE, email });

    // Page 1: the address comes from the postal code (a button, no script), the フリガナ is wrong.
    await check(resident, 'applicant', titled(`届け出る方（妊娠している方）｜${TITLE}`));
    assert.equal(await page.textContent('main .progress'), '1ページ目（このあと2ページと、申請内容の確認があります）');
    await fillName(page, 'name', '二宮', 'さくら');
    await fillName(page, 'kana', '二宮', 'さくら');
    await fillDate(page, 'birthDate', '平成8', 5, 20);
    await page.fill('#postalCode', '２５９－０１２３');
    await page.fill('#phone', '090-1234-5678');
    await page.click('text=郵便番号から住所を入力する');
    await check(resident, 'applicant:lookup', titled(`届け出る方（妊娠している方）｜${TITLE}`));
    assert.equal(await page.inputValue('#address'), '神奈川県中郡二宮町二宮', 'the address is filled in from the postal code');
    assert.equal(await page.inputValue('#kana-family'), '二宮', 'the lookup keeps the other answers');
    await page.fill('#address', '神奈川県中郡二宮町二宮1240番地の3');
    await continueButton(page, true);
    await expectFieldError(resident, TITLE, '届け出る方（妊娠している方）', 'applicant', {
      field: 'kana',
      input: 'kana-family',
      message: 'フリガナはカタカナで入力してください（ひらがなでも入力できます）',
      kept: { '#kana-family': '二宮', '#kana-given': 'さくら', '#name-family': '二宮', '#birthDate-year': '平成8', '#address': '神奈川県中郡二宮町二宮1240番地の3', '#phone': '090-1234-5678' },
    });
    await page.fill('#kana-family', 'にのみや');
    await continueButton(page);

    // Page 2: 出産予定日 in 和暦 (令和), the diagnosis in 西暦.
    const due = reiwaDate(190);
    const diagnosed = reiwaDate(-35);
    await formPage(resident, TITLE, '妊娠について', 'pregnancy', async (p) => {
      assert.equal(await p.textContent('main .progress'), '2ページ目（このあと1ページと、申請内容の確認があります）');
      await fillDate(p, 'dueDate', due.year, due.month, due.day);
      await fillDate(p, 'diagnosisDate', diagnosed.iso.slice(0, 4), diagnosed.month, diagnosed.day);
      await p.fill('#clinic', '湘南レディースクリニック');
      await choose(p, 'babies', '1');
      await choose(p, 'firstPregnancy', 'yes');
    });

    // Page 3: a question that depends on one above it on the same page, and the attachment.
    const shindan = await pngUpload('妊娠診断書.png');
    await formPage(resident, TITLE, '体調や相談したいこと', 'health', async (p) => {
      await choose(p, 'hasWorries', 'yes');
      await p.fill('#worries', 'つわりが重く、仕事を続けられるか不安です。');
      await p.setInputFiles('#diagnosisDocument', shindan);
    });

    await expectCheckPage(resident, TITLE, ['二宮　さくら', 'ニノミヤ　サクラ', '平成8年（1996年）5月20日', '〒259-0123', '神奈川県中郡二宮町二宮1240番地の3', '090-1234-5678', formatBothCalendars(due.iso), '湘南レディースクリニック', 'つわりが重く', '妊娠診断書.png']);
    await changeFromCheck(resident, TITLE, '診断を受けた医療機関の名称', '妊娠について', 'pregnancy', async (p) => {
      assert.equal(await p.inputValue('#clinic'), '湘南レディースクリニック', 'the change link opens the page with the answer');
      await p.fill('#clinic', '湘南マタニティクリニック');
    });
    await expectCheckPage(resident, TITLE, ['湘南マタニティクリニック']);
    await backFromCheck(resident, TITLE, '体調や相談したいこと', 'health', { '#worries': 'つわりが重く、仕事を続けられるか不安です。' });
    assert.doesNotMatch(await mainText(page), /湘南レディースクリニック/);
    const { receipt } = await declareAndSubmit(resident, TITLE);
    assert.match(await mainText(page), /子育て・健康課/);

    // 子育て・健康課 in the internal zone.
    const staff = await openActor(suite.browser(), 'apply-ninshin-staff', 1280);
    await staffSignIn(staff, server, 'kosodate');
    const request = '妊娠の診断を受けた日がわかる書類（医療機関の領収書など）を追加で添付してください。';
    await staffRequestsCorrection(staff, LEGAL_TITLE, receipt, { answers: ['二宮　さくら', 'ニノミヤ　サクラ', '湘南マタニティクリニック', 'つわりが重く'], attachments: 1, message: request });

    await residentAnswersCorrection(resident, server, receipt, TITLE, { request, message: '受診した日の領収書を撮影して添付しました。', file: await jpegUpload('領収書.jpg') });

    const done = '母子健康手帳は、保健師との面談の際にお渡しします。面談の日程は電話でご連絡します。';
    await staffCompletes(staff, LEGAL_TITLE, receipt, { answer: '受診した日の領収書を撮影して添付しました。', attachments: 2, message: done });
    await residentSeesCompleted(resident, server, receipt, TITLE, done);
    assert.deepEqual(await applicationsOf(server, email), [{ receiptNumber: receipt, status: 'completed' }]);
    await Promise.all([resident.context.close(), staff.context.close()]);
  });

  it('keeps one application and one 受付番号 when the submit form is posted twice', async () => {
    const server = suite.server();
    const resident = await openActor(suite.browser(), 'apply-twice');
    const email = 'twice@example.jp';
    await startApplication(resident, server, { slug: SLUG, title: TITLE, legalTitle: LEGAL_TITLE, email });
    await fillAllPages(resident);
    await expectCheckPage(resident, TITLE, ['大磯　美穂', 'オオイソ　ミホ']);
    const checkUrl = resident.page.url();

    // The same check page in a second tab, as after 戻る or a double tap: both forms are posted.
    const second = await newPage(resident.context, false);
    const secondProblems = watchProblems(second);
    await second.goto(checkUrl);
    await checkPage(second, 'apply-twice-check-second-tab', { title: titled(`申請内容の確認｜${TITLE}`) }, secondProblems);
    await resident.page.check('#declaration');
    await resident.page.click('main form button[type=submit]');
    await check(resident, 'done', titled(`申請を受け付けました｜${TITLE}`));
    const receipt = (await resident.page.textContent('.receipt .figure'))!.trim();
    const doneUrl = resident.page.url();

    await second.check('#declaration');
    await second.click('main form button[type=submit]');
    assert.equal(second.url(), doneUrl, 'the second post shows the same confirmation');
    await checkPage(second, 'apply-twice-done-second-tab', { title: titled(`申請を受け付けました｜${TITLE}`) }, secondProblems);
    assert.equal((await second.textContent('.receipt .figure'))!.trim(), receipt, 'the same 受付番号');

    // 戻る from the confirmation: the draft is gone, and the page says where the application is.
    await resident.page.goBack();
    await check(resident, 'back-after-submit', titled('申請の下書きが見つかりません'));
    await resident.page.click(`main a[href="${TOWN}/mypage/applications"]`);
    await check(resident, 'applications', titled('申請の一覧'));
    assert.equal(await resident.page.locator('tbody tr').count(), 1);
    assert.deepEqual(await applicationsOf(server, email), [{ receiptNumber: receipt, status: 'received' }]);
    await resident.context.close();
  });
});
