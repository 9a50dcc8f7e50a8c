import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { applicantFields, NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';
import { bankAccountFields } from './shared/bank-account.ts';
import { childLivingField, childNameFields, childRelationshipField, olderChildrenConfirmField, pensionFields } from './shared/jido-teate-pages.ts';

/** 児童手当等の受給資格及び児童手当の額についての認定請求 (児童手当法第7条). The paper form is 児童手当認定請求書; the title is the one in the national list of 子育て関係15手続. */
export const jidoTeateNinteiSeikyu: FormDefinitionInput = {
  id: 'jido-teate-nintei-seikyu',
  title: '児童手当等の受給資格及び児童手当の額についての認定請求',
  plainTitle: '児童手当を申請する',
  keywords: ['子ども手当', '出生', '生まれた', '転入'],
  featured: true,
  category: 'kosodate',
  summary: '児童手当を受け取るための最初の手続きです。お子さんが生まれたときや、ほかの市区町村から転入したときに請求してください。',
  audience: '町内に住民票があり、高校生年代まで（18歳になった後の最初の3月31日まで）の児童を養育している方。父母のうち所得の高い方が請求します。公務員の方は勤務先で手続きをしてください。',
  bring: [
    '請求する方ご本人名義の預金口座がわかるもの（通帳またはキャッシュカード）',
    '健康保険の資格がわかる書類（厚生年金または共済組合に加入していて、3歳未満の児童がいる方）',
    '別居している児童がいる場合は、その児童の住所',
  ],
  fee: null,
  processingDays: 20,
  processingNote: '審査の後、「認定通知書」をお送りします。手当は請求した月の翌月分から支給します。出生日や転入日の翌日から15日以内に請求してください。遅れると、遅れた月の分を受け取れないことがあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間請求できます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'high',
  retentionYears: 5,
  basis: '児童手当法第7条（認定）。様式は児童手当認定請求書',
  pages: [
    {
      id: 'seikyusha',
      title: '請求する方',
      intro: `児童を養育している父母のうち、所得の高い方が請求してください。${NO_INDIVIDUAL_NUMBER}`,
      fields: applicantFields({ locked: true }),
    },
    {
      id: 'shigoto',
      title: 'お仕事と年金',
      intro: '公務員の方は、児童手当を勤務先から受け取ります。勤務先で手続きをしてください。',
      fields: [
        {
          name: 'occupation',
          type: 'choice',
          label: '職業',
          options: [
            { value: 'employee', label: '会社員・団体職員' },
            { value: 'parttime', label: 'パート・アルバイト' },
            { value: 'selfemployed', label: '自営業' },
            { value: 'none', label: '無職' },
            { value: 'other', label: 'その他' },
          ],
        },
        { name: 'occupationOther', type: 'text', label: '職業の内容', maxLength: 50, showIf: { field: 'occupation', equals: 'other' } },
        ...pensionFields({ hint: '国民年金の第3号被保険者（会社員などの配偶者に扶養されている方）は「国民年金」を選んでください。' }),
      ],
    },
    {
      id: 'haigusha',
      title: '配偶者',
      intro: '配偶者の個人番号の記入は不要です。町が必要に応じて確認します。',
      fields: [
        { name: 'hasSpouse', type: 'yesNo', label: '配偶者はいますか（事実婚を含みます）' },
        { name: 'spouseName', type: 'name', label: '配偶者の氏名', showIf: { field: 'hasSpouse', equals: 'yes' } },
        { name: 'spouseKana', type: 'kana', label: '配偶者のフリガナ', showIf: { field: 'hasSpouse', equals: 'yes' } },
        {
          name: 'spouseBirthDate',
          type: 'date',
          label: '配偶者の生年月日',
          dateRange: 'past',
          showIf: { field: 'hasSpouse', equals: 'yes' },
          checks: [{ id: 'young-spouse', level: 'warning', when: { field: 'spouseBirthDate', ageUnder: 16 }, message: '配偶者の生年月日が{value}（{age}歳）になっています。よろしいですか？' }],
        },
        { name: 'spouseLivesTogether', type: 'yesNo', label: '配偶者と同居していますか', showIf: { field: 'hasSpouse', equals: 'yes' } },
        {
          name: 'higherIncome',
          type: 'yesNo',
          label: 'あなたの所得は、配偶者の所得より高いですか',
          hint: '父母のうち所得の高い方（家計の中心となっている方）が受給者になります。',
          showIf: { field: 'hasSpouse', equals: 'yes' },
        },
      ],
    },
    {
      id: 'jido-jokyo',
      title: '児童の状況',
      fields: [
        { name: 'hasUnderThree', type: 'yesNo', label: '3歳未満の児童はいますか' },
        { name: 'anyApart', type: 'yesNo', label: 'あなたと別に暮らしている児童はいますか', hint: '進学のために一人暮らしをしている場合などです。' },
      ],
    },
    {
      id: 'jido',
      title: '養育している児童',
      intro: '高校生年代まで（18歳になった後の最初の3月31日まで）の児童を、一人ずつ入力してください。',
      repeat: { name: 'children', itemLabel: '児童', min: 1, max: 10 },
      fields: [...childNameFields(), childRelationshipField(), childLivingField()],
    },
    {
      id: 'bekkyo',
      title: '別に暮らしている児童',
      showIf: { field: 'anyApart', equals: 'yes' },
      fields: [
        { name: 'apartDetails', type: 'textarea', label: '別に暮らしている児童の氏名と住所', maxLength: 500 },
        {
          name: 'apartReason',
          type: 'choice',
          label: '別に暮らしている理由',
          options: [
            { value: 'study', label: '児童の進学のため' },
            { value: 'work', label: '親の単身赴任のため' },
            { value: 'other', label: 'その他' },
          ],
        },
        { name: 'apartReasonOther', type: 'text', label: 'その他の理由', maxLength: 100, showIf: { field: 'apartReason', equals: 'other' } },
        { name: 'apartConfirm', type: 'consent', label: '別に暮らしている児童と日ごろから連絡をとり、生活費や学費などを負担していることを申し立てます' },
      ],
    },
    {
      id: 'tashi',
      title: '高校卒業後の年代の子',
      intro: '第3子以降の手当の額を計算するときに、22歳になった年度の末までの子を数に含めることができます。',
      fields: [
        { name: 'hasOlderChildren', type: 'yesNo', label: '高校卒業後から22歳になった年度の末までの子で、あなたが生活費を負担している子はいますか' },
        { ...olderChildrenConfirmField(), showIf: { field: 'hasOlderChildren', equals: 'yes' } },
      ],
    },
    {
      id: 'tashi-ko',
      title: '高校卒業後の年代の子の氏名と状況',
      showIf: { field: 'hasOlderChildren', equals: 'yes' },
      repeat: { name: 'olderChildren', itemLabel: '子', min: 1, max: 10 },
      fields: [
        { name: 'olderName', type: 'name', label: '子の氏名' },
        { name: 'olderKana', type: 'kana', label: '子のフリガナ' },
        { name: 'olderBirthDate', type: 'date', label: '子の生年月日', dateRange: 'past' },
        {
          name: 'olderStatus',
          type: 'choice',
          label: '子の状況',
          options: [
            { value: 'student', label: '学生（大学・専門学校など）' },
            { value: 'working', label: '働いている' },
            { value: 'other', label: 'その他' },
          ],
        },
        childLivingField('olderLiving'),
      ],
    },
    {
      id: 'koza',
      title: '手当の振込先',
      intro: '請求する方ご本人名義の口座に限ります。',
      fields: [
        {
          name: 'accountChoice',
          type: 'choice',
          label: '振込先',
          options: [
            { value: 'koukin', label: 'マイナポータルで登録した公金受取口座' },
            { value: 'other', label: 'ほかの口座を指定する' },
          ],
        },
        ...bankAccountFields({ onlyIf: { field: 'accountChoice', equals: 'other' } }),
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
          hint: '通帳の口座番号が書かれたページ、またはキャッシュカードの写真です。ほかの口座を指定した方は添付してください。',
          required: { field: 'accountChoice', equals: 'other' },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
        {
          name: 'insuranceProof',
          type: 'file',
          label: '健康保険の資格がわかる書類',
          hint: '厚生年金または共済組合に加入していて、3歳未満の児童がいる方は添付してください。資格確認書、資格情報のお知らせなどの写しです。被保険者等記号・番号は見えないように隠してください。',
          required: { all: [{ field: 'pension', equals: ['kosei', 'kyosai'] }, { field: 'hasUnderThree', equals: 'yes' }] },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
  ],
  declaration: '請求した内容に相違ありません。児童手当の審査のため、町が住民基本台帳、税、年金の加入状況などの情報を確認することに同意します。',
};
