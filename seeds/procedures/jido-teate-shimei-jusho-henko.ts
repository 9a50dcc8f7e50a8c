import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';
import { bankAccountFields } from './shared/bank-account.ts';
import { jukyushaPage, pensionFields } from './shared/jido-teate-pages.ts';

/** 氏名変更／住所変更等の届出 (児童手当法第26条). The paper forms are the 児童手当 氏名変更届・住所変更届・支払金融機関変更届; the title is the one in the national list, with （児童手当） added so residents can tell it from other name or address changes. */
export const jidoTeateShimeiJushoHenko: FormDefinitionInput = {
  id: 'jido-teate-shimei-jusho-henko',
  title: '氏名変更／住所変更等の届出（児童手当）',
  plainTitle: '児童手当の氏名・住所・口座の変更を届け出る',
  keywords: ['引っ越し', '振込先', '口座変更', '結婚'],
  category: 'kosodate',
  summary: '児童手当を受けている方の氏名や住所、振込先の口座、加入している年金などが変わったときの届出です。',
  audience: '町から児童手当を受けている方で、氏名・町内での住所・振込先口座・加入している年金・児童の氏名や住所が変わった方。町外へ引っ越すときは「受給事由消滅の届出」をしてください。',
  bring: ['新しい振込先の口座がわかるもの（口座を変える場合）', '新しい健康保険の資格がわかる書類（加入している年金が変わった場合）'],
  fee: null,
  processingDays: 10,
  processingNote: '振込先の変更は、手続きの時期によっては次回の支払いに間に合わないことがあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'オンラインで24時間届け出られます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'substantial',
  retentionYears: 5,
  basis: '児童手当法第26条（届出）',
  pages: [
    jukyushaPage({ locked: false, intro: `変更した後の氏名と住所を入力してください。${NO_INDIVIDUAL_NUMBER}` }),
    {
      id: 'henko',
      title: '変わったこと',
      intro: '当てはまるものすべてに「はい」を選んでください。',
      fields: [
        { name: 'nameChanged', type: 'yesNo', label: 'あなたの氏名が変わりましたか' },
        { name: 'addressChanged', type: 'yesNo', label: '町内で引っ越しましたか' },
        { name: 'accountChanged', type: 'yesNo', label: '振込先の口座を変えますか' },
        { name: 'pensionChanged', type: 'yesNo', label: '加入している年金が変わりましたか（転職など）' },
        { name: 'childChanged', type: 'yesNo', label: '児童の氏名や住所が変わりましたか' },
        { name: 'changeDate', type: 'date', label: '変わった日', dateRange: 'past' },
      ],
    },
    {
      id: 'mae',
      title: '変更する前の氏名・住所',
      showIf: { any: [{ field: 'nameChanged', equals: 'yes' }, { field: 'addressChanged', equals: 'yes' }] },
      fields: [
        { name: 'oldName', type: 'name', label: '変更する前の氏名', showIf: { field: 'nameChanged', equals: 'yes' } },
        { name: 'oldAddress', type: 'address', label: '変更する前の住所', showIf: { field: 'addressChanged', equals: 'yes' } },
      ],
    },
    {
      id: 'nenkin',
      title: '新しく加入した年金',
      showIf: { field: 'pensionChanged', equals: 'yes' },
      fields: [
        ...pensionFields({ name: 'newPension', label: '新しく加入した年金', employerName: 'newEmployerName', employerLabel: '新しい勤務先の名称' }),
      ],
    },
    {
      id: 'jido',
      title: '児童の変更',
      showIf: { field: 'childChanged', equals: 'yes' },
      fields: [{ name: 'childChangeDetail', type: 'textarea', label: '変わった児童の氏名と、変わった内容（新しい氏名や住所）', maxLength: 1000 }],
    },
    {
      id: 'koza',
      title: '新しい振込先',
      intro: '児童手当を受けている方ご本人名義の口座に限ります。',
      showIf: { field: 'accountChanged', equals: 'yes' },
      fields: bankAccountFields(),
    },
    {
      id: 'tenpu',
      title: '添付書類',
      fields: [
        {
          name: 'accountProof',
          type: 'file',
          label: '新しい振込先の口座がわかる書類',
          hint: '振込先を変える方は、通帳の口座番号が書かれたページ、またはキャッシュカードの写真を添付してください。振込先を変えない方は不要です。',
          required: { field: 'accountChanged', equals: 'yes' },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
        {
          name: 'insuranceProof',
          type: 'file',
          label: '新しい健康保険の資格がわかる書類',
          hint: '厚生年金または共済組合に新しく加入した方は、資格確認書、資格情報のお知らせなどの写しを添付してください。被保険者等記号・番号は見えないように隠してください。',
          required: { all: [{ field: 'pensionChanged', equals: 'yes' }, { field: 'newPension', equals: ['kosei', 'kyosai'] }] },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
  ],
  declaration: '届け出た内容に相違ありません。児童手当の事務のため、町が住民基本台帳や年金の加入状況などの情報を確認することに同意します。',
};
