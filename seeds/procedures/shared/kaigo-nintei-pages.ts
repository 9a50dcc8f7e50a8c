import { ageGroupField, kaigoApplicantPages, kaigoHokenshaPage } from './kaigo-pages.ts';
import type { FieldInput, PageInput } from './types.ts';

/** The first pages of every 要介護・要支援認定 form: the applicant, the relation and the insured person. */
export function ninteiApplicantPages(): PageInput[] {
  return kaigoApplicantPages({ who: '認定を受ける方', locked: true, insuredPhone: true });
}

/** 介護保険の資格 for 認定: the age group, the insured number, and for 第2号 the medical insurer and 特定疾病. */
export function ninteiHokenshaPage(insuredNumber: FieldInput): PageInput {
  const second = () => ({ field: 'ageGroup', equals: 'second' });
  return kaigoHokenshaPage([
    ageGroupField(),
    insuredNumber,
    { name: 'medicalInsurer', type: 'text', label: '加入している医療保険の名称（保険者名）', maxLength: 100, showIf: second() },
    {
      name: 'specifiedDisease',
      type: 'choice',
      label: '介護や支援が必要になった原因の病気（特定疾病）',
      hint: '40歳から64歳までの方は、次の病気が原因の場合に限り申請できます。わからないときは、主治医にご確認ください。',
      showIf: second(),
      options: [
        { value: 'cancer', label: 'がん（医師が回復の見込みがない状態と判断したもの）' },
        { value: 'ra', label: '関節リウマチ' },
        { value: 'als', label: '筋萎縮性側索硬化症' },
        { value: 'opll', label: '後縦靱帯骨化症' },
        { value: 'osteoporosis', label: '骨折を伴う骨粗鬆症' },
        { value: 'dementia', label: '初老期における認知症' },
        { value: 'parkinson', label: '進行性核上性麻痺、大脳皮質基底核変性症及びパーキンソン病' },
        { value: 'scd', label: '脊髄小脳変性症' },
        { value: 'stenosis', label: '脊柱管狭窄症' },
        { value: 'progeria', label: '早老症' },
        { value: 'msa', label: '多系統萎縮症' },
        { value: 'diabetes', label: '糖尿病性神経障害、糖尿病性腎症及び糖尿病性網膜症' },
        { value: 'cerebrovascular', label: '脳血管疾患' },
        { value: 'aso', label: '閉塞性動脈硬化症' },
        { value: 'copd', label: '慢性閉塞性肺疾患' },
        { value: 'oa', label: '両側の膝関節又は股関節に著しい変形を伴う変形性関節症' },
      ],
    },
  ]);
}

/** 要支援1 to 要介護5. */
export function careLevelOptions(): NonNullable<FieldInput['options']> {
  return [
    { value: 'shien1', label: '要支援1' },
    { value: 'shien2', label: '要支援2' },
    { value: 'kaigo1', label: '要介護1' },
    { value: 'kaigo2', label: '要介護2' },
    { value: 'kaigo3', label: '要介護3' },
    { value: 'kaigo4', label: '要介護4' },
    { value: 'kaigo5', label: '要介護5' },
  ];
}

/** 現在の認定, for 更新 and 区分変更. */
export function currentLevelPage(validUntilHint: string): PageInput {
  return {
    id: 'genzai-nintei',
    title: '現在の認定',
    fields: [
      { name: 'currentLevel', type: 'choice', label: '現在の要介護状態区分', options: careLevelOptions() },
      { name: 'validUntil', type: 'date', label: '現在の認定の有効期間が終わる日', dateRange: 'any', hint: validUntilHint },
    ],
  };
}

/** 主治医, whom the town asks for the 意見書; `hasDoctor` is the question whether there is one. */
export function shujiiPage(
  intro = '町から主治医に、意見書の作成を依頼します。',
  hasDoctor: FieldInput = { name: 'hasDoctor', type: 'yesNo', label: 'かかりつけの医師（主治医）はいますか', hint: 'いない場合は、町が指定する医師の診察を受けていただきます。' },
): PageInput {
  const yes = () => ({ field: 'hasDoctor', equals: 'yes' });
  return {
    id: 'shujii',
    title: '主治医',
    intro,
    fields: [
      hasDoctor,
      { name: 'doctorName', type: 'name', label: '主治医の氏名', showIf: yes() },
      { name: 'clinicName', type: 'text', label: '医療機関の名称', maxLength: 100, showIf: yes() },
      { name: 'clinicAddress', type: 'address', label: '医療機関の所在地', showIf: yes() },
      { name: 'clinicPhone', type: 'phone', label: '医療機関の電話番号', showIf: yes() },
    ],
  };
}

