import type { FormDefinitionInput } from '../../src/procedures/form-definition.ts';

/** 被保険者証の再交付申請 (介護保険法施行規則第27条). The paper form is 介護保険被保険者証等再交付申請書; the title is the one in the national list of 介護関係11手続, with （介護保険） added so residents can tell it from other insurance cards. */
export const kaigoHihokenshashoSaikofu: FormDefinitionInput = {
  id: 'kaigo-hihokenshasho-saikofu',
  title: '被保険者証の再交付申請（介護保険）',
  category: 'kaigo',
  summary: '介護保険被保険者証をなくしたり、破れたりしたときに、再交付を受ける手続きです。',
  audience: '町の介護保険の被保険者証をお持ちの方で、被保険者証をなくしたり、破れたり汚れたりした方',
  bring: [],
  fee: null,
  processingDays: 5,
  processingNote: '申請の後、新しい被保険者証を郵送します。窓口で申請した場合は、その場でお渡しできることがあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'オンラインで24時間申請できます。窓口（高齢介護課）や郵送でも受け付けています。',
  department: 'kaigo',
  assurance: 'substantial',
  retentionYears: 2,
  basis: '介護保険法施行規則第27条（被保険者証の再交付）',
  pages: [
    {
      id: 'shinseisha',
      title: '申請する方',
      intro: 'ご本人の代わりにご家族などが申請する場合は、申請する方（あなた）について入力してください。',
      fields: [
        { name: 'name', type: 'name', label: '氏名', prefill: 'name' },
        { name: 'kana', type: 'kana', label: 'フリガナ' },
        { name: 'birthDate', type: 'date', label: '生年月日', dateRange: 'past', prefill: 'birthdate' },
        { name: 'postalCode', type: 'postalCode', label: '郵便番号' },
        { name: 'address', type: 'address', label: '住所', prefill: 'address' },
        { name: 'phone', type: 'phone', label: '日中に連絡のとれる電話番号' },
      ],
    },
    {
      id: 'kankei',
      title: '被保険者との関係',
      fields: [
        {
          name: 'applicantRelation',
          type: 'choice',
          label: '再交付を受ける方（被保険者）は、どなたですか',
          options: [
            { value: 'self', label: '自分（本人が申請する）' },
            { value: 'family', label: '家族' },
            { value: 'other', label: 'その他（成年後見人など）' },
          ],
        },
        { name: 'relationDetail', type: 'text', label: '被保険者との関係', maxLength: 30, hint: '例：長女、妻、成年後見人', showIf: { field: 'applicantRelation', notEquals: 'self' } },
      ],
    },
    {
      id: 'hihokensha',
      title: '再交付を受ける方（被保険者）',
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
      id: 'riyu',
      title: '再交付の理由',
      intro: '個人番号の記入は不要です。町が必要に応じて確認します。',
      fields: [
        { name: 'insuredNumber', type: 'text', label: '介護保険の被保険者番号（わかる場合）', maxLength: 10, required: false, hint: '10桁の番号です。わからない場合は入力しなくてかまいません。' },
        {
          name: 'reason',
          type: 'choice',
          label: '再交付を受ける理由',
          options: [
            { value: 'lost', label: 'なくした' },
            { value: 'damaged', label: '破れた・汚れた' },
            { value: 'other', label: 'その他' },
          ],
        },
        { name: 'reasonOther', type: 'text', label: 'その他の理由', maxLength: 200, showIf: { field: 'reason', equals: 'other' } },
        {
          name: 'returnNotice',
          type: 'consent',
          label: '破れた・汚れた被保険者証は、新しい被保険者証が届いた後に町へ返します',
          showIf: { field: 'reason', equals: 'damaged' },
        },
      ],
    },
    {
      id: 'sofu',
      title: '送り先',
      intro: '新しい被保険者証は郵送でお届けします。',
      fields: [
        {
          name: 'sendTo',
          type: 'choice',
          label: '送り先',
          options: [
            { value: 'registered', label: '被保険者の住民票の住所' },
            { value: 'other', label: 'ほかの場所（入院先・入所している施設など）' },
          ],
        },
        { name: 'sendAddressee', type: 'text', label: '送り先の宛名（施設名など）', maxLength: 100, showIf: { field: 'sendTo', equals: 'other' } },
        { name: 'sendPostalCode', type: 'postalCode', label: '送り先の郵便番号', showIf: { field: 'sendTo', equals: 'other' } },
        { name: 'sendAddress', type: 'address', label: '送り先の住所', showIf: { field: 'sendTo', equals: 'other' } },
      ],
    },
  ],
  declaration: '申請した内容に相違ありません。介護保険被保険者証の再交付を申請します。',
};
