import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';
import { childLivingField, childNameFields, jukyushaPage, pensionFields } from './shared/jido-teate-pages.ts';

/** 児童手当等の現況届 (児童手当法第26条、同法施行規則第4条). The paper form is 児童手当現況届; the title is the one in the national list of 子育て関係15手続. */
export const jidoTeateGenkyo: FormDefinitionInput = {
  id: 'jido-teate-genkyo',
  title: '児童手当等の現況届',
  plainTitle: '児童手当の現況届を出す',
  keywords: ['6月', '更新'],
  category: 'kosodate',
  summary: '6月1日の時点の状況を届け出て、児童手当を引き続き受け取るための手続きです。多くの方は提出が不要です。町から案内が届いた方だけ提出してください。',
  audience: '町から現況届の案内が届いた方（配偶者からの暴力などで住民票の住所と違う場所に住んでいる方、離婚協議中で配偶者と別居している方など）',
  bring: [
    '町から届いた現況届の案内',
    '離婚協議中の方は、そのことがわかる書類（協議離婚の申入れの書面、調停期日呼出状の写しなど）',
  ],
  fee: null,
  processingDays: 15,
  processingNote: '案内に書かれた期限までに提出してください。提出がないと、6月分以降の手当を受け取れなくなることがあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間届け出られます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'high',
  retentionYears: 5,
  basis: '児童手当法第26条、同法施行規則第4条（現況の届出）',
  pages: [
    jukyushaPage({ locked: true, intro: NO_INDIVIDUAL_NUMBER, addressLabel: '住民票の住所' }),
    {
      id: 'annai',
      title: '町からの案内',
      fields: [
        { name: 'receiverNumber', type: 'text', label: '受給者番号', maxLength: 20, hint: '町から届いた案内に書かれています。' },
        {
          name: 'noticeReason',
          type: 'choice',
          label: '案内に書かれている、提出が必要な理由',
          options: [
            { value: 'dv', label: '配偶者からの暴力などにより、住民票の住所と違う場所に住んでいる' },
            { value: 'divorce', label: '離婚協議中で、配偶者と別居している' },
            { value: 'noResidence', label: '児童の住民票が町にない' },
            { value: 'other', label: 'その他・わからない' },
          ],
        },
        { name: 'livesAtRegisteredAddress', type: 'yesNo', label: '6月1日に、住民票の住所に住んでいましたか' },
        {
          name: 'actualAddress',
          type: 'address',
          label: '6月1日に住んでいた住所',
          hint: 'この住所は、児童手当の事務のためにだけ使います。',
          showIf: { field: 'livesAtRegisteredAddress', equals: 'no' },
        },
      ],
    },
    {
      id: 'shigoto',
      title: '6月1日の年金の加入状況',
      fields: pensionFields(),
    },
    {
      id: 'haigusha',
      title: '6月1日の配偶者の状況',
      intro: '配偶者の個人番号の記入は不要です。',
      fields: [
        { name: 'hasSpouse', type: 'yesNo', label: '配偶者はいますか（事実婚を含みます）' },
        { name: 'spouseName', type: 'name', label: '配偶者の氏名', showIf: { field: 'hasSpouse', equals: 'yes' } },
        { name: 'spouseLivesTogether', type: 'yesNo', label: '配偶者と同居していますか', showIf: { field: 'hasSpouse', equals: 'yes' } },
      ],
    },
    {
      id: 'jido',
      title: '6月1日に養育している児童',
      repeat: { name: 'children', itemLabel: '児童', min: 1, max: 10 },
      fields: [...childNameFields(), childLivingField()],
    },
    {
      id: 'bekkyo',
      title: '別に暮らしている児童',
      fields: [
        { name: 'anyApart', type: 'yesNo', label: 'あなたと別に暮らしている児童はいますか' },
        { name: 'apartDetails', type: 'textarea', label: '別に暮らしている児童の氏名と住所、別に暮らしている理由', maxLength: 1000, showIf: { field: 'anyApart', equals: 'yes' } },
      ],
    },
    {
      id: 'tenpu',
      title: '添付書類',
      fields: [
        {
          name: 'divorceProof',
          type: 'file',
          label: '離婚協議中であることがわかる書類',
          hint: '離婚協議中で別居している方は添付してください。協議離婚の申入れの書面、調停期日呼出状の写しなどです。',
          required: { field: 'noticeReason', equals: 'divorce' },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
        {
          name: 'otherDocument',
          type: 'file',
          label: 'そのほか案内で求められた書類（任意）',
          required: false,
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
  ],
  declaration: '届け出た内容に相違ありません。児童手当の審査のため、町が住民基本台帳、税、年金の加入状況などの情報を確認することに同意します。',
};
