import type { FormDefinitionInput } from '../../src/procedures/form-definition.ts';

/** 高額介護（予防）サービス費の支給申請 (介護保険法第51条・第61条). The paper form is 介護保険高額介護（予防）サービス費支給申請書; the title is the one in the national list of 介護関係11手続. */
export const kaigoKogakuServiceHi: FormDefinitionInput = {
  id: 'kaigo-kogaku-service-hi',
  title: '高額介護（予防）サービス費の支給申請',
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
    {
      id: 'shinseisha',
      title: '申請する方',
      intro: 'ご本人の代わりにご家族などが申請する場合は、申請する方（あなた）について入力してください。',
      fields: [
        { name: 'name', type: 'name', label: '氏名', prefill: 'name', prefillLocked: true },
        { name: 'kana', type: 'kana', label: 'フリガナ' },
        { name: 'birthDate', type: 'date', label: '生年月日', dateRange: 'past', prefill: 'birthdate', prefillLocked: true },
        { name: 'postalCode', type: 'postalCode', label: '郵便番号' },
        { name: 'address', type: 'address', label: '住所', prefill: 'address' },
        { name: 'phone', type: 'phone', label: '日中に連絡のとれる電話番号' },
      ],
    },
    {
      id: 'kankei',
      title: 'サービスを利用した方との関係',
      fields: [
        {
          name: 'applicantRelation',
          type: 'choice',
          label: 'サービスを利用した方（被保険者）は、どなたですか',
          options: [
            { value: 'self', label: '自分（本人が申請する）' },
            { value: 'family', label: '家族' },
            { value: 'other', label: 'その他（成年後見人など）' },
          ],
        },
        { name: 'relationDetail', type: 'text', label: 'サービスを利用した方との関係', maxLength: 30, hint: '例：長女、妻、成年後見人', showIf: { field: 'applicantRelation', notEquals: 'self' } },
      ],
    },
    {
      id: 'hihokensha',
      title: 'サービスを利用した方（被保険者）',
      showIf: { field: 'applicantRelation', notEquals: 'self' },
      fields: [
        { name: 'insuredName', type: 'name', label: '氏名' },
        { name: 'insuredKana', type: 'kana', label: 'フリガナ' },
        { name: 'insuredBirthDate', type: 'date', label: '生年月日', dateRange: 'past' },
        { name: 'insuredPostalCode', type: 'postalCode', label: '郵便番号' },
        { name: 'insuredAddress', type: 'address', label: '住所' },
      ],
    },
    {
      id: 'taisho',
      title: '申請の内容',
      intro: '個人番号の記入は不要です。町が必要に応じて確認します。',
      fields: [
        { name: 'insuredNumber', type: 'text', label: '介護保険の被保険者番号', maxLength: 10, hint: '介護保険被保険者証に書かれている10桁の番号です。' },
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
    {
      id: 'koza',
      title: '振込先',
      fields: [
        {
          name: 'accountChoice',
          type: 'choice',
          label: '振込先',
          options: [
            { value: 'registered', label: '前に申請した口座のまま変えない' },
            { value: 'new', label: '新しく指定する・変える' },
          ],
        },
        { name: 'bankName', type: 'text', label: '金融機関名', maxLength: 50, showIf: { field: 'accountChoice', equals: 'new' } },
        { name: 'branchName', type: 'text', label: '支店名', maxLength: 50, hint: 'ゆうちょ銀行の方は、振込用の店名（〇一八など）を入力してください。', showIf: { field: 'accountChoice', equals: 'new' } },
        {
          name: 'accountType',
          type: 'choice',
          label: '預金の種別',
          options: [
            { value: 'futsu', label: '普通' },
            { value: 'toza', label: '当座' },
          ],
          showIf: { field: 'accountChoice', equals: 'new' },
        },
        { name: 'accountNumber', type: 'text', label: '口座番号', maxLength: 7, hint: '7桁の数字で入力してください。', showIf: { field: 'accountChoice', equals: 'new' } },
        { name: 'accountHolderKana', type: 'kana', label: '口座名義（カナ）', showIf: { field: 'accountChoice', equals: 'new' } },
      ],
    },
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
        {
          name: 'accountProof',
          type: 'file',
          label: '振込先の口座がわかる書類',
          hint: '振込先を新しく指定する方・変える方は、通帳の口座番号が書かれたページ、またはキャッシュカードの写真を添付してください。振込先を変えない方は不要です。',
          required: { field: 'accountChoice', equals: 'new' },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
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
