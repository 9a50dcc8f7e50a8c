import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { ninteiApplicantPages, ninteiAssessmentPages, ninteiHokenshaPage, ninteiTenpuPage, wantedServicesField } from './shared/kaigo-nintei-pages.ts';
import { insuredNumberField } from './shared/kaigo-pages.ts';

/** 要介護・要支援認定の申請 (介護保険法第27条・第32条). The paper form is 介護保険 要介護認定・要支援認定申請書; the title is the one in the national list of 介護関係11手続. */
export const kaigoNintei: FormDefinitionInput = {
  id: 'kaigo-nintei',
  title: '要介護・要支援認定の申請',
  plainTitle: '介護保険の認定（要介護・要支援）を申請する',
  keywords: ['要介護認定', '介護認定', '介護サービス', 'デイサービス'],
  featured: true,
  category: 'kaigo',
  summary: '介護保険のサービスを利用するために、介護や支援がどのくらい必要かを町に認定してもらう手続きです。申請の後、町の調査員が訪問して調査を行い、主治医の意見書とあわせて審査します。',
  audience: '町の介護保険に加入している65歳以上の方と、老化が原因とされる病気（特定疾病）により介護や支援が必要になった40歳から64歳までの方。家族の方が代わりに申請することもできます。',
  bring: [
    '介護保険被保険者証（65歳以上の方）',
    '医療保険の資格がわかる書類（40歳から64歳までの方）',
    '主治医の氏名と医療機関の名称・所在地・電話番号がわかるもの（診察券など）',
  ],
  fee: null,
  processingDays: 30,
  processingNote: '原則として、申請の日から30日以内に認定の結果をお知らせします。主治医の意見書が遅れた場合などは、延びることがあります。調査の日程は、町または調査員からご連絡します。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間申請できます。窓口（高齢介護課）や郵送でも受け付けています。地域包括支援センターや居宅介護支援事業所に申請の代行を頼むこともできます。',
  department: 'kaigo',
  assurance: 'high',
  retentionYears: 5,
  basis: '介護保険法第27条（要介護認定）・第32条（要支援認定）',
  pages: [
    ...ninteiApplicantPages(),
    ninteiHokenshaPage({
      ...insuredNumberField(),
      hint: '介護保険被保険者証に書かれている10桁の番号です。40歳から64歳までの方で、被保険者証をお持ちでない場合は入力しなくてかまいません。',
      required: { field: 'ageGroup', equals: 'first' },
    }),
    ...ninteiAssessmentPages({
      id: 'riyu',
      title: '申請する理由',
      fields: [
        { name: 'reason', type: 'textarea', label: '申請する理由', maxLength: 1000, hint: '例：足腰が弱くなり、一人で入浴することが難しくなったため' },
        wantedServicesField(),
      ],
    }),
    ninteiTenpuPage({ renewal: false }),
  ],
  declaration: '申請した内容に相違ありません。認定のため、町が主治医に意見書の作成を依頼すること、認定調査を行うこと、介護保険・医療保険・税などの情報を確認することに同意します。',
};