/** 主治医, 現在の状況, the form's own 理由 page, 認定調査の連絡先 and 認定の資料の提供, in that order. */
export function ninteiAssessmentPages(riyu: PageInput): PageInput[] {
  const away = () => ({ field: 'currentPlace', equals: ['facility', 'hospital'] });
  const notSelf = () => ({ field: 'contactFor', notEquals: 'self' });
  return [
    shujiiPage(),
    {
      id: 'genzai',
      title: '現在の状況',
      fields: [
        {
          name: 'currentPlace',
          type: 'choice',
          label: '認定を受ける方は、今どこで過ごしていますか',
          options: [
            { value: 'home', label: '自宅（在宅）' },
            { value: 'facility', label: '施設に入所している' },
            { value: 'hospital', label: '病院に入院している' },
          ],
        },
        { name: 'placeName', type: 'text', label: '施設・病院の名称', maxLength: 100, showIf: away() },
        { name: 'placeAddress', type: 'address', label: '施設・病院の所在地', showIf: away() },
        { name: 'placePhone', type: 'phone', label: '施設・病院の電話番号', showIf: away() },
        { name: 'dischargeDate', type: 'date', label: '退院の予定日（決まっている場合）', dateRange: 'future', required: false, showIf: { field: 'currentPlace', equals: 'hospital' } },
      ],
    },
    riyu,
    {
      id: 'chosa',
      title: '認定調査の連絡先',
      intro: '町の調査員が、認定を受ける方を訪問して、心身の状況をお聞きします。日程の調整のための連絡先を教えてください。',
      fields: [
        {
          name: 'contactFor',
          type: 'choice',
          label: '調査の日程の連絡先',
          options: [
            { value: 'self', label: '本人' },
            { value: 'family', label: '家族' },
            { value: 'other', label: 'その他（ケアマネジャー、施設の職員など）' },
          ],
        },
        { name: 'contactName', type: 'name', label: '連絡先の方の氏名', showIf: notSelf() },
        { name: 'contactRelationship', type: 'text', label: '本人との関係', maxLength: 30, hint: '例：長男、施設の相談員', showIf: notSelf() },
        { name: 'contactPhone', type: 'phone', label: '連絡先の電話番号', showIf: notSelf() },
        { name: 'surveyNotes', type: 'textarea', label: '調査について希望や伝えておきたいこと（任意）', maxLength: 500, required: false, hint: '例：耳が遠いので家族が同席したい、平日の午前がよい' },
      ],
    },
    {
      id: 'joho',
      title: '認定の資料の提供',
      fields: [
        {
          name: 'shareWithCareManager',
          type: 'yesNo',
          label: '認定の結果、調査の内容、主治医の意見書を、ケアプランを作る事業者などに提供してもよいですか',
          hint: 'サービスを利用する際のケアプランの作成に使われます。',
        },
      ],
    },
  ];
}

export function proxyDocumentField(): FieldInput {
  return {
    name: 'proxyDocument',
    type: 'file',
    label: '代わりに申請できることがわかる書類',
    hint: 'ご家族以外の方が申請する場合は、委任状または成年後見の登記事項証明書などを添付してください。',
    required: { field: 'applicantRelation', equals: 'other' },
    accept: ['pdf', 'jpeg', 'png', 'heic'],
  };
}

/** 添付書類 of a 認定; `renewal` for 更新 and 区分変更, where the insured person already has a 被保険者証. */
export function ninteiTenpuPage({ renewal }: { renewal: boolean }): PageInput {
  return {
    id: 'tenpu',
    title: '添付書類',
    fields: [
      {
        name: 'insuranceCardImage',
        type: 'file',
        label: '介護保険被保険者証の写真',
        hint: renewal ? '被保険者証の表面を撮影して添付してください。' : '65歳以上の方は、被保険者証の表面を撮影して添付してください。',
        ...(renewal ? {} : { required: { field: 'ageGroup', equals: 'first' } }),
        accept: ['pdf', 'jpeg', 'png', 'heic'],
      },
      {
        name: 'medicalInsuranceProof',
        type: 'file',
        label: '医療保険の資格がわかる書類',
        hint: renewal
          ? '40歳から64歳までの方で、加入している医療保険が前回の申請から変わった場合は、資格確認書、資格情報のお知らせなどの写しを添付してください。'
          : '40歳から64歳までの方は、資格確認書、資格情報のお知らせなどの写しを添付してください。',
        required: renewal ? false : { field: 'ageGroup', equals: 'second' },
        accept: ['pdf', 'jpeg', 'png', 'heic'],
      },
      proxyDocumentField(),
    ],
  };
}

export function wantedServicesField(): FieldInput {
  return { name: 'wantedServices', type: 'textarea', label: '利用したいサービス（任意）', maxLength: 500, required: false, hint: '例：デイサービス、手すりの取付け' };
}
