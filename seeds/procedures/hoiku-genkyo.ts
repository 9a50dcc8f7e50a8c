import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { childrenPage, hogoshaPage, hoikuTenpuPage, parentPages } from './shared/hoiku-pages.ts';

/** 保育施設等の現況届 (子ども・子育て支援法第22条、同法施行規則第9条). The paper form is 教育・保育給付認定現況届; the title is the one in the national list of 子育て関係15手続. */
export const hoikuGenkyo: FormDefinitionInput = {
  id: 'hoiku-genkyo',
  title: '保育施設等の現況届',
  plainTitle: '保育園などの利用を続けるための現況届を出す',
  keywords: ['継続', '更新'],
  category: 'kosodate',
  summary: '保育所などを利用している方が、年に1回、保育が必要な理由や世帯の状況を届け出る手続きです。翌年度も引き続き利用するための確認になります。',
  audience: '保育認定（2号・3号）を受けて、保育所・認定こども園・小規模保育などを利用している保護者の方で、町から案内が届いた方',
  bring: ['就労証明書（働いている保護者それぞれの分。町が指定した日以降に作成されたもの）', '就労以外の理由で保育が必要な方は、その理由がわかる書類'],
  fee: null,
  processingDays: 30,
  processingNote: '案内に書かれた期限までに提出してください。提出がないと、翌年度の利用を続けられないことがあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間届け出られます。利用している施設または窓口（子育て・健康課）でも受け付けています。',
  department: 'kosodate',
  assurance: 'high',
  retentionYears: 5,
  basis: '子ども・子育て支援法第22条、同法施行規則第9条（届出）',
  pages: [
    hogoshaPage('届け出る保護者'),
    childrenPage('施設を利用しているお子さん', [
      { name: 'childName', type: 'name', label: 'お子さんの氏名' },
      { name: 'childBirthDate', type: 'date', label: 'お子さんの生年月日', dateRange: 'past' },
      { name: 'facilityName', type: 'text', label: '利用している施設の名称', maxLength: 100 },
    ]),
    {
      id: 'keizoku',
      title: '来年度の利用',
      fields: [
        {
          name: 'continueUse',
          type: 'yesNo',
          label: '来年度も、今の施設を引き続き利用しますか',
          hint: '転園や退園を希望する方は、子育て・健康課にご相談ください。',
        },
        { name: 'householdChanged', type: 'yesNo', label: '前回の申請の後、世帯の状況（家族の人数・住所など）は変わりましたか' },
        { name: 'householdChangeDetail', type: 'textarea', label: '変わった内容', maxLength: 1000, showIf: { field: 'householdChanged', equals: 'yes' } },
      ],
    },
    ...parentPages({ renewal: true }),
    hoikuTenpuPage({
      employmentHint: '働いている保護者それぞれの分を添付してください。町が案内で指定した日以降に作成されたものに限ります。',
      otherReasonHint: '就労以外の理由で保育が必要な方は添付してください。妊娠・出産は母子健康手帳の写し、病気は診断書、育児休業は育児休業の期間がわかる書類などです。',
    }),
  ],
  declaration: '届け出た内容に相違ありません。保育の必要性の確認と保育料の決定のため、町が住民基本台帳や税などの情報を確認し、必要に応じて勤務先に問い合わせることに同意します。',
};
