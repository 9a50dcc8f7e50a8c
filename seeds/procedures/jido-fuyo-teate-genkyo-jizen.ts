import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { applicantFields, NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';
import { childLivingField, childNameFields } from './shared/jido-teate-pages.ts';

/** 児童扶養手当の現況届の事前送信 (児童扶養手当法施行規則第4条). The paper form is 児童扶養手当現況届; the title is the one in the national list of 子育て関係15手続. */
export const jidoFuyoTeateGenkyoJizen: FormDefinitionInput = {
  id: 'jido-fuyo-teate-genkyo-jizen',
  title: '児童扶養手当の現況届の事前送信',
  plainTitle: '児童扶養手当の現況届を前もって送る',
  keywords: ['ひとり親', '母子家庭', '父子家庭', '8月'],
  category: 'kosodate',
  summary: '児童扶養手当を受けている方が毎年8月に提出する現況届の内容を、前もってオンラインで送る手続きです。送信した後、窓口で短い面談を行い、届出が完了します。',
  audience: '児童扶養手当の受給資格がある方（手当が全額停止されている方を含みます）',
  bring: ['児童扶養手当証書', '町から届いた現況届の案内', '養育費を受け取っている方は、その額がわかるもの（通帳など）'],
  fee: null,
  processingDays: 10,
  processingNote: '送信の後、窓口での面談の日時をご連絡します。面談をもって現況届の提出となります。8月31日までに面談がすまないと、11月分以降の手当を受け取れなくなります。',
  channels: { online: true, post: false, counter: true },
  howToApply: 'オンラインで24時間送信できます。送信しなくても、8月中に窓口（子育て・健康課）で現況届を提出できます。',
  department: 'kosodate',
  assurance: 'substantial',
  retentionYears: 5,
  basis: '児童扶養手当法施行規則第4条（現況の届出）',
  pages: [
    {
      id: 'jukyusha',
      title: '児童扶養手当を受けている方',
      intro: NO_INDIVIDUAL_NUMBER,
      fields: applicantFields({ locked: false }),
    },
    {
      id: 'shosho',
      title: '手当の証書',
      fields: [{ name: 'certificateNumber', type: 'text', label: '児童扶養手当証書の番号（わかる場合）', maxLength: 20, required: false }],
    },
    {
      id: 'jido',
      title: '対象の児童',
      intro: '8月1日の時点で養育している児童を、一人ずつ入力してください。',
      repeat: { name: 'children', itemLabel: '児童', min: 1, max: 10 },
      fields: [
        ...childNameFields(),
        childLivingField(),
        {
          name: 'childSchool',
          type: 'choice',
          label: '児童の状況',
          options: [
            { value: 'preschool', label: '小学校に入る前' },
            { value: 'compulsory', label: '小学生・中学生' },
            { value: 'highschool', label: '高校生など' },
            { value: 'other', label: 'その他（働いているなど）' },
          ],
        },
      ],
    },
    {
      id: 'kazoku',
      title: '一緒に住んでいる方',
      fields: [
        {
          name: 'livesWithOthers',
          type: 'yesNo',
          label: 'あなたと児童のほかに、同じ家に住んでいる方はいますか',
          hint: '住民票が別の方や、同じ敷地内の別棟に住んでいる方も含みます。',
        },
        {
          name: 'hasPartner',
          type: 'yesNo',
          label: '婚姻の届出をしていなくても、事実上の婚姻関係にある方はいますか',
          hint: '同居していなくても、定期的な訪問や生活費の援助がある場合は、これにあたることがあります。面談で詳しくお聞きします。',
        },
      ],
    },
    {
      id: 'kazoku-meisai',
      title: '同じ家に住んでいる方',
      showIf: { field: 'livesWithOthers', equals: 'yes' },
      repeat: { name: 'householdMembers', itemLabel: '同居の方', min: 1, max: 10 },
      fields: [
        { name: 'memberName', type: 'name', label: '氏名' },
        { name: 'memberBirthDate', type: 'date', label: '生年月日', dateRange: 'past' },
        { name: 'memberRelationship', type: 'text', label: 'あなたとの続柄', maxLength: 20, hint: '例：父、母、兄' },
        { name: 'memberOccupation', type: 'text', label: '職業（任意）', maxLength: 50, required: false },
      ],
    },
    {
      id: 'jukyo',
      title: '住まい',
      fields: [
        {
          name: 'housing',
          type: 'choice',
          label: '住まいの種類',
          options: [
            { value: 'own', label: '持ち家' },
            { value: 'rent', label: '借家・アパート' },
            { value: 'public', label: '公営住宅' },
            { value: 'relative', label: '親族の家' },
            { value: 'other', label: 'その他' },
          ],
        },
        { name: 'rent', type: 'number', label: '1か月の家賃', unit: '円', min: 0, showIf: { field: 'housing', equals: ['rent', 'public'] } },
      ],
    },
    {
      id: 'shigoto',
      title: 'お仕事',
      fields: [
        {
          name: 'employment',
          type: 'choice',
          label: '働き方',
          options: [
            { value: 'fulltime', label: '正社員・正職員' },
            { value: 'parttime', label: 'パート・アルバイト・派遣' },
            { value: 'selfemployed', label: '自営業' },
            { value: 'none', label: '働いていない' },
          ],
        },
        { name: 'employerName', type: 'text', label: '勤務先の名称', maxLength: 100, showIf: { field: 'employment', equals: ['fulltime', 'parttime'] } },
        { name: 'jobSearching', type: 'yesNo', label: '仕事を探していますか', showIf: { field: 'employment', equals: 'none' } },
      ],
    },
    {
      id: 'yoikuhi',
      title: '養育費',
      fields: [
        { name: 'receivesSupport', type: 'yesNo', label: '児童の父または母から、養育費を受け取っていますか' },
        {
          name: 'supportMonthly',
          type: 'number',
          label: '1か月あたりの平均の額',
          unit: '円',
          min: 0,
          hint: '昨年1月から12月までに受け取った額の、1か月あたりの平均です。',
          showIf: { field: 'receivesSupport', equals: 'yes' },
        },
      ],
    },
    {
      id: 'nenkin',
      title: '年金と所得の申告',
      fields: [
        { name: 'receivesPension', type: 'yesNo', label: 'あなたや児童は、公的年金（遺族年金・障害年金など）や遺族補償を受けていますか' },
        { name: 'pensionDetail', type: 'text', label: '年金の種類と1か月の額', maxLength: 100, showIf: { field: 'receivesPension', equals: 'yes' } },
        {
          name: 'incomeDeclared',
          type: 'yesNo',
          label: '昨年の所得について、税の申告（確定申告・住民税の申告・年末調整）をしましたか',
          hint: '申告をしていない方は、先に住民税の申告が必要です。',
        },
      ],
    },
    {
      id: 'mendan',
      title: '窓口での面談',
      fields: [
        { name: 'preferredDate', type: 'date', label: '面談を希望する日', dateRange: 'future', hint: '平日の日付を入力してください。ご希望に添えない場合は、町からご連絡します。' },
        {
          name: 'preferredTime',
          type: 'choice',
          label: '希望する時間帯',
          options: [
            { value: 'am', label: '午前（8時30分〜12時）' },
            { value: 'pm', label: '午後（13時〜17時15分）' },
          ],
        },
        {
          name: 'supportingDocument',
          type: 'file',
          label: '案内で求められた書類（任意）',
          hint: '面談の前に送れる書類があれば添付してください。面談のときに持参してもかまいません。',
          required: false,
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
  ],
  declaration: '送信した内容に相違ありません。児童扶養手当の審査のため、町が住民基本台帳や税などの情報を確認することに同意します。',
};
