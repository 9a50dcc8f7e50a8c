import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';
import { insuredNumberField, kaigoAccountPage, kaigoAccountProofField, kaigoApplicantPages } from './shared/kaigo-pages.ts';

/** 高額介護（予防）サービス費の支給申請 (介護保険法第51条・第61条). The paper form is 介護保険高額介護（予防）サービス費支給申請書; the title is the one in the national list of 介護関係11手続. */
export const kaigoKogakuServiceHi: FormDefinitionInput = {
  id: 'kaigo-kogaku-service-hi',
  title: '高額介護（予防）サービス費の支給申請',
  plainTitle: '介護サービスの自己負担が高額になったときに払い戻しを受ける',
  keywords: ['払い戻し', '高額介護サービス費', '上限'],
  category: 'kaigo',
  summary: '1か月に支払った介護サービスの自己負担の合計が上限額を超えたときに、超えた分を払い戻す手続きです。一度申請すると、次からは同じ口座に自動で振り込みます。',
  audience: '介護サービスの自己負担額が上限額を超え、町から申請のご案内が届いた方',
  bring: ['町から届いた申請のご案内', '振込先の口座がわかるもの（通帳またはキャッシュカード）'],
  fee: null,
  processingDays: 30,
  processingNote: '審査の後、支給の決定をお知らせし、指定の口座に振り込みます。サービスを利用した月から、振り込みまでに3か月ほどかかります。サービスを利用した月の翌月の初日から2年を過ぎると、申請できなくなります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間申請できます。窓口（高齢介護課）や郵送でも受け付けています。',
  department: 'kaigo',
  assurance: 'high',
  retentionYears: 5,
  basis: '介護保険法第51条（高額介護サービス費）・第61条（高額介護予防サービス費）',
  pages: [
    ...kaigoApplicantPages({ who: 'サービスを利用した方', locked: true }),
    {
      id: 'taisho',
      title: '申請の内容',
      intro: NO_INDIVIDUAL_NUMBER,
      fields: [
        insuredNumberField(),
        { name: 'serviceMonth', type: 'text', label: 'サービスを利用した月', maxLength: 20, hint: '町から届いたご案内に書かれている月を入力してください。例：令和7年4月' },
      ],
    },
    {
      id: 'setai',
      title: '同じ世帯の方',
      intro: '同じ世帯で介護サービスを利用している方がいる場合は、世帯で合算して計算します。',
      fields: [{ name: 'otherUsersInHousehold', type: 'yesNo', label: '同じ世帯に、介護サービスを利用している方がほかにいますか' }],
    },
    {
      id: 'setai-riyosha',
      title: '同じ世帯で介護サービスを利用している方',
      showIf: { field: 'otherUsersInHousehold', equals: 'yes' },
      repeat: { name: 'householdUsers', itemLabel: '利用している方', min: 1, max: 5 },
      fields: [
        { name: 'memberName', type: 'name', label: '氏名' },
        { name: 'memberInsuredNumber', type: 'text', label: '介護保険の被保険者番号（わかる場合）', maxLength: 10, required: false },
        { name: 'memberRelationship', type: 'text', label: 'サービスを利用した方との続柄', maxLength: 20, hint: '例：夫、妻' },
      ],
    },
    kaigoAccountPage({ registeredLabel: '前に申請した口座のまま変えない' }),
    {
      id: 'meigi',
      title: '口座の名義',
      showIf: { field: 'accountChoice', equals: 'new' },
      fields: [
        {
          name: 'accountHolder',
          type: 'choice',
          label: '口座の名義人',
          options: [
            { value: 'insured', label: 'サービスを利用した方（被保険者）ご本人' },
            { value: 'other', label: 'ほかの方（ご家族など）' },
          ],
        },
        {
          name: 'delegation',
          type: 'consent',
          label: 'サービスを利用した方（被保険者）は、高額介護サービス費の受け取りを口座の名義人に委任します',
          hint: '被保険者ご本人の意思を確認したうえで、同意してください。',
          showIf: { field: 'accountHolder', equals: 'other' },
        },
      ],
    },
    {
      id: 'tenpu',
      title: '添付書類',
      fields: [
        kaigoAccountProofField(),
        {
          name: 'receipts',
          type: 'file',
          label: '介護サービスの領収書の写し（任意）',
          hint: '町は事業所からの請求で利用の状況を確認できるため、通常は不要です。',
          required: false,
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
  ],
  declaration: '申請した内容に相違ありません。支給額を計算するため、町が世帯の介護サービスの利用状況や税の情報を確認することに同意します。',
};
