import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { careLevelOptions, ninteiApplicantPages, proxyDocumentField, shujiiPage } from './shared/kaigo-nintei-pages.ts';
import { ageGroupField, kaigoHokenshaPage } from './shared/kaigo-pages.ts';

/** 住所移転後の要介護・要支援認定申請 (介護保険法第36条). The paper form is 要介護認定・要支援認定申請書 with the 受給資格証明書 of the former municipality; the title is the one in the national list of 介護関係11手続. */
export const kaigoNinteiTennyu: FormDefinitionInput = {
  id: 'kaigo-nintei-tennyu',
  title: '住所移転後の要介護・要支援認定申請',
  plainTitle: '転入前の市区町村の介護保険の認定を引き継ぐ',
  keywords: ['転入', '引っ越し', '受給資格証明書'],
  category: 'kaigo',
  summary: 'ほかの市区町村で要介護・要支援の認定を受けていた方が二宮町に転入したときに、前の市区町村の認定を引き継ぐ手続きです。転入した日から14日以内に申請すると、あらためて調査を受けずに認定を引き継げます。',
  audience: 'ほかの市区町村で要介護・要支援の認定を受けていて、二宮町に転入した方。家族の方が代わりに申請することもできます。',
  bring: ['前の市区町村で交付された「受給資格証明書」', '二宮町の介護保険被保険者証（転入の手続きで交付された方）'],
  fee: null,
  processingDays: 10,
  processingNote: '転入した日から14日以内に申請してください。14日を過ぎると、新しく認定の申請（調査と審査）が必要になります。前の市区町村の認定の内容を引き継ぎ、新しい被保険者証をお送りします。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間申請できます。転入の届出の際に、窓口（高齢介護課）で申請することもできます。',
  department: 'kaigo',
  assurance: 'high',
  retentionYears: 5,
  basis: '介護保険法第36条（他の市町村による要介護認定を受けている者に係る要介護認定）',
  pages: [
    ...ninteiApplicantPages(),
    kaigoHokenshaPage([
      ageGroupField(),
      {
        name: 'insuredNumber',
        type: 'text',
        label: '二宮町の介護保険の被保険者番号（わかる場合）',
        maxLength: 10,
        required: false,
        hint: '転入の手続きで二宮町の被保険者証を受け取った方は、そこに書かれている10桁の番号を入力してください。',
      },
    ]),
    {
      id: 'mae',
      title: '前の市区町村での認定',
      fields: [
        { name: 'previousMunicipality', type: 'text', label: '前に住んでいた市区町村', maxLength: 50, hint: '例：神奈川県平塚市' },
        { name: 'moveInDate', type: 'date', label: '二宮町に転入した日', dateRange: 'past' },
        { name: 'previousLevel', type: 'choice', label: '前の市区町村での要介護状態区分', options: careLevelOptions() },
        { name: 'validFrom', type: 'date', label: '認定の有効期間の始まりの日', dateRange: 'any', hint: '受給資格証明書に書かれています。' },
        { name: 'validUntil', type: 'date', label: '認定の有効期間が終わる日', dateRange: 'any' },
      ],
    },
    shujiiPage('次の更新のときに、町から主治医に意見書の作成を依頼します。決まっていなければ、入力しなくてかまいません。', {
      name: 'hasDoctor',
      type: 'yesNo',
      label: '転入後のかかりつけの医師（主治医）は決まっていますか',
    }),
    {
      id: 'tenpu',
      title: '添付書類',
      fields: [
        {
          name: 'eligibilityCertificate',
          type: 'file',
          label: '受給資格証明書',
          hint: '前の市区町村で転出の手続きをしたときに交付されたものです。すべてのページを撮影して添付してください。',
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
        proxyDocumentField(),
      ],
    },
  ],
  declaration: '申請した内容に相違ありません。前の市区町村での認定の内容を引き継ぐため、町が前の市区町村に問い合わせること、介護保険や税などの情報を確認することに同意します。',
};
