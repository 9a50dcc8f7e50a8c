import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';
import { insuredNumberField, kaigoAccountPage, kaigoAccountProofField, kaigoApplicantPages } from './shared/kaigo-pages.ts';

/** 居宅介護（介護予防）住宅改修費の支給申請 (介護保険法第45条・第57条). The paper forms are 介護保険居宅介護（介護予防）住宅改修費 事前申請書 and 支給申請書; the title is the one in the national list of 介護関係11手続. */
export const kaigoJutakuKaishu: FormDefinitionInput = {
  id: 'kaigo-jutaku-kaishu',
  title: '居宅介護（介護予防）住宅改修費の支給申請',
  plainTitle: '手すりの取付けなどの住宅改修費を申請する',
  keywords: ['手すり', '段差', 'バリアフリー', 'リフォーム'],
  category: 'kaigo',
  summary: '手すりの取付けや段差の解消など、介護のための住宅の改修費の一部（費用の7割から9割）を支給する手続きです。工事の前に「事前申請」をし、工事が終わった後に「支給申請」をしてください。支給の対象となる費用は、一人20万円までです。',
  audience: '要介護・要支援の認定を受けて在宅で生活している方で、住民票のある住宅を改修する方',
  bring: [
    '工事の前：住宅改修が必要な理由書（ケアマネジャーなどが作成します）、工事費見積書、改修前の写真（日付入り）、改修箇所の図面',
    '住宅の所有者が本人でない場合：所有者の承諾書',
    '工事の後：領収書、工事費内訳書、改修後の写真（日付入り）、振込先の口座がわかるもの',
  ],
  fee: null,
  processingDays: 30,
  processingNote: '事前申請の後、工事を始めてよいかどうかをお知らせします。お知らせが届く前に工事を始めると、支給を受けられないことがあります。支給申請の後、支給の決定をお知らせし、指定の口座に振り込みます。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間申請できます。窓口（高齢介護課）や郵送でも受け付けています。工事の前に、必ずケアマネジャーや地域包括支援センターにご相談ください。',
  department: 'kaigo',
  assurance: 'high',
  retentionYears: 5,
  basis: '介護保険法第45条（居宅介護住宅改修費）・第57条（介護予防住宅改修費）',
  pages: [
    ...kaigoApplicantPages({ who: '改修した住宅に住む方', locked: true, relationLabel: '被保険者との関係' }),
    {
      id: 'dankai',
      title: '申請の段階',
      intro: NO_INDIVIDUAL_NUMBER,
      fields: [
        insuredNumberField(),
        {
          name: 'stage',
          type: 'choice',
          label: 'どちらの申請ですか',
          hint: '支給を受けるには、工事を始める前に事前申請をして、町の確認を受ける必要があります。',
          options: [
            { value: 'before', label: '工事の前（事前申請）' },
            { value: 'after', label: '工事が終わった後（支給申請）' },
          ],
        },
      ],
    },
    {
      id: 'jutaku',
      title: '改修する住宅',
      fields: [
        { name: 'houseIsRegisteredAddress', type: 'yesNo', label: '改修する住宅は、被保険者の住民票の住所ですか', hint: '住民票のない住宅の改修は、支給の対象になりません。' },
        {
          name: 'ownership',
          type: 'choice',
          label: '住宅の所有者',
          options: [
            { value: 'self', label: '被保険者本人' },
            { value: 'family', label: '家族' },
            { value: 'other', label: 'その他（賃貸住宅の家主など）' },
          ],
        },
        { name: 'ownerName', type: 'name', label: '所有者の氏名', showIf: { field: 'ownership', notEquals: 'self' } },
      ],
    },
    {
      id: 'koji',
      title: '工事の内容',
      fields: [
        {
          name: 'workTypes',
          type: 'multiChoice',
          label: '工事の種類（当てはまるものすべて）',
          options: [
            { value: 'tesuri', label: '手すりの取付け' },
            { value: 'dansa', label: '段差の解消' },
            { value: 'yuka', label: '滑りの防止や移動を円滑にするための床・通路の材料の変更' },
            { value: 'tobira', label: '引き戸などへの扉の取替え' },
            { value: 'benki', label: '洋式便器などへの便器の取替え' },
            { value: 'futai', label: '上の工事に付帯して必要な工事' },
          ],
        },
        { name: 'contractor', type: 'text', label: '施工業者の名称', maxLength: 100 },
        { name: 'contractorPhone', type: 'phone', label: '施工業者の電話番号' },
        { name: 'startDate', type: 'date', label: '着工日（予定日）', dateRange: 'any' },
        { name: 'endDate', type: 'date', label: '完成日（予定日）', dateRange: 'any' },
        { name: 'cost', type: 'number', label: '工事費用の総額（税込み）', unit: '円', min: 1, hint: '事前申請では見積額を、支給申請では実際に支払った額を入力してください。' },
      ],
    },
    {
      id: 'riyusho',
      title: '理由書の作成者',
      fields: [
        { name: 'reasonWriter', type: 'text', label: '住宅改修が必要な理由書を作成した方の氏名', maxLength: 50 },
        { name: 'reasonWriterOffice', type: 'text', label: '作成した方の事業所の名称', maxLength: 100, hint: '例：〇〇居宅介護支援事業所、地域包括支援センター' },
      ],
    },
    kaigoAccountPage({ registeredLabel: '前に介護保険の支給を申請した口座のまま変えない', holderHint: '被保険者ご本人名義の口座を指定してください。', showIf: { field: 'stage', equals: 'after' } }),
    {
      id: 'tenpu-jizen',
      title: '添付書類（工事の前）',
      showIf: { field: 'stage', equals: 'before' },
      fields: [
        {
          name: 'reasonDocument',
          type: 'file',
          label: '住宅改修が必要な理由書',
          hint: 'ケアマネジャーや地域包括支援センターの職員などが作成したものです。',
          required: { field: 'stage', equals: 'before' },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
        { name: 'estimate', type: 'file', label: '工事費見積書', required: { field: 'stage', equals: 'before' }, accept: ['pdf', 'jpeg', 'png', 'heic'] },
        {
          name: 'beforePhotos',
          type: 'file',
          label: '改修前の写真（日付入り）',
          hint: '改修する場所ごとに、撮影した日がわかるように撮ってください。',
          required: { field: 'stage', equals: 'before' },
          accept: ['jpeg', 'png', 'heic', 'pdf'],
        },
        { name: 'drawing', type: 'file', label: '改修箇所がわかる図面（平面図など）', required: { field: 'stage', equals: 'before' }, accept: ['pdf', 'jpeg', 'png', 'heic'] },
        {
          name: 'ownerConsent',
          type: 'file',
          label: '住宅の所有者の承諾書',
          hint: '住宅の所有者が被保険者本人でない場合に添付してください。',
          required: { all: [{ field: 'stage', equals: 'before' }, { field: 'ownership', notEquals: 'self' }] },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
    {
      id: 'tenpu-shikyu',
      title: '添付書類（工事の後）',
      showIf: { field: 'stage', equals: 'after' },
      fields: [
        {
          name: 'receipt',
          type: 'file',
          label: '領収書',
          hint: '被保険者の氏名が宛名になっているものです。',
          required: { field: 'stage', equals: 'after' },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
        { name: 'costBreakdown', type: 'file', label: '工事費内訳書', required: { field: 'stage', equals: 'after' }, accept: ['pdf', 'jpeg', 'png', 'heic'] },
        {
          name: 'afterPhotos',
          type: 'file',
          label: '改修後の写真（日付入り）',
          hint: '改修前の写真と同じ場所を、同じ向きで撮ってください。',
          required: { field: 'stage', equals: 'after' },
          accept: ['jpeg', 'png', 'heic', 'pdf'],
        },
        kaigoAccountProofField({ all: [{ field: 'stage', equals: 'after' }, { field: 'accountChoice', equals: 'new' }] }),
      ],
    },
  ],
  declaration: '申請した内容に相違ありません。審査のため、町の職員が工事の前後に住宅を確認すること、施工業者やケアマネジャーに問い合わせることに同意します。',
};
