import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { applicantFields, NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';

/** 罹災証明書の交付申請 (災害対策基本法第90条の2, which says 「交付」; the national list of online procedures calls it 「罹災証明書の発行申請」). The form follows the Cabinet Office's unified 罹災証明書交付申請書 (令和2年). */
export const risaiShomeisho: FormDefinitionInput = {
  id: 'risai-shomeisho',
  title: '罹災証明書の交付申請',
  plainTitle: '罹災証明書を申請する',
  keywords: ['り災証明', '被災証明', '災害', '地震', '台風', '大雨', '浸水'],
  featured: true,
  category: 'hisai',
  summary: '地震や台風、大雨などの災害で住まいが被害を受けたときに、被害の程度（全壊・半壊など）を町が調査して証明する「罹災証明書」の交付を申請する手続きです。被災者への支援や税の減免などを受けるときに必要になります。',
  audience: '災害により、町内で住んでいる家（住家）に被害を受けた世帯の方。世帯主のほか、同じ世帯の方や委任を受けた方も申請できます。',
  bring: [
    '被害の状況がわかる写真（片付けや修理の前に撮影したもの）',
    '別の世帯の方が代わりに申請する場合は委任状',
  ],
  fee: null,
  processingDays: 20,
  processingNote: '申請の後、町の職員が住家の被害の調査を行います。調査の日程は、あらためてご連絡します。大きな災害のときは、交付までに時間がかかることがあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'オンラインで24時間申請できます。マイナンバーカードがなくても、メールアドレスの確認だけで申請できます（災害でカードをなくした方もいるためです）。その場合は、証明書をお渡しするときに本人確認書類で確認します。窓口（防災安全課）や郵送でも受け付けています。住家以外の物置や車などの被害は、罹災証明書の対象ではありません。',
  department: 'bousai',
  assurance: 'low',
  retentionYears: 5,
  basis: '災害対策基本法第90条の2（罹災証明書の交付）。様式は内閣府の罹災証明書交付申請書（統一様式）',
  pages: [
    {
      id: 'shinseisha',
      title: '申請する方',
      intro: `マイナンバーカードでサインインした方は、カードの情報が入力されています。カードがない方は、証明書をお渡しするときに本人確認書類（運転免許証など）を確認します。${NO_INDIVIDUAL_NUMBER}`,
      fields: applicantFields({ locked: false, phoneHint: '避難先などで使える電話番号を入力してください。' }),
    },
    {
      id: 'setai',
      title: '被害を受けた世帯',
      fields: [
        {
          name: 'applicantType',
          type: 'choice',
          label: 'あなたは、被害を受けた世帯の',
          options: [
            { value: 'head', label: '世帯主です' },
            { value: 'member', label: '世帯主と同じ世帯の者です' },
            { value: 'proxy', label: '代理人です（別の世帯の者です）' },
          ],
        },
        { name: 'headName', type: 'name', label: '世帯主の氏名', showIf: { field: 'applicantType', notEquals: 'head' } },
        { name: 'headKana', type: 'kana', label: '世帯主のフリガナ', showIf: { field: 'applicantType', notEquals: 'head' } },
        { name: 'headRelationship', type: 'text', label: '世帯主との関係', maxLength: 30, hint: '例：妻、長男、知人', showIf: { field: 'applicantType', notEquals: 'head' } },
        { name: 'headAddress', type: 'address', label: '世帯主の住所', showIf: { field: 'applicantType', equals: 'proxy' } },
        { name: 'currentContact', type: 'textarea', label: '今お住まいの場所（避難先など）（任意）', maxLength: 300, required: false, hint: '自宅に住めない場合、連絡や書類の送付に使います。' },
      ],
    },
    {
      id: 'saigai',
      title: '災害',
      fields: [
        {
          name: 'disasterDate',
          type: 'date',
          label: '被害を受けた日',
          dateRange: 'past',
          checks: [
            { id: 'too-long-ago', level: 'error', when: { field: 'disasterDate', before: { today: -92 } }, message: '被害を受けた日から3か月を過ぎているため、オンラインでは申請できません。お手数ですが、防災安全課にご相談ください。' },
          ],
        },
        { name: 'disasterName', type: 'text', label: '災害の名称（わかる場合）', maxLength: 100, required: false, hint: '例：令和〇年台風第〇号' },
        {
          name: 'cause',
          type: 'choice',
          label: '被害の原因',
          options: [
            { value: 'earthquake', label: '地震' },
            { value: 'wind', label: '風（台風・竜巻など）' },
            { value: 'flood', label: '水害（浸水）' },
            { value: 'landslide', label: '土砂災害' },
            { value: 'other', label: 'その他' },
          ],
        },
        { name: 'causeOther', type: 'text', label: 'その他の原因', maxLength: 100, showIf: { field: 'cause', equals: 'other' } },
      ],
    },
    {
      id: 'juka',
      title: '被害を受けた住家',
      intro: '住家とは、実際に住んでいる建物のことです。一棟ずつ入力してください。',
      repeat: { name: 'buildings', itemLabel: '住家', min: 1, max: 5 },
      fields: [
        { name: 'buildingAddress', type: 'address', label: '住家の所在地', hint: '申請する方の住所と同じ場合も入力してください。' },
        {
          name: 'buildingOwnership',
          type: 'choice',
          label: '住家の所有',
          options: [
            { value: 'own', label: '持ち家' },
            { value: 'rent', label: '借家・賃貸住宅' },
            { value: 'other', label: 'その他' },
          ],
        },
        {
          name: 'buildingStructure',
          type: 'choice',
          label: '建物の構造',
          options: [
            { value: 'wood', label: '木造' },
            { value: 'nonwood', label: '木造以外（鉄骨造・鉄筋コンクリート造など）' },
            { value: 'unknown', label: 'わからない' },
          ],
        },
        {
          name: 'damageParts',
          type: 'multiChoice',
          label: '被害を受けたところ（当てはまるものすべて）',
          checks: [
            {
              id: 'quake-flood',
              level: 'warning',
              when: { all: [{ field: 'cause', equals: 'earthquake' }, { field: 'damageParts', equals: ['floodAbove', 'floodBelow'] }] },
              message: '被害の原因を「地震」として、浸水の被害を選んでいます。津波や水道管の破損などによる浸水であれば、このまま進んでください。',
            },
          ],
          options: [
            { value: 'roof', label: '屋根' },
            { value: 'wall', label: '外壁' },
            { value: 'foundation', label: '基礎' },
            { value: 'interior', label: '内壁・天井' },
            { value: 'floodAbove', label: '床上まで浸水した' },
            { value: 'floodBelow', label: '床下まで浸水した' },
            { value: 'tilt', label: '建物が傾いた' },
            { value: 'other', label: 'その他' },
          ],
        },
        { name: 'damageDetail', type: 'textarea', label: '被害の様子', maxLength: 1000, hint: '例：屋根瓦が半分ほど落ちた。床上30センチメートルまで浸水した。' },
      ],
    },
    {
      id: 'hantei',
      title: '判定の方法と証明書',
      fields: [
        {
          name: 'selfAssessment',
          type: 'yesNo',
          label: '被害が軽い場合に、写真だけで判定し「準半壊に至らない（一部損壊）」とすることに同意しますか（自己判定方式）',
          hint: '屋根の一部の破損など、被害が軽い場合の方法です。現地の調査を省くため、早く証明書を交付できます。被害が大きいと思われる場合は「いいえ」を選んでください。',
        },
        { name: 'copies', type: 'number', label: '必要な枚数', unit: '枚', min: 1, max: 10 },
        {
          name: 'purposes',
          type: 'multiChoice',
          label: '証明書を使う目的（当てはまるものすべて）',
          options: [
            { value: 'shienkin', label: '被災者生活再建支援金などの申請' },
            { value: 'insurance', label: '保険金の請求' },
            { value: 'tax', label: '税や保険料の減免' },
            { value: 'housing', label: '住宅の応急修理・仮設住宅' },
            { value: 'other', label: 'その他' },
          ],
        },
        {
          name: 'receiveBy',
          type: 'choice',
          label: '証明書の受け取り方',
          options: [
            { value: 'mail', label: '郵送で受け取る' },
            { value: 'counter', label: '窓口で受け取る' },
          ],
        },
      ],
    },
    {
      id: 'tenpu',
      title: '添付書類',
      fields: [
        {
          name: 'overallPhotos',
          type: 'file',
          label: '住家の全体の写真',
          hint: 'できるだけ4方向から撮影してください。自己判定方式を選んだ方は必ず添付してください。',
          required: { field: 'selfAssessment', equals: 'yes' },
          accept: ['jpeg', 'png', 'heic', 'pdf'],
        },
        {
          name: 'damagePhotos',
          type: 'file',
          label: '被害を受けたところの写真',
          hint: '片付けや修理の前に撮影した写真が、判定に役立ちます。浸水した場合は、メジャーなどを当てて浸水の深さがわかるように撮影してください。自己判定方式を選んだ方は必ず添付してください。',
          required: { field: 'selfAssessment', equals: 'yes' },
          accept: ['jpeg', 'png', 'heic', 'pdf'],
        },
        {
          name: 'proxyLetter',
          type: 'file',
          label: '委任状',
          hint: '別の世帯の方が代わりに申請する場合は、世帯主の委任状を添付してください。',
          required: { field: 'applicantType', equals: 'proxy' },
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
  ],
  declaration: '申請した内容に相違ありません。被害の程度を判定するため、町の職員が住家の調査を行うことに同意します。また、被災者への支援のため、この申請の内容を町の被災者台帳に記録し、支援を行う関係機関に提供することに同意します。',
};
