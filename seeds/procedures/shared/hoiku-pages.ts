import { applicantFields, NO_INDIVIDUAL_NUMBER } from './applicant-fields.ts';
import type { ConditionInput, FieldInput, PageInput } from './types.ts';

/** The parent filling in a 保育 form. */
export function hogoshaPage(title: string): PageInput {
  return { id: 'hogosha', title, intro: NO_INDIVIDUAL_NUMBER, fields: applicantFields({ locked: true }) };
}

/** The children the form is about, one repeat item each. */
export function childrenPage(title: string, fields: FieldInput[]): PageInput {
  return { id: 'kodomo', title, repeat: { name: 'children', itemLabel: 'お子さん', min: 1, max: 5 }, fields };
}

export function childFields(): FieldInput[] {
  return [
    { name: 'childName', type: 'name', label: 'お子さんの氏名' },
    { name: 'childKana', type: 'kana', label: 'お子さんのフリガナ' },
    { name: 'childBirthDate', type: 'date', label: 'お子さんの生年月日', dateRange: 'past' },
    {
      name: 'childGender',
      type: 'choice',
      label: 'お子さんの性別',
      options: [
        { value: 'male', label: '男' },
        { value: 'female', label: '女' },
      ],
    },
  ];
}

interface ParentOptions {
  /** 現況届: parents already using a facility, with shorter reasons and fewer questions about the other parent. */
  renewal?: boolean;
  /** 支給認定: the reasons are asked only for 保育認定. */
  hoikuOnly?: boolean;
  workplaceAddress?: boolean;
}

/** Why each parent cannot look after the children at home (保育の必要性): you, the other parent, and the other parent's reason. */
export function parentPages(options: ParentOptions = {}): PageInput[] {
  const hoiku = () => ({ field: 'ninteiType', equals: 'hoiku' });
  const hasOther = () => ({ field: 'hasOtherParent', equals: 'yes' });
  const [myTitle, otherTitle] = options.hoikuOnly
    ? (['あなたが保育できない理由', 'もう一人の保護者が保育できない理由'] as const)
    : (['あなたの就労などの状況', 'もう一人の保護者の就労などの状況'] as const);
  return [
    { id: 'hogosha-jokyo', title: myTitle, ...(options.hoikuOnly ? { showIf: hoiku() } : {}), fields: reasonFields('my', options) },
    {
      id: 'haigusha',
      title: 'もう一人の保護者',
      fields: [
        { name: 'hasOtherParent', type: 'yesNo', label: '同じ世帯に、もう一人の保護者（配偶者など）はいますか' },
        { name: 'otherParentName', type: 'name', label: 'もう一人の保護者の氏名', showIf: hasOther() },
        ...(options.renewal
          ? []
          : ([
              { name: 'otherParentKana', type: 'kana', label: 'もう一人の保護者のフリガナ', showIf: hasOther() },
              { name: 'otherParentBirthDate', type: 'date', label: 'もう一人の保護者の生年月日', dateRange: 'past', showIf: hasOther() },
            ] satisfies FieldInput[])),
      ],
    },
    {
      id: 'haigusha-jokyo',
      title: otherTitle,
      showIf: options.hoikuOnly ? { all: [hoiku(), hasOther()] } : hasOther(),
      fields: reasonFields('other', options),
    },
  ];
}

function reasonFields(who: 'my' | 'other', { renewal, workplaceAddress }: ParentOptions): FieldInput[] {
  const reason = `${who}Reason`;
  const work = () => ({ field: reason, equals: 'work' });
  return [
    {
      name: reason,
      type: 'choice',
      label: '家庭で保育ができない理由',
      options: [
        { value: 'work', label: renewal ? '働いている' : '働いている（働く予定がある）' },
        { value: 'pregnancy', label: '妊娠中・出産の前後' },
        { value: 'illness', label: '病気・けが・障害がある' },
        { value: 'care', label: '同居または長期入院している親族の介護・看護をしている' },
        { value: 'disaster', label: '災害の復旧にあたっている' },
        { value: 'jobSearch', label: '仕事を探している（起業の準備を含む）' },
        { value: 'study', label: '学校や職業訓練校に通っている' },
        { value: 'abuse', label: '虐待やDVのおそれがある' },
        { value: 'childcareLeave', label: renewal ? '育児休業中' : '育児休業中で、すでに保育所などを利用しているお子さんがいる' },
        { value: 'other', label: 'その他' },
      ],
    },
    { name: `${who}Workplace`, type: 'text', label: '勤務先の名称', maxLength: 100, showIf: work() },
    ...(workplaceAddress ? [{ name: `${who}WorkplaceAddress`, type: 'address', label: '勤務先の所在地', showIf: work() } satisfies FieldInput] : []),
    { name: `${who}WorkHours`, type: 'number', label: '1か月の就労時間', unit: '時間', min: 0, max: 744, showIf: work() },
    {
      name: `${who}ReasonDetail`,
      type: 'textarea',
      label: '理由の詳しい内容',
      maxLength: 500,
      hint: renewal ? '例：出産予定日、病名、育児休業の期間など' : '例：出産予定日、病名、介護している方との続柄、通っている学校名など',
      showIf: { field: reason, notEquals: 'work' },
    },
  ];
}

interface TenpuOptions {
  employmentHint: string;
  otherReasonHint: string;
  hoikuOnly?: boolean;
}

/** 就労証明書 (required when a parent works) and the proof of any other reason. */
export function hoikuTenpuPage({ employmentHint, otherReasonHint, hoikuOnly }: TenpuOptions): PageInput {
  const working: ConditionInput = { any: [{ field: 'myReason', equals: 'work' }, { all: [{ field: 'hasOtherParent', equals: 'yes' }, { field: 'otherReason', equals: 'work' }] }] };
  return {
    id: 'tenpu',
    title: '添付書類',
    fields: [
      {
        name: 'employmentCertificate',
        type: 'file',
        label: '就労証明書',
        hint: employmentHint,
        required: hoikuOnly ? { all: [{ field: 'ninteiType', equals: 'hoiku' }, working] } : working,
        accept: ['pdf', 'jpeg', 'png', 'heic'],
      },
      { name: 'otherReasonProof', type: 'file', label: '就労以外の理由がわかる書類', hint: otherReasonHint, required: false, accept: ['pdf', 'jpeg', 'png', 'heic'] },
    ],
  };
}
