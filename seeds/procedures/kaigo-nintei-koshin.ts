import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { currentLevelPage, ninteiApplicantPages, ninteiAssessmentPages, ninteiHokenshaPage, ninteiTenpuPage, wantedServicesField } from './shared/kaigo-nintei-pages.ts';
import { insuredNumberField } from './shared/kaigo-pages.ts';

/** 要介護・要支援更新認定の申請 (介護保険法第28条・第33条). The paper form is 介護保険 要介護認定・要支援認定申請書（更新）; the title is the one in the national list of 介護関係11手続. */
export const kaigoNinteiKoshin: FormDefinitionInput = {
  id: 'kaigo-nintei-koshin',
  title: '要介護・要支援更新認定の申請',
  plainTitle: '介護保険の認定を更新する',
  keywords: ['更新申請', '有効期間'],
  category: 'kaigo',
  summary: '要介護・要支援の認定には有効期間があります。有効期間が終わった後も介護保険のサービスを利用するために、認定を更新する手続きです。',
  audience: '要介護・要支援の認定を受けている方で、有効期間が終わる日の60日前から前日までの方。家族の方が代わりに申請することもできます。',
  bring: ['介護保険被保険者証', '主治医の氏名と医療機関の名称・所在地・電話番号がわかるもの（診察券など）'],
  fee: null,
  processingDays: 30,
  processingNote: '原則として、申請の日から30日以内に結果をお知らせします。有効期間が終わる日の60日前から申請できます。町から届く更新のご案内もご覧ください。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間申請できます。窓口（高齢介護課）や郵送でも受け付けています。担当のケアマネジャーに申請の代行を頼むこともできます。',
  department: 'kaigo',
  assurance: 'high',
  retentionYears: 5,
  basis: '介護保険法第28条（要介護認定の更新）・第33条（要支援認定の更新）',
  pages: [
    ...ninteiApplicantPages(),
    ninteiHokenshaPage(insuredNumberField()),
    currentLevelPage('被保険者証に書かれています。有効期間が終わる日の60日前から申請できます。'),
    ...ninteiAssessmentPages({
      id: 'riyu',
      title: '最近の様子',
      fields: [
        { name: 'reason', type: 'textarea', label: '前回の認定から変わったこと（任意）', maxLength: 1000, required: false, hint: '例：転びやすくなった、物忘れが増えた' },
        wantedServicesField(),
      ],
    }),
    ninteiTenpuPage({ renewal: true }),
  ],
  declaration: '申請した内容に相違ありません。認定のため、町が主治医に意見書の作成を依頼すること、認定調査を行うこと、介護保険・医療保険・税などの情報を確認することに同意します。',
};
