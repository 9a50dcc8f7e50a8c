import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { childFields, childrenPage, hogoshaPage, hoikuTenpuPage, parentPages } from './shared/hoiku-pages.ts';

/** 支給認定の申請 (子ども・子育て支援法第20条). The paper form is 教育・保育給付認定申請書; the title is 「支給認定の申請」 of the national list, with the current legal name 教育・保育給付認定 (since 2019) in brackets. */
export const hoikuShikyuNintei: FormDefinitionInput = {
  id: 'hoiku-shikyu-nintei',
  title: '支給認定の申請（教育・保育給付認定）',
  plainTitle: '保育園・幼稚園などの利用のための認定を申請する',
  keywords: ['保育認定', '支給認定', '1号認定', '2号認定', '3号認定', '幼稚園'],
  category: 'kosodate',
  summary: '保育所、認定こども園、幼稚園（新制度）などを利用するために、町から認定を受ける手続きです。保育所などの利用を希望する方は、「保育施設等の利用申込」もあわせて行ってください。',
  audience: '町内に住民票があり、小学校に入る前のお子さんを、保育所・認定こども園・小規模保育・幼稚園（新制度）などに預けたい保護者の方',
  bring: [
    '就労証明書（働いている保護者それぞれの分。勤務先に作成を依頼してください）',
    '就労以外の理由で保育が必要な方は、その理由がわかる書類（母子健康手帳の写し、診断書、在学証明書など）',
  ],
  fee: null,
  processingDays: 30,
  processingNote: '申請の日から30日以内に、認定の結果（支給認定証）をお知らせします。審査に時間がかかるときは、その理由をお知らせします。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間申請できます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'high',
  retentionYears: 5,
  basis: '子ども・子育て支援法第20条（教育・保育給付認定）',
  pages: [
    hogoshaPage('申請する保護者'),
    childrenPage('認定を受けるお子さん', childFields()),
    {
      id: 'nintei',
      title: '希望する認定',
      fields: [
        {
          name: 'ninteiType',
          type: 'choice',
          label: '希望する認定',
          hint: '保育認定のうち、3歳以上のお子さんは2号認定、3歳未満のお子さんは3号認定になります。',
          options: [
            { value: 'kyoiku', label: '教育標準時間認定（1号）：幼稚園や認定こども園で教育を受ける' },
            { value: 'hoiku', label: '保育認定（2号・3号）：保育所や認定こども園などで保育を受ける' },
          ],
        },
      ],
    },
    ...parentPages({ hoikuOnly: true }),
    {
      id: 'setai',
      title: '世帯の状況',
      intro: '保育料の軽減などの判断に使います。',
      fields: [
        { name: 'singleParent', type: 'yesNo', label: 'ひとり親の世帯ですか' },
        { name: 'disabilityInHousehold', type: 'yesNo', label: '世帯に、障害者手帳などをお持ちの方はいますか' },
        { name: 'siblingInCare', type: 'yesNo', label: 'お子さんの兄弟姉妹で、保育所・幼稚園などを利用している子はいますか' },
      ],
    },
    hoikuTenpuPage({
      employmentHint: '働いている保護者それぞれの分を、勤務先に作成してもらい添付してください。自営業の方は、仕事の内容がわかる書類（開業届の写しなど）もあわせて添付してください。',
      otherReasonHint: '就労以外の理由で保育が必要な方は添付してください。妊娠・出産は母子健康手帳の写し、病気は診断書、就学は在学証明書などです。書類がそろわないときは、後から提出してもかまいません。',
      hoikuOnly: true,
    }),
  ],
  declaration: '申請した内容に相違ありません。認定と保育料の決定のため、町が住民基本台帳や税などの情報を確認し、必要に応じて勤務先などに問い合わせることに同意します。',
};
