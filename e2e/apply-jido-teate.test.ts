import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
  pdfUpload,
  pngUpload,
  residentAnswersCorrection,
  residentSeesCompleted,
  staffCompletes,
  staffRequestsCorrection,
  staffSignIn,
  startApplication,
  titled,
} from './apply-helpers.ts';

/** The legal name, as staff pages show it; residents read the plain title. */
const LEGAL_TITLE = '児童手当等の受給資格及び児童手当の額についての認定請求';
const TITLE = '児童手当を申請する';
const SLUG = 'jido-teate-nintei-seikyu';

describe('児童手当の認定請求 from start to 完了 with the My Number card, JavaScript off on both sides', () => {
  const suite = useServerAndBrowser({ mynumber: true });

  it('a parent with two children applies after the card sign-in; 子育て・健康課 ask for a 補正 and complete it', async () => {
    const server = suite.server();
    const resident = await openActor(suite.browser(), 'apply-jido');
    const { page } = resident;
    const email = 'hanako.ninomiya@example.jp';
    await startApplication(resident, server, { slug: SLUG, title: TITLE, legalTitle: LEGAL_TITLE, email, cardHolder: /二宮 花子/ });

    // 請求する方: name and birth date come from the card and cannot be changed; the address can.
    await formPage(resident, TITLE, '請求する方', 'applicant', async (p) => {
      const locked = await p.locator('main .locked-value').allTextContents();
      assert.deepEqual(locked, ['二宮　花子', '昭和61年（1986年）4月12日'], 'name and birth date as the card gives them');
      assert.equal(await p.locator('#name-family').count(), 0, 'no input for a locked value');
      assert.equal(await p.inputValue('#address'), '神奈川県中郡二宮町二宮1240番地の3');
      assert.match((await p.textContent('#address-hint'))!, /マイナンバーカードの情報から入力しました/);
      await fillName(p, 'kana', 'ニノミヤ', 'ハナコ');
      await p.fill('#postalCode', '259-0123');
      await p.fill('#phone', '０４６３（７１）１２３４');
    });
    await formPage(resident, TITLE, 'お仕事と年金', 'work', async (p) => {
      await choose(p, 'occupation', 'employee');
      await choose(p, 'pension', 'kosei');
      await p.fill('#employerName', '株式会社湘南精機');
    });
    await formPage(resident, TITLE, '配偶者', 'spouse', async (p) => {
      await choose(p, 'hasSpouse', 'yes');
      await fillName(p, 'spouseName', '二宮', '健太');
      await fillName(p, 'spouseKana', 'ﾆﾉﾐﾔ', 'ｹﾝﾀ');
      await fillDate(p, 'spouseBirthDate', '昭和59', 8, 3);
      await choose(p, 'spouseLivesTogether', 'yes');
      await choose(p, 'higherIncome', 'yes');
    });
    await formPage(resident, TITLE, '児童の状況', 'children-status', async (p) => {
      await choose(p, 'hasUnderThree', 'yes');
      await choose(p, 'anyApart', 'no');
    });

    // 養育している児童: a repeating group; the second child is added with a button, no script.
    await check(resident, 'children', titled(`養育している児童｜${TITLE}`));
    await fillName(page, 'children-0-childName', '二宮', '陽翔');
    await fillName(page, 'children-0-childKana', 'にのみや', 'はると');
    await fillDate(page, 'children-0-childBirthDate', 'R2', 6, 15);
    await choose(page, 'children-0-childRelationship', 'child');
    await choose(page, 'children-0-childLiving', 'together');
    await page.click('main button:has-text("児童を追加する")');
    await check(resident, 'children:added', titled(`養育している児童｜${TITLE}`));
    assert.equal(await page.locator('main fieldset.repeat-item').count(), 2);
    assert.equal(await page.inputValue('#children-0-childName-given'), '陽翔', 'adding a child keeps the first one');
    await fillName(page, 'children-1-childName', '二宮', '結衣');
    await fillName(page, 'children-1-childKana', 'ニノミヤ', 'ユイ');
    await fillDate(page, 'children-1-childBirthDate', '令和10', 9, 1);
    await choose(page, 'children-1-childRelationship', 'child');
    await choose(page, 'children-1-childLiving', 'together');
    await continueButton(page, true);
    await expectFieldError(resident, TITLE, '養育している児童', 'children', {
      field: 'children-1-childBirthDate',
      input: 'children-1-childBirthDate-year',
      message: '児童（2）：児童の生年月日は今日以前の日付を入力してください',
      kept: { '#children-1-childBirthDate-year': '令和10', '#children-1-childName-given': '結衣', '#children-0-childKana-family': 'にのみや' },
    });
    await page.fill('#children-1-childBirthDate-year', '令和6');
    await continueButton(page);

    await formPage(resident, TITLE, '高校卒業後の年代の子', 'older-children', async (p) => {
      await choose(p, 'hasOlderChildren', 'no');
    });
    await formPage(resident, TITLE, '手当の振込先', 'account', async (p) => {
      await choose(p, 'accountChoice', 'other');
      await p.fill('#bankName', 'しょうなん信用金庫');
      await p.fill('#branchName', '二宮支店');
      await choose(p, 'accountType', 'futsu');
      await p.fill('#accountNumber', '1234567');
      await fillName(p, 'accountHolderKana', 'ニノミヤ', 'ハナコ');
    });
    await formPage(resident, TITLE, '添付書類', 'attachments', async (p) => {
      await p.setInputFiles('#accountProof', await jpegUpload('通帳.jpg'));
      await p.setInputFiles('#insuranceProof', await pdfUpload('資格情報のお知らせ.pdf', 'Shikaku joho no oshirase (test)'));
    });

    await expectCheckPage(resident, TITLE, [
      '二宮　花子',
      'ニノミヤ　ハナコ',
      '0463-71-1234',
      '株式会社湘南精機',
      'ニノミヤ　ケンタ',
      '昭和59年（1984年）8月3日',
      '児童（1）　児童の氏名',
      '二宮　陽翔',
      'ニノミヤ　ハルト',
      '令和2年（2020年）6月15日',
      '児童（2）　児童の氏名',
      '令和6年（2024年）9月1日',
      'しょうなん信用金庫',
      '通帳.jpg',
      '資格情報のお知らせ.pdf',
    ]);
    await changeFromCheck(resident, TITLE, '支店名', '手当の振込先', 'account', async (p) => {
      assert.equal(await p.inputValue('#branchName'), '二宮支店');
      await p.fill('#branchName', '大磯支店');
    });
    await expectCheckPage(resident, TITLE, ['大磯支店']);
    await backFromCheck(resident, TITLE, '添付書類', 'attachments', {}, ['通帳.jpg', '資格情報のお知らせ.pdf']);
    const { receipt } = await declareAndSubmit(resident, TITLE);

    const staff = await openActor(suite.browser(), 'apply-jido-staff', 1280);
    await staffSignIn(staff, server, 'kosodate');
    const request = '健康保険の資格情報のお知らせで、被保険者等記号・番号が隠れていませんでした。番号を隠したものを添付し直してください。';
    await staffRequestsCorrection(staff, LEGAL_TITLE, receipt, { answers: ['二宮　花子', '二宮　陽翔', '二宮　結衣', '大磯支店', '株式会社湘南精機'], attachments: 2, message: request });
    assert.match(await mainText(staff.page), /資格情報のお知らせ\.pdf/);

    await residentAnswersCorrection(resident, server, receipt, TITLE, { request, message: '番号を隠して撮影し直しました。', file: await pngUpload('資格情報のお知らせ（番号なし）.png', '#ffffff') });

    const done = '認定通知書を郵送します。手当は来月分から支給します。';
    await staffCompletes(staff, LEGAL_TITLE, receipt, { answer: '番号を隠して撮影し直しました。', attachments: 3, message: done });
    await residentSeesCompleted(resident, server, receipt, TITLE, done);
    assert.deepEqual(await applicationsOf(server, email), [{ receiptNumber: receipt, status: 'completed' }]);
    await Promise.all([resident.context.close(), staff.context.close()]);
  });
});
