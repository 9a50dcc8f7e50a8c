import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatBothCalendars } from '../src/forms/inputs/wareki-date.ts';
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
  fakePngUpload,
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
const LEGAL_TITLE = '保育施設等の利用申込';
const TITLE = '保育園などの利用を申し込む';
const SLUG = 'hoiku-riyou-moshikomi';

/** The first day of the month after next, in Tokyo: when a 保育 place would start. */
function nextStart(): { iso: string; year: string; month: number } {
  const now = new Date(Date.now() + 9 * 3600_000);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));
  const [y, m] = [start.getUTCFullYear(), start.getUTCMonth() + 1];
  return { iso: `${y}-${String(m).padStart(2, '0')}-01`, year: `R${y - 2018}`, month: m };
}

describe('保育施設等の利用申込 from start to 完了 with the My Number card, JavaScript off on both sides', () => {
  const suite = useServerAndBrowser({ mynumber: true });

  it('two working parents apply for a place for their son; 子育て・健康課 ask for a 補正 and complete it', async () => {
    const server = suite.server();
    const resident = await openActor(suite.browser(), 'apply-hoiku');
    const { page } = resident;
    const email = 'misaki.sato@example.jp';
    await startApplication(resident, server, { slug: SLUG, title: TITLE, legalTitle: LEGAL_TITLE, email, cardHolder: /佐藤 美咲/ });

    await formPage(resident, TITLE, '申し込む保護者', 'parent', async (p) => {
      assert.deepEqual(await p.locator('main .locked-value').allTextContents(), ['佐藤　美咲', '平成15年（2003年）7月25日']);
      await fillName(p, 'kana', 'さとう', 'みさき');
      await p.fill('#postalCode', '259-0133');
      await p.fill('#phone', '080-1111-2222');
    });

    // The children: a second one added and removed again, with buttons only.
    await check(resident, 'children', titled(`利用を申し込むお子さん｜${TITLE}`));
    await fillName(page, 'children-0-childName', '佐藤', '蓮');
    await fillName(page, 'children-0-childKana', 'サトウ', 'レン');
    await fillDate(page, 'children-0-childBirthDate', 'R5', 7, 20);
    await choose(page, 'children-0-childGender', 'male');
    await page.fill('#children-0-childNeeds', '卵アレルギーがあります（除去食をお願いします）。');
    await page.click('main button:has-text("お子さんを追加する")');
    await check(resident, 'children:added', titled(`利用を申し込むお子さん｜${TITLE}`));
    assert.equal(await page.locator('main fieldset.repeat-item').count(), 2);
    await page.click('main button:has-text("このお子さん（2）を削除する")');
    await check(resident, 'children:removed', titled(`利用を申し込むお子さん｜${TITLE}`));
    assert.equal(await page.locator('main fieldset.repeat-item').count(), 1);
    assert.equal(await page.inputValue('#children-0-childNeeds'), '卵アレルギーがあります（除去食をお願いします）。', 'removing the second keeps the first');
    await continueButton(page);

    await formPage(resident, TITLE, '保育認定', 'nintei', async (p) => choose(p, 'hasNintei', 'no'));
    const start = nextStart();
    await formPage(resident, TITLE, '希望する施設と利用開始日', 'wishes', async (p) => {
      await p.fill('#firstChoice', '町立二宮保育園');
      await p.fill('#secondChoice', 'にのみやこども園');
      await fillDate(p, 'startDate', start.year, start.month, 1);
      await choose(p, 'acceptOther', 'yes');
    });
    await formPage(resident, TITLE, '希望する保育の時間', 'hours', async (p) => {
      await p.fill('#dropOffTime', '8時00分');
      await p.fill('#pickUpTime', '17時30分');
    });

    // The mistake: more hours in a month than a month has.
    await check(resident, 'my-work', titled(`あなたの就労などの状況｜${TITLE}`));
    await choose(page, 'myReason', 'work');
    await page.fill('#myWorkplace', '株式会社二宮ソフト');
    await page.fill('#myWorkplaceAddress', '神奈川県平塚市宝町1-1');
    await page.fill('#myWorkHours', '１４００');
    await continueButton(page, true);
    await expectFieldError(resident, TITLE, 'あなたの就労などの状況', 'my-work', {
      field: 'myWorkHours',
      input: 'myWorkHours',
      message: '1か月の就労時間は744以下で入力してください',
      kept: { '#myWorkHours': '１４００', '#myWorkplace': '株式会社二宮ソフト', '#myWorkplaceAddress': '神奈川県平塚市宝町1-1' },
    });
    assert.ok(await page.isChecked('input[name="myReason"][value="work"]'), 'the chosen reason is kept');
    await page.fill('#myWorkHours', '１４０');
    await continueButton(page);

    await formPage(resident, TITLE, 'もう一人の保護者', 'other-parent', async (p) => {
      await choose(p, 'hasOtherParent', 'yes');
      await fillName(p, 'otherParentName', '佐藤', '拓也');
      await fillName(p, 'otherParentKana', 'サトウ', 'タクヤ');
      await fillDate(p, 'otherParentBirthDate', '平成12', 2, 2);
    });
    await formPage(resident, TITLE, 'もう一人の保護者の就労などの状況', 'other-work', async (p) => {
      await choose(p, 'otherReason', 'work');
      await p.fill('#otherWorkplace', '湘南運輸株式会社');
      await p.fill('#otherWorkplaceAddress', '神奈川県小田原市栄町2-9');
      await p.fill('#otherWorkHours', '160');
    });
    await formPage(resident, TITLE, '同居している家族', 'household', async (p) => choose(p, 'hasHouseholdMembers', 'yes'));
    await formPage(resident, TITLE, '同居している家族の氏名と状況', 'household-members', async (p) => {
      await fillName(p, 'householdMembers-0-memberName', '佐藤', '和子');
      await fillDate(p, 'householdMembers-0-memberBirthDate', '昭和33', 11, 5);
      await p.fill('#householdMembers-0-memberRelationship', '祖母');
      await choose(p, 'householdMembers-0-memberStatus', 'work');
    });

    // 添付書類: a text file named .png is refused by its bytes, in words, at the field.
    await check(resident, 'attachments', titled(`添付書類｜${TITLE}`));
    await page.setInputFiles('#employmentCertificate', fakePngUpload('就労証明書.png'));
    await page.setInputFiles('#otherReasonProof', await pdfUpload('母子健康手帳.pdf', 'Boshi kenko techo (test)'));
    await continueButton(page, true);
    await check(resident, 'attachments-error', titled(`エラー：添付書類｜${TITLE}`));
    assert.match((await page.textContent('#employmentCertificate-error'))!, /^就労証明書：このファイルの形式は受け付けられません。PDF、JPEG、PNG、HEIC/);
    assert.equal(await page.getAttribute('#employmentCertificate', 'aria-invalid'), 'true');
    assert.match((await page.textContent('main ul.uploaded'))!, /母子健康手帳\.pdf/, 'the file that passed is kept');
    await page.setInputFiles('#employmentCertificate', await pngUpload('就労証明書.png'));
    await continueButton(page);

    await expectCheckPage(resident, TITLE, [
      '佐藤　美咲',
      'サトウ　ミサキ',
      '神奈川県中郡二宮町百合が丘二丁目5番8号',
      'お子さん（1）　お子さんの氏名',
      '佐藤　蓮',
      '令和5年（2023年）7月20日',
      '卵アレルギー',
      '町立二宮保育園',
      formatBothCalendars(start.iso),
      '140',
      '平成12年（2000年）2月2日',
      '湘南運輸株式会社',
      '家族（1）　氏名',
      '昭和33年（1958年）11月5日',
      '就労証明書.png',
      '母子健康手帳.pdf',
    ]);
    assert.doesNotMatch(await mainText(page), /お子さん（2）/, 'the removed child is gone');
    await changeFromCheck(resident, TITLE, '第2希望の施設名（任意）', '希望する施設と利用開始日', 'wishes', async (p) => {
      await p.fill('#secondChoice', '二宮駅前こども園');
      await p.fill('#thirdChoice', '町立百合が丘保育園');
    });
    await expectCheckPage(resident, TITLE, ['二宮駅前こども園', '町立百合が丘保育園']);
    await backFromCheck(resident, TITLE, '添付書類', 'attachments', {}, ['就労証明書.png', '母子健康手帳.pdf']);
    const { receipt } = await declareAndSubmit(resident, TITLE);

    const staff = await openActor(suite.browser(), 'apply-hoiku-staff', 1280);
    await staffSignIn(staff, server, 'kosodate');
    const request = 'もう一人の保護者（佐藤 拓也さん）の就労証明書が添付されていません。勤務先で作成してもらい、添付してください。';
    await staffRequestsCorrection(staff, LEGAL_TITLE, receipt, { answers: ['佐藤　美咲', '佐藤　蓮', '二宮駅前こども園', '湘南運輸株式会社', '佐藤　和子'], attachments: 2, message: request });

    await residentAnswersCorrection(resident, server, receipt, TITLE, { request, message: '夫の就労証明書を添付します。', file: await jpegUpload('就労証明書（夫）.jpg') });

    const done = '利用調整の結果は、利用開始月の前月下旬までに郵送でお知らせします。';
    await staffCompletes(staff, LEGAL_TITLE, receipt, { answer: '夫の就労証明書を添付します。', attachments: 3, message: done });
    await residentSeesCompleted(resident, server, receipt, TITLE, done);
    assert.deepEqual(await applicationsOf(server, email), [{ receiptNumber: receipt, status: 'completed' }]);
    await Promise.all([resident.context.close(), staff.context.close()]);
  });
});
