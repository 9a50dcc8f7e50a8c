import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { insuredNumberField, kaigoAccountPage, kaigoAccountProofField, kaigoApplicantPages, kaigoHokenshaPage } from './shared/kaigo-pages.ts';

/** 居宅介護（介護予防）福祉用具購入費の支給申請 (介護保険法第44条・第56条). The paper form is 介護保険居宅介護（介護予防）福祉用具購入費支給申請書; the title is the one in the national list of 介護関係11手続. */
export const kaigoFukushiYoguKonyu: FormDefinitionInput = {
  id: 'kaigo-fukushi-yogu-konyu',
  title: '居宅介護（介護予防）福祉用具購入費の支給申請',
  plainTitle: '福祉用具の購入費の払い戻しを申請する',
  keywords: ['入浴用いす', 'ポータブルトイレ', '払い戻し'],
  category: 'kaigo',
  summary: '入浴や排せつなどに使う福祉用具を購入したときに、購入費の一部（費用の7割から9割）を払い戻す手続きです。支給の対象となる購入費は、毎年4月から翌年3月までで10万円が上限です。',
  audience: '要介護・要支援の認定を受けて在宅で生活している方で、都道府県などの指定を受けた事業者から特定福祉用具を購入した方',
  bring: ['領収書（被保険者の氏名が宛名になっているもの）', '購入した福祉用具のカタログやパンフレットの写し', '振込先の口座がわかるもの（通帳またはキャッシュカード）'],
  fee: null,
  processingDays: 30,
  processingNote: '審査の後、支給の決定をお知らせし、指定の口座に振り込みます。購入した日の翌日から2年を過ぎると、申請できなくなります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間申請できます。窓口（高齢介護課）や郵送でも受け付けています。購入の前に、ケアマネジャーにご相談ください。',
  department: 'kaigo',
  assurance: 'high',
  retentionYears: 5,
  basis: '介護保険法第44条（居宅介護福祉用具購入費）・第56条（介護予防福祉用具購入費）',
  pages: [
    ...kaigoApplicantPages({ who: '福祉用具を使う方', locked: true }),
    kaigoHokenshaPage([insuredNumberField()]),
    {
      id: 'yogu',
      title: '購入した福祉用具',
      intro: '購入した福祉用具を、一つずつ入力してください。',
      repeat: { name: 'items', itemLabel: '福祉用具', min: 1, max: 5 },
      fields: [
        {
          name: 'itemType',
          type: 'choice',
          label: '種類',
          options: [
            { value: 'koshikake', label: '腰掛便座' },
            { value: 'haisetsuParts', label: '自動排泄処理装置の交換可能部品' },
            { value: 'haisetsuYosoku', label: '排泄予測支援機器' },
            { value: 'nyuyoku', label: '入浴補助用具' },
            { value: 'yokuso', label: '簡易浴槽' },
            { value: 'tsurigu', label: '移動用リフトのつり具の部分' },
            { value: 'slope', label: '固定用スロープ' },
            { value: 'hokoki', label: '歩行器（歩行車を除く）' },
            { value: 'tsue', label: '単点杖（松葉づえを除く）・多点杖' },
          ],
        },
        { name: 'itemName', type: 'text', label: '商品名', maxLength: 100 },
        { name: 'maker', type: 'text', label: '製造事業者の名称', maxLength: 100 },
        { name: 'purchaseDate', type: 'date', label: '購入した日', dateRange: 'past' },
        { name: 'price', type: 'number', label: '購入した金額（税込み）', unit: '円', min: 1 },
      ],
    },
    {
      id: 'hanbai',
      title: '販売した事業者と必要な理由',
      fields: [
        { name: 'shopName', type: 'text', label: '販売した事業者の名称', maxLength: 100, hint: '都道府県などの指定を受けた事業者から購入したものに限ります。' },
        { name: 'necessity', type: 'textarea', label: '福祉用具が必要な理由', maxLength: 1000, hint: '例：足腰が弱くなり、浴槽をまたぐときに支えが必要なため' },
        { name: 'careManager', type: 'text', label: '担当のケアマネジャーの氏名と事業所（いる場合）', maxLength: 100, required: false },
      ],
    },
    kaigoAccountPage({ registeredLabel: '前に介護保険の支給を申請した口座のまま変えない', holderHint: '被保険者ご本人名義の口座を指定してください。' }),
    {
      id: 'tenpu',
      title: '添付書類',
      fields: [
        {
          name: 'receipt',
          type: 'file',
          label: '領収書',
          hint: '被保険者の氏名が宛名になっているものです。',
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
        {
          name: 'catalog',
          type: 'file',
          label: '購入した福祉用具のカタログやパンフレットの写し',
          hint: '商品の写真と、商品名・製造事業者名がわかるページです。',
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
        kaigoAccountProofField(),
      ],
    },
  ],
  declaration: '申請した内容に相違ありません。支給の審査のため、町が販売した事業者やケアマネジャーに問い合わせることに同意します。',
};
