import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { currentLevelPage, ninteiApplicantPages, ninteiAssessmentPages, ninteiHokenshaPage, ninteiTenpuPage, wantedServicesField } from './shared/kaigo-nintei-pages.ts';
import { insuredNumberField } from './shared/kaigo-pages.ts';

/** 要介護・要支援状態区分変更認定の申請 (介護保険法第29条・第33条の2). The paper form is 介護保険 要介護認定・要支援認定区分変更申請書; the title is the one in the national list of 介護関係11手続. */
export const kaigoNinteiKubunHenko: FormDefinitionInput = {
  id: 'kaigo-nintei-kubun-henko',
  title: '要介護・要支援状態区分変更認定の申請',
  plainTitle: '介護保険の認定の見直しを申請する（状態が変わったとき）',
  keywords: ['区分変更', '介護度'],
  category: 'kaigo',
  summary: '認定の有効期間の途中で、心身の状態が大きく変わったときに、要介護状態区分を見直してもらう手続きです。',
  audience: '要介護・要支援の認定を受けている方で、病気やけがなどで心身の状態が変わった方。家族の方が代わりに申請することもできます。',
  bring: ['介護保険被保険者証', '主治医の氏名と医療機関の名称・所在地・電話番号がわかるもの（診察券など）'],
  fee: null,
  processingDays: 30,
  processingNote: '原則として、申請の日から30日以内に結果をお知らせします。新しい認定は申請した日にさかのぼって有効になります。区分が変わらないこともあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間申請できます。窓口（高齢介護課）や郵送でも受け付けています。申請の前に、担当のケアマネジャーにご相談ください。',
  department: 'kaigo',
  assurance: 'high',
  retentionYears: 5,
  basis: '介護保険法第29条（要介護状態区分の変更）・第33条の2（要支援状態区分の変更）',
  pages: [
    ...ninteiApplicantPages(),
    ninteiHokenshaPage(insuredNumberField()),
    currentLevelPage('被保険者証に書かれています。'),
    ...ninteiAssessmentPages({
      id: 'riyu',
      title: '状態の変化',
      fields: [
        { name: 'reason', type: 'textarea', label: '状態が変わった理由と、今の様子', maxLength: 1000, hint: '例：先月、転んで骨折して入院し、退院後は歩くときに介助が必要になった' },
        { name: 'changedSince', type: 'date', label: '状態が変わった時期（わかる場合）', dateRange: 'past', required: false },
        wantedServicesField(),
      ],
    }),
    ninteiTenpuPage({ renewal: true }),
  ],
  declaration: '申請した内容に相違ありません。認定のため、町が主治医に意見書の作成を依頼すること、認定調査を行うこと、介護保険・医療保険・税などの情報を確認することに同意します。',
};
