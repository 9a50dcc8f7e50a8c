import { applicantFields, NO_INDIVIDUAL_NUMBER } from './applicant-fields.ts';
import { bankAccountFields } from './bank-account.ts';
import type { ConditionInput, FieldInput, PageInput } from './types.ts';

interface KaigoApplicantOptions {
  /** The insured person as the form names them, e.g. 認定を受ける方. */
  who: string;
  /** Lock the applicant's name and birth date to the card; only for assurance high. */
  locked: boolean;
  verb?: '申請する' | '届け出る';
  /** Title of the relation page and label of its detail, where they name 被保険者 rather than `who`. */
  relationTitle?: string;
  relationLabel?: string;
  otherLabel?: string;
  insuredAddressLabel?: string;
  /** Ask for the insured person's phone number as well. */
  insuredPhone?: boolean;
}

/** 申請する方, the relation to the insured person, and the insured person when it is someone else. */
export function kaigoApplicantPages(options: KaigoApplicantOptions): PageInput[] {
  const { who, locked, verb = '申請する' } = options;
  const relation = `${who}との関係`;
  const notSelf = () => ({ field: 'applicantRelation', notEquals: 'self' });
  return [
    {
      id: 'shinseisha',
      title: `${verb}方`,
      intro: `ご本人の代わりにご家族などが${verb}場合は、${verb}方（あなた）について入力してください。`,
      fields: applicantFields({ locked }),
    },
    {
      id: 'kankei',
      title: options.relationTitle ?? relation,
      fields: [
        {
          name: 'applicantRelation',
          type: 'choice',
          label: `${who}（被保険者）は、どなたですか`,
          options: [
            { value: 'self', label: `自分（本人が${verb}）` },
            { value: 'family', label: '家族' },
            { value: 'other', label: options.otherLabel ?? 'その他（成年後見人など）' },
          ],
        },
        { name: 'relationDetail', type: 'text', label: options.relationLabel ?? relation, maxLength: 30, hint: '例：長女、妻、成年後見人', showIf: notSelf() },
      ],
    },
    {
      id: 'hihokensha',
      title: `${who}（被保険者）`,
      showIf: notSelf(),
      fields: [
        { name: 'insuredName', type: 'name', label: '氏名' },
        { name: 'insuredKana', type: 'kana', label: 'フリガナ' },
        { name: 'insuredBirthDate', type: 'date', label: '生年月日', dateRange: 'past' },
        { name: 'insuredPostalCode', type: 'postalCode', label: '郵便番号' },
        { name: 'insuredAddress', type: 'address', label: options.insuredAddressLabel ?? '住所' },
        ...(options.insuredPhone ? [{ name: 'insuredPhone', type: 'phone', label: '電話番号', required: false } satisfies FieldInput] : []),
      ],
    },
  ];
}

/** 介護保険の資格: the page that asks for the insured number and the like. */
export function kaigoHokenshaPage(fields: FieldInput[]): PageInput {
  return { id: 'hokensha', title: '介護保険の資格', intro: NO_INDIVIDUAL_NUMBER, fields };
}

export function insuredNumberField(): FieldInput {
  return { name: 'insuredNumber', type: 'text', label: '介護保険の被保険者番号', maxLength: 10, hint: '介護保険被保険者証に書かれている10桁の番号です。' };
}

export function ageGroupField(): FieldInput {
  return {
    name: 'ageGroup',
    type: 'choice',
    label: '認定を受ける方の年齢',
    options: [
      { value: 'first', label: '65歳以上（第1号被保険者）' },
      { value: 'second', label: '40歳から64歳まで（第2号被保険者）' },
    ],
  };
}

interface KaigoAccountOptions {
  registeredLabel: string;
  holderHint?: string;
  showIf?: ConditionInput;
}

/** 振込先 of a 介護保険 refund: the account used before, or a new one. */
export function kaigoAccountPage({ registeredLabel, holderHint, showIf }: KaigoAccountOptions): PageInput {
  return {
    id: 'koza',
    title: '振込先',
    ...(showIf ? { showIf } : {}),
    fields: [
      {
        name: 'accountChoice',
        type: 'choice',
        label: '振込先',
        options: [
          { value: 'registered', label: registeredLabel },
          { value: 'new', label: '新しく指定する・変える' },
        ],
      },
      ...bankAccountFields({ onlyIf: { field: 'accountChoice', equals: 'new' }, holderHint }),
    ],
  };
}

export function kaigoAccountProofField(required: ConditionInput = { field: 'accountChoice', equals: 'new' }): FieldInput {
  return {
    name: 'accountProof',
    type: 'file',
    label: '振込先の口座がわかる書類',
    hint: '振込先を新しく指定する方・変える方は、通帳の口座番号が書かれたページ、またはキャッシュカードの写真を添付してください。振込先を変えない方は不要です。',
    required,
    accept: ['pdf', 'jpeg', 'png', 'heic'],
  };
}
