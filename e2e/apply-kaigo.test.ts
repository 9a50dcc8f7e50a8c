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
  openActor,
  pdfUpload,
  residentAnswersCorrection,
  residentSeesCompleted,
  staffCompletes,
  staffRequestsCorrection,
  staffSignIn,
  startApplication,
  titled,
} from './apply-helpers.ts';

/** The legal name, as staff pages show it; residents read the plain title. */
const LEGAL_TITLE = '要介護・要支援認定の申請';
const TITLE = '介護保険の認定（要介護・要支援）を申請する';
const SLUG = 'kaigo-nintei';

describe('要介護・要支援認定の申請 from start to 完了 with the My Number card, JavaScript off on both sides', () => {
  const suite = useServerAndBrowser({ mynumber: true });

  it('a daughter applies for her father; 高齢介護課 ask for a 補正 and complete it', async () => {
    const server = suite.server();
    const resident = await openActor(suite.browser(), 'apply-kaigo');
    const { page } = resident;
    const email = 'hanako.kaigo@example.jp';
    await startApplication(resident, server, { slug: SLUG, title: TITLE, legalTitle: LEGAL_TITLE, email, cardHolder: /二宮 花子/ });

    await formPage(resident, TITLE, '申請する方', 'applicant', async (p) => {
      assert.deepEqual(await p.locator('main .locked-value').allTextContents(), ['二宮　花子', '昭和61年（1986年）4月12日']);
      await fillName(p, 'kana', 'ニノミヤ', 'ハナコ');
      await p.fill('#postalCode', '2590123');
      await p.fill('#phone', '090-2222-3333');
    });
    await formPage(resident, TITLE, '認定を受ける方との関係', 'relation', async (p) => {
      await choose(p, 'applicantRelation', 'family');
      await p.fill('#relationDetail', '長女');
    });

    // The insured person: born in 昭和, the address from the postal code.
    await check(resident, 'insured', titled(`認定を受ける方（被保険者）｜${TITLE}`));
    await fillName(page, 'insuredName', '二宮', '茂');
    await fillName(page, 'insuredKana', 'ニノミヤ', 'シゲル');
    await fillDate(page, 'insuredBirthDate', '昭和20', 3, 10);
    await page.fill('#insuredPostalCode', '259-0124');
    await page.click('text=郵便番号から住所を入力する');
    await check(resident, 'insured:lookup', titled(`認定を受ける方（被保険者）｜${TITLE}`));
    assert.equal(await page.inputValue('#insuredAddress'), '神奈川県中郡二宮町山西');
    await page.fill('#insuredAddress', '神奈川県中郡二宮町山西1823番地');
    await continueButton(page);

    await formPage(resident, TITLE, '介護保険の資格', 'insurance', async (p) => {
      await choose(p, 'ageGroup', 'first');
      await p.fill('#insuredNumber', '0001234567');
    });

    // The mistake: a digit missing from the clinic's phone number.
    await check(resident, 'doctor', titled(`主治医｜${TITLE}`));
    await choose(page, 'hasDoctor', 'yes');
    await fillName(page, 'doctorName', '湘南', '一郎');
    await page.fill('#clinicName', '湘南内科クリニック');
    await page.fill('#clinicAddress', '神奈川県中郡二宮町二宮800番地');
    await page.fill('#clinicPhone', '0463-71-123');
    await continueButton(page, true);
    await expectFieldError(resident, TITLE, '主治医', 'doctor', {
      field: 'clinicPhone',
      input: 'clinicPhone',
      message: '医療機関の電話番号：固定電話の番号は10桁です。入力された番号は9桁です。',
      kept: { '#clinicPhone': '0463-71-123', '#clinicName': '湘南内科クリニック', '#doctorName-given': '一郎' },
    });
    await page.fill('#clinicPhone', '0463-71-1234');
    await continueButton(page);

    await formPage(resident, TITLE, '現在の状況', 'now', async (p) => choose(p, 'currentPlace', 'home'));
    await formPage(resident, TITLE, '申請する理由', 'reason', async (p) => {
      await p.fill('#reason', '足腰が弱くなり、一人で入浴や買い物をすることが難しくなったため。');
      await p.fill('#wantedServices', 'デイサービス、手すりの取付け');
    });
    await formPage(resident, TITLE, '認定調査の連絡先', 'survey', async (p) => {
      await choose(p, 'contactFor', 'family');
      await fillName(p, 'contactName', '二宮', '花子');
      await p.fill('#contactRelationship', '長女');
      await p.fill('#contactPhone', '090-2222-3333');
      await p.fill('#surveyNotes', '耳が遠いので、家族が同席します。平日の午前を希望します。');
    });
    await formPage(resident, TITLE, '認定の資料の提供', 'sharing', async (p) => choose(p, 'shareWithCareManager', 'yes'));
    await formPage(resident, TITLE, '添付書類', 'attachments', async (p) => {
      await p.setInputFiles('#insuranceCardImage', await jpegUpload('介護保険被保険者証.jpg', '#f0e0c0'));
    });

    await expectCheckPage(resident, TITLE, [
      '二宮　花子',
      '長女',
      '二宮　茂',
      'ニノミヤ　シゲル',
      '昭和20年（1945年）3月10日',
      '〒259-0124',
      '神奈川県中郡二宮町山西1823番地',
      '65歳以上（第1号被保険者）',
      '0001234567',
      '湘南内科クリニック',
      '0463-71-1234',
      '自宅（在宅）',
      'デイサービス、手すりの取付け',
      '耳が遠いので',
      '介護保険被保険者証.jpg',
    ]);
    await changeFromCheck(resident, TITLE, '申請する理由', '申請する理由', 'reason', async (p) => {
      await p.fill('#reason', '足腰が弱くなり、一人で入浴や買い物をすることが難しくなったため。最近、自宅で転倒しました。');
    });
    await expectCheckPage(resident, TITLE, ['最近、自宅で転倒しました。']);
    await backFromCheck(resident, TITLE, '添付書類', 'attachments', {}, ['介護保険被保険者証.jpg']);
    const { receipt } = await declareAndSubmit(resident, TITLE);

    const staff = await openActor(suite.browser(), 'apply-kaigo-staff', 1280);
    await staffSignIn(staff, server, 'kaigo');
    const request = '被保険者証の写真がぼやけていて、番号が読み取れません。もう一度撮影するか、PDFで添付してください。';
    await staffRequestsCorrection(staff, LEGAL_TITLE, receipt, { answers: ['二宮　茂', '昭和20年（1945年）3月10日', '湘南内科クリニック', '最近、自宅で転倒しました。'], attachments: 1, message: request });

    await residentAnswersCorrection(resident, server, receipt, TITLE, { request, message: '被保険者証をスキャンしてPDFにしました。', file: await pdfUpload('介護保険被保険者証.pdf', 'Kaigo hokensha-sho (test scan)') });

    const done = '認定調査の日程について、調査員から電話でご連絡します。';
    await staffCompletes(staff, LEGAL_TITLE, receipt, { answer: '被保険者証をスキャンしてPDFにしました。', attachments: 2, message: done });
    await residentSeesCompleted(resident, server, receipt, TITLE, done);
    assert.deepEqual(await applicationsOf(server, email), [{ receiptNumber: receipt, status: 'completed' }]);
    await Promise.all([resident.context.close(), staff.context.close()]);
  });
});
