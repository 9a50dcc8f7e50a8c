import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { childFields, childrenPage, hogoshaPage, hoikuTenpuPage, parentPages } from './shared/hoiku-pages.ts';

/** 保育施設等の利用申込 (児童福祉法第24条、子ども・子育て支援法第42条). The paper form is 保育施設等利用申込書; the title is the one in the national list of 子育て関係15手続. */
export const hoikuRiyouMoshikomi: FormDefinitionInput = {
  id: 'hoiku-riyou-moshikomi',
  title: '保育施設等の利用申込',
  plainTitle: '保育園などの利用を申し込む',
  keywords: ['入園', '入所', '保育所', '保育園', '認定こども園'],
  featured: true,
  category: 'kosodate',
  summary: '保育所、認定こども園（保育）、小規模保育などの利用を申し込む手続きです。まだ保育認定を受けていない方は、「支給認定の申請」もあわせて行ってください。',
  audience: '町内に住民票があり、働いているなどの理由で家庭で保育ができない、小学校に入る前のお子さんの保護者の方',
  bring: [
    '就労証明書（働いている保護者それぞれの分。勤務先に作成を依頼してください）',
    '就労以外の理由で保育が必要な方は、その理由がわかる書類（母子健康手帳の写し、診断書、在学証明書など）',
    '希望する施設の名称（第3希望まで）',
  ],
  fee: null,
  processingDays: 20,
  processingNote: '利用できるかどうかは、施設の空き状況と利用調整（選考）によって決まります。結果は、利用を始めたい月の前の月の下旬までにお知らせします。4月からの利用は、別に一斉受付の期間があります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間申し込めます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'high',
  retentionYears: 5,
  basis: '児童福祉法第24条（保育の実施・利用調整）、子ども・子育て支援法第42条',
  pages: [
    hogoshaPage('申し込む保護者'),
    childrenPage('利用を申し込むお子さん', [
      ...childFields(),
      { name: 'childNeeds', type: 'textarea', label: '健康面や発達面で、配慮が必要なこと（任意）', maxLength: 500, required: false, hint: 'アレルギー、持病、発達の相談の状況などがあれば書いてください。' },
    ]),
    {
      id: 'nintei',
      title: '保育認定',
      fields: [
        {
          name: 'hasNintei',
          type: 'yesNo',
          label: 'お子さんは、すでに保育認定（2号・3号）を受けていますか',
          hint: 'まだ受けていない方は、「支給認定の申請」もあわせて行ってください。',
        },
      ],
    },
    {
      id: 'kibo',
      title: '希望する施設と利用開始日',
      fields: [
        { name: 'firstChoice', type: 'text', label: '第1希望の施設名', maxLength: 100 },
        { name: 'secondChoice', type: 'text', label: '第2希望の施設名（任意）', maxLength: 100, required: false },
        { name: 'thirdChoice', type: 'text', label: '第3希望の施設名（任意）', maxLength: 100, required: false },
        { name: 'startDate', type: 'date', label: '利用を始めたい日', dateRange: 'future', hint: '原則として、月の初日（1日）からの利用になります。' },
        { name: 'acceptOther', type: 'yesNo', label: '希望した施設に入れない場合、ほかに空きのある施設を案内してもよいですか' },
        { name: 'sameFacility', type: 'yesNo', label: '兄弟姉妹で申し込む場合、同じ施設でなければ利用を希望しませんか', required: false, hint: '兄弟姉妹で申し込む方だけ答えてください。「はい」の場合、別々の施設はご案内しません。' },
      ],
    },
    {
      id: 'jikan',
      title: '希望する保育の時間',
      fields: [
        { name: 'dropOffTime', type: 'text', label: '預ける時刻', maxLength: 10, hint: '例：8時00分' },
        { name: 'pickUpTime', type: 'text', label: 'お迎えの時刻', maxLength: 10, hint: '例：17時30分' },
      ],
    },
    ...parentPages({ workplaceAddress: true }),
    {
      id: 'dokyo',
      title: '同居している家族',
      fields: [{ name: 'hasHouseholdMembers', type: 'yesNo', label: '保護者とお子さんのほかに、同居している家族はいますか', hint: '祖父母など。同じ敷地内の別棟に住んでいる方も含みます。' }],
    },
    {
      id: 'dokyo-kazoku',
      title: '同居している家族の氏名と状況',
      showIf: { field: 'hasHouseholdMembers', equals: 'yes' },
      repeat: { name: 'householdMembers', itemLabel: '家族', min: 1, max: 10 },
      fields: [
        { name: 'memberName', type: 'name', label: '氏名' },
        { name: 'memberBirthDate', type: 'date', label: '生年月日', dateRange: 'past' },
        { name: 'memberRelationship', type: 'text', label: 'お子さんとの続柄', maxLength: 20, hint: '例：祖母、おじ' },
        {
          name: 'memberStatus',
          type: 'choice',
          label: 'その方の状況',
          options: [
            { value: 'work', label: '働いている' },
            { value: 'illness', label: '病気・障害がある' },
            { value: 'care', label: '介護・看護をしている' },
            { value: 'student', label: '学生' },
            { value: 'other', label: 'その他' },
          ],
        },
      ],
    },
    hoikuTenpuPage({
      employmentHint: '働いている保護者それぞれの分を、勤務先に作成してもらい添付してください。自営業の方は、仕事の内容がわかる書類（開業届の写しなど）もあわせて添付してください。',
      otherReasonHint: '就労以外の理由で保育が必要な方は添付してください。妊娠・出産は母子健康手帳の写し、病気は診断書、就学は在学証明書などです。',
    }),
  ],
  declaration: '申し込んだ内容に相違ありません。利用調整のため、町が住民基本台帳や税などの情報を確認し、必要に応じて勤務先や希望する施設に問い合わせることに同意します。',
};
