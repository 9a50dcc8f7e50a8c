import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';
import { childLivingField, childNameFields, childRelationshipField, jukyushaPage, olderChildrenConfirmField, receiverNumberField } from './shared/jido-teate-pages.ts';

/** 児童手当等の額の改定の請求及び届出 (児童手当法第9条). The paper forms are 児童手当額改定認定請求書 and 児童手当額改定届; the title is the one in the national list of 子育て関係15手続. */
export const jidoTeateGakuKaitei: FormDefinitionInput = {
  id: 'jido-teate-gaku-kaitei',
  title: '児童手当等の額の改定の請求及び届出',
  plainTitle: '児童手当の額の変更を届け出る（子どもが増えた・減ったとき）',
  keywords: ['第2子', '第3子', '出生', '増額', '減額'],
  category: 'kosodate',
  summary: '児童手当を受けている方で、養育する児童の数が変わったときの手続きです。児童が増えたときは増額の請求を、減ったときは減額の届出をしてください。',
  audience: '町から児童手当を受けている方で、お子さんが生まれたときなど、養育する児童が増えたり減ったりした方',
  bring: ['新しく養育する児童の氏名と生年月日がわかるもの（増えた場合）'],
  fee: null,
  processingDays: 15,
  processingNote: '増額は、請求した月の翌月分から支給します。出生日などの翌日から15日以内に請求してください。審査の後、「額改定通知書」をお送りします。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間手続きできます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'high',
  retentionYears: 5,
  basis: '児童手当法第9条（額の改定）。様式は児童手当額改定認定請求書・額改定届',
  pages: [
    jukyushaPage({ locked: true, intro: NO_INDIVIDUAL_NUMBER }),
    {
      id: 'kaitei',
      title: '変わったこと',
      fields: [
        receiverNumberField(),
        {
          name: 'changeType',
          type: 'choice',
          label: '変わったこと',
          options: [
            { value: 'increase', label: '養育する児童が増えた（増額の請求）' },
            { value: 'decrease', label: '養育する児童が減った（減額の届出）' },
          ],
        },
        {
          name: 'increaseReason',
          type: 'choice',
          label: '増えた理由',
          options: [
            { value: 'birth', label: '子が生まれた' },
            { value: 'custody', label: '児童を引き取って養育を始めた' },
            { value: 'older', label: '高校卒業後から22歳になった年度の末までの子を、数に含めることになった' },
            { value: 'other', label: 'その他' },
          ],
          showIf: { field: 'changeType', equals: 'increase' },
        },
        {
          name: 'decreaseReason',
          type: 'choice',
          label: '減った理由',
          options: [
            { value: 'custodyEnd', label: '児童を養育しなくなった' },
            { value: 'facility', label: '児童が施設に入所した' },
            { value: 'olderEnd', label: '高校卒業後の年代の子の生活費を負担しなくなった' },
            { value: 'death', label: '児童が亡くなった' },
            { value: 'other', label: 'その他' },
          ],
          showIf: { field: 'changeType', equals: 'decrease' },
        },
        { name: 'changeDate', type: 'date', label: '変わった日（生まれた日など）', dateRange: 'past' },
        { name: 'changeDetail', type: 'textarea', label: '詳しい内容（任意）', maxLength: 500, required: false },
      ],
    },
    {
      id: 'fueta-jido',
      title: '増えた児童',
      showIf: { field: 'changeType', equals: 'increase' },
      repeat: { name: 'addedChildren', itemLabel: '児童', min: 1, max: 10 },
      fields: [...childNameFields(), childRelationshipField(), childLivingField()],
    },
    {
      id: 'tashi',
      title: '高校卒業後の年代の子',
      showIf: { field: 'increaseReason', equals: 'older' },
      fields: [olderChildrenConfirmField()],
    },
    {
      id: 'heta-jido',
      title: '減った児童',
      showIf: { field: 'changeType', equals: 'decrease' },
      repeat: { name: 'removedChildren', itemLabel: '児童', min: 1, max: 10 },
      fields: [
        { name: 'childName', type: 'name', label: '児童の氏名' },
        { name: 'childBirthDate', type: 'date', label: '児童の生年月日', dateRange: 'past' },
      ],
    },
    {
      id: 'tenpu',
      title: '添付書類',
      fields: [
        {
          name: 'supportingDocument',
          type: 'file',
          label: '変わったことがわかる書類（任意）',
          hint: '児童を引き取った場合など、町から求められた書類があれば添付してください。ない場合は添付しなくてかまいません。',
          required: false,
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
  ],
  declaration: '請求・届出の内容に相違ありません。児童手当の審査のため、町が住民基本台帳や税などの情報を確認することに同意します。',
};
