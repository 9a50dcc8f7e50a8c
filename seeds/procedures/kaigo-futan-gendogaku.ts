import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { ageGroupField, insuredNumberField, kaigoApplicantPages, kaigoHokenshaPage } from './shared/kaigo-pages.ts';

/** 介護保険負担限度額認定申請 (介護保険法第51条の3・第61条の3). The paper form is 介護保険負担限度額認定申請書 with the 同意書; the title is the one in the national list of 介護関係11手続. */
export const kaigoFutanGendogaku: FormDefinitionInput = {
  id: 'kaigo-futan-gendogaku',
  title: '介護保険負担限度額認定申請',
  plainTitle: '介護施設の食費・居住費の負担を軽くする認定を申請する',
  keywords: ['食費', '居住費', 'ショートステイ', '特養', '負担軽減'],
  category: 'kaigo',
  summary: '介護保険施設に入所したときや、ショートステイを利用したときの食費と居住費（滞在費）について、所得や預貯金が一定以下の方の負担を軽くするための認定を受ける手続きです。',
  audience: '介護保険施設への入所やショートステイを利用する方で、世帯全員（世帯が別の配偶者を含みます）が住民税非課税であり、預貯金などが基準以下の方、または生活保護を受けている方',
  bring: [
    '本人と配偶者の預貯金通帳の写し（銀行名・口座番号・名義人がわかるページと、直近2か月分の入出金のページ）',
    '有価証券・投資信託などをお持ちの方は、残高がわかる書類の写し',
    '入所している施設の名称と所在地',
  ],
  fee: null,
  processingDays: 14,
  processingNote: '認定されると「負担限度額認定証」をお送りします。認定は申請した月の初日から有効です。有効期間は毎年7月31日までで、続けて認定を受けるには毎年の申請が必要です。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間申請できます。窓口（高齢介護課）や郵送でも受け付けています。',
  department: 'kaigo',
  assurance: 'high',
  retentionYears: 5,
  basis: '介護保険法第51条の3（特定入所者介護サービス費）・第61条の3（特定入所者介護予防サービス費）',
  pages: [
    ...kaigoApplicantPages({
      who: '認定を受ける方',
      locked: true,
      otherLabel: 'その他（成年後見人、施設の職員など）',
      insuredAddressLabel: '住所（住民票の住所）',
    }),
    kaigoHokenshaPage([insuredNumberField(), ageGroupField()]),
    {
      id: 'riyo',
      title: '利用しているサービス',
      fields: [
        {
          name: 'serviceType',
          type: 'choice',
          label: '利用しているサービス',
          options: [
            { value: 'facility', label: '介護保険施設に入所している（入所する予定）' },
            { value: 'short', label: 'ショートステイだけを利用している（利用する予定）' },
          ],
        },
        { name: 'facilityName', type: 'text', label: '施設の名称', maxLength: 100, showIf: { field: 'serviceType', equals: 'facility' } },
        { name: 'facilityAddress', type: 'address', label: '施設の所在地', showIf: { field: 'serviceType', equals: 'facility' } },
        { name: 'admissionDate', type: 'date', label: '入所した日（入所する予定の日）', dateRange: 'any', showIf: { field: 'serviceType', equals: 'facility' } },
      ],
    },
    {
      id: 'haigusha',
      title: '配偶者',
      intro: '世帯が別でも、配偶者の方の所得と預貯金なども確認します。配偶者の個人番号の記入は不要です。',
      fields: [
        { name: 'hasSpouse', type: 'yesNo', label: '配偶者はいますか（内縁関係を含みます）' },
        { name: 'spouseName', type: 'name', label: '配偶者の氏名', showIf: { field: 'hasSpouse', equals: 'yes' } },
        { name: 'spouseKana', type: 'kana', label: '配偶者のフリガナ', showIf: { field: 'hasSpouse', equals: 'yes' } },
        { name: 'spouseBirthDate', type: 'date', label: '配偶者の生年月日', dateRange: 'past', showIf: { field: 'hasSpouse', equals: 'yes' } },
      ],
    },
    {
      id: 'haigusha-jokyo',
      title: '配偶者の住所と課税の状況',
      showIf: { field: 'hasSpouse', equals: 'yes' },
      fields: [
        { name: 'spouseSameAddress', type: 'yesNo', label: '配偶者の住所は、認定を受ける方の住民票の住所と同じですか' },
        { name: 'spousePostalCode', type: 'postalCode', label: '配偶者の郵便番号', showIf: { field: 'spouseSameAddress', equals: 'no' } },
        { name: 'spouseAddress', type: 'address', label: '配偶者の住所', showIf: { field: 'spouseSameAddress', equals: 'no' } },
        {
          name: 'spouseTaxStatus',
          type: 'choice',
          label: '配偶者の住民税',
          options: [
            { value: 'exempt', label: '非課税' },
            { value: 'taxed', label: '課税されている' },
            { value: 'unknown', label: 'わからない' },
          ],
        },
      ],
    },
    {
      id: 'shunyu',
      title: '収入などの申告',
      fields: [
        {
          name: 'incomeCategory',
          type: 'choice',
          label: '当てはまるものを一つ選んでください',
          hint: '年金の収入額には、遺族年金・障害年金などの非課税の年金も含めます。',
          options: [
            { value: 'welfare', label: '生活保護を受けている' },
            { value: 'roureiFukushi', label: '世帯全員が住民税非課税で、老齢福祉年金を受けている' },
            { value: 'under809', label: '世帯全員が住民税非課税で、年金の収入額とその他の合計所得金額の合計が、年80万9千円以下' },
            { value: 'under120', label: '世帯全員が住民税非課税で、年金の収入額とその他の合計所得金額の合計が、年80万9千円を超え120万円以下' },
            { value: 'over120', label: '世帯全員が住民税非課税で、年金の収入額とその他の合計所得金額の合計が、年120万円を超える' },
          ],
        },
      ],
    },
    {
      id: 'shisan',
      title: '預貯金などの申告',
      intro: '認定を受ける方と配偶者の分を合わせた額を入力してください。',
      showIf: { field: 'incomeCategory', notEquals: 'welfare' },
      fields: [
        { name: 'savings', type: 'number', label: '預貯金（普通預金・定期預金）の合計', unit: '円', min: 0 },
        { name: 'securities', type: 'number', label: '有価証券（株式・国債・投資信託など）の評価額の合計', unit: '円', min: 0, hint: 'お持ちでない場合は0と入力してください。' },
        { name: 'otherAssets', type: 'number', label: '現金、金・銀などの合計', unit: '円', min: 0, hint: 'お持ちでない場合は0と入力してください。' },
        { name: 'debts', type: 'number', label: '借入金・ローンなどの負債の合計', unit: '円', min: 0, hint: 'ない場合は0と入力してください。' },
        {
          name: 'assetDeclaration',
          type: 'consent',
          label: '預貯金などの合計額が、認定の基準以下であることを申告します',
          hint: '基準は、単身の方で650万円・550万円・500万円（収入の区分により異なります）、配偶者がいる方はそれぞれに1,000万円を加えた額です。40歳から64歳までの方は1,000万円（配偶者がいる方は2,000万円）です。',
        },
      ],
    },
    {
      id: 'tenpu',
      title: '添付書類',
      fields: [
        {
          name: 'bankbookCopies',
          type: 'file',
          label: '預貯金通帳の写し（本人と配偶者の分）',
          hint: '銀行名・口座番号・名義人がわかるページと、直近2か月分の入出金のページです。定期預金も含みます。生活保護を受けている方は不要です。',
          required: { field: 'incomeCategory', notEquals: 'welfare' },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
        {
          name: 'securitiesProof',
          type: 'file',
          label: '有価証券などの残高がわかる書類（お持ちの方）',
          hint: '証券会社の取引残高報告書などの写しです。',
          required: false,
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
  ],
  declaration: '申請した内容に相違ありません。認定のため、町が本人と配偶者の課税の状況、年金の収入、預貯金などについて、金融機関や年金の支払者などに問い合わせることに同意します。申告が事実と異なる場合、受けた給付を返還し、加算金を納めることがあることを了解しています。',
};
