import { applicantFields } from './applicant-fields.ts';
import type { FieldInput, PageInput } from './types.ts';

interface JukyushaOptions {
  /** Lock the name and birth date to the card; only for assurance high. */
  locked: boolean;
  intro?: string;
  addressLabel?: string;
}

/** 児童手当を受けている方: the recipient filling in a 児童手当 form. */
export function jukyushaPage({ locked, intro, addressLabel }: JukyushaOptions): PageInput {
  return { id: 'jukyusha', title: '児童手当を受けている方', ...(intro ? { intro } : {}), fields: applicantFields({ locked, addressLabel }) };
}

export function receiverNumberField(): FieldInput {
  return { name: 'receiverNumber', type: 'text', label: '受給者番号（わかる場合）', maxLength: 20, required: false, hint: '認定通知書に書かれています。' };
}

/** The month of payment (支払月) from which a 寄附 or 徴収 starts or changes. */
export function paymentMonthField(name: string, label: string, hint = '児童手当は、2月・4月・6月・8月・10月・12月にお支払いしています。'): FieldInput {
  return {
    name,
    type: 'choice',
    label,
    hint,
    options: [
      { value: 'feb', label: '2月' },
      { value: 'apr', label: '4月' },
      { value: 'jun', label: '6月' },
      { value: 'aug', label: '8月' },
      { value: 'oct', label: '10月' },
      { value: 'dec', label: '12月' },
    ],
  };
}

/** 児童の氏名・フリガナ・生年月日, asked once per child. */
export function childNameFields(): FieldInput[] {
  return [
    { name: 'childName', type: 'name', label: '児童の氏名' },
    { name: 'childKana', type: 'kana', label: '児童のフリガナ' },
    { name: 'childBirthDate', type: 'date', label: '児童の生年月日', dateRange: 'past' },
  ];
}

export function childRelationshipField(): FieldInput {
  return {
    name: 'childRelationship',
    type: 'choice',
    label: 'あなたとの続柄',
    options: [
      { value: 'child', label: '子' },
      { value: 'adopted', label: '養子' },
      { value: 'spouse', label: '配偶者の子' },
      { value: 'other', label: 'その他（孫・おい・めいなど）' },
    ],
  };
}

export function childLivingField(name = 'childLiving'): FieldInput {
  return {
    name,
    type: 'choice',
    label: 'あなたと同居していますか',
    options: [
      { value: 'together', label: '同居' },
      { value: 'apart', label: '別居' },
    ],
  };
}

/** The consent for counting a child past high-school age (監護相当・生計費の負担についての確認書). */
export function olderChildrenConfirmField(): FieldInput {
  return {
    name: 'olderChildrenConfirm',
    type: 'consent',
    label: 'その子の世話などをし、生活費を負担していることを申し立てます（監護相当・生計費の負担についての確認書）',
  };
}

interface PensionOptions {
  name?: string;
  label?: string;
  hint?: string;
  employerName?: string;
  employerLabel?: string;
}

/** The pension the recipient is in, and the employer for 厚生年金 or 共済組合 (which decide who pays the 手当). */
export function pensionFields(options: PensionOptions = {}): FieldInput[] {
  const { name = 'pension', label = '加入している年金', hint, employerName = 'employerName', employerLabel = '勤務先の名称' } = options;
  return [
    {
      name,
      type: 'choice',
      label,
      ...(hint ? { hint } : {}),
      options: [
        { value: 'kosei', label: '厚生年金' },
        { value: 'kokumin', label: '国民年金' },
        { value: 'kyosai', label: '共済組合（私立学校教職員共済など）' },
        { value: 'none', label: '加入していない' },
      ],
    },
    { name: employerName, type: 'text', label: employerLabel, maxLength: 100, showIf: { field: name, equals: ['kosei', 'kyosai'] } },
  ];
}

/** The costs a 児童手当 may pay for directly (学校給食費等). */
export function costTypeOptions(): NonNullable<FieldInput['options']> {
  return [
    { value: 'lunch', label: '学校給食費' },
    { value: 'school', label: '学用品費・修学旅行費など、学校教育に必要な費用' },
    { value: 'hoiku', label: '保育料' },
    { value: 'afterschool', label: '放課後児童クラブ（学童保育）の利用料' },
    { value: 'other', label: 'その他' },
  ];
}

/** 変更の内容 of a 変更等の申出: what changes (changeType), any follow-up questions, and from which payment. */
export function henkoPage(changeOptions: NonNullable<FieldInput['options']>, fields: FieldInput[] = []): PageInput {
  return {
    id: 'henko',
    title: '変更の内容',
    fields: [
      receiverNumberField(),
      { name: 'changeType', type: 'choice', label: '変更の内容', options: changeOptions },
      ...fields,
      paymentMonthField('effectiveMonth', '変更する支払月'),
    ],
  };
}
