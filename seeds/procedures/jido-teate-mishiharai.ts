import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { applicantFields, NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';
import { bankAccountFields } from './shared/bank-account.ts';
import { childNameFields } from './shared/jido-teate-pages.ts';

/** 未支払の児童手当等の請求 (児童手当法第12条). The paper form is 未支払児童手当請求書; the title is the one in the national list of 子育て関係15手続. */
export const jidoTeateMishiharai: FormDefinitionInput = {
  id: 'jido-teate-mishiharai',
  title: '未支払の児童手当等の請求',
  plainTitle: '受給者が亡くなったとき、未払いの児童手当を請求する',
  keywords: ['死亡', '未払い'],
  category: 'kosodate',
  summary: '児童手当を受けていた方が亡くなり、まだ支払われていない手当があるときに、その方が養育していた児童が受け取るための手続きです。',
  audience: '児童手当を受けていた方が亡くなった場合に、その方が養育していた児童。児童が未成年のときは、親権者や未成年後見人が代わりに請求します。',
  bring: [
    '亡くなった方の受給者番号がわかるもの（認定通知書など。わかる場合）',
    '振込先の口座がわかるもの（通帳またはキャッシュカード）',
    '未成年後見人の方は、後見人であることがわかる書類（登記事項証明書など）',
  ],
  fee: null,
  processingDays: 20,
  processingNote: '審査の後、支払う額と支払日をお知らせします。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間請求できます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'high',
  retentionYears: 5,
  basis: '児童手当法第12条（未支払の児童手当）。様式は未支払児童手当請求書',
  pages: [
    {
      id: 'seikyusha',
      title: '請求する方',
      intro: NO_INDIVIDUAL_NUMBER,
      fields: applicantFields({ locked: true }),
    },
    {
      id: 'kankei',
      title: '請求する方の立場',
      fields: [
        {
          name: 'applicantRole',
          type: 'choice',
          label: 'あなたは、どちらにあたりますか',
          options: [
            { value: 'child', label: '亡くなった方が養育していた児童本人' },
            { value: 'guardian', label: '児童の親権者または未成年後見人' },
          ],
        },
        { name: 'relationship', type: 'text', label: '亡くなった方との続柄', maxLength: 30, hint: '例：子、祖父、おば' },
      ],
    },
    {
      id: 'shibosha',
      title: '亡くなった受給者',
      fields: [
        { name: 'deceasedName', type: 'name', label: '亡くなった方の氏名' },
        { name: 'deceasedKana', type: 'kana', label: '亡くなった方のフリガナ' },
        { name: 'deceasedBirthDate', type: 'date', label: '亡くなった方の生年月日', dateRange: 'past' },
        { name: 'deathDate', type: 'date', label: '亡くなった日', dateRange: 'past' },
        { name: 'deceasedAddress', type: 'address', label: '亡くなった方の最後の住所' },
        { name: 'receiverNumber', type: 'text', label: '受給者番号（わかる場合）', maxLength: 20, required: false },
      ],
    },
    {
      id: 'jido',
      title: '請求する児童',
      intro: '亡くなった方が養育していた児童を、一人ずつ入力してください。',
      showIf: { field: 'applicantRole', equals: 'guardian' },
      repeat: { name: 'children', itemLabel: '児童', min: 1, max: 10 },
      fields: childNameFields(),
    },
    {
      id: 'koza',
      title: '振込先',
      intro: '請求する方、または児童ご本人名義の口座を指定してください。',
      fields: bankAccountFields(),
    },
    {
      id: 'tenpu',
      title: '添付書類',
      fields: [
        {
          name: 'accountProof',
          type: 'file',
          label: '振込先の口座がわかる書類',
          hint: '通帳の口座番号が書かれたページ、またはキャッシュカードの写真です。',
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
        {
          name: 'guardianProof',
          type: 'file',
          label: '親権者または未成年後見人であることがわかる書類',
          hint: '未成年後見人の方は登記事項証明書などを添付してください。親権者の方で、町が戸籍などで確認できる場合は不要です。',
          required: false,
          showIf: { field: 'applicantRole', equals: 'guardian' },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
  ],
  declaration: '請求した内容に相違ありません。未支払の児童手当の審査のため、町が住民基本台帳や戸籍などの情報を確認することに同意します。',
};
