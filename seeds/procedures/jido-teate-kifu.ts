import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { jukyushaPage, paymentMonthField, receiverNumberField } from './shared/jido-teate-pages.ts';

/** 児童手当等に係る寄附の申出 (児童手当法第20条). The paper form is 児童手当に係る寄附の申出書; the title is the one in the national list of 子育て関係15手続. */
export const jidoTeateKifu: FormDefinitionInput = {
  id: 'jido-teate-kifu',
  title: '児童手当等に係る寄附の申出',
  plainTitle: '児童手当を町に寄附する',
  keywords: ['寄付'],
  category: 'kosodate',
  summary: '受け取る児童手当の全部または一部を町に寄附して、町の子育て支援に役立てていただく手続きです。',
  audience: '町から児童手当を受けている方で、手当の全部または一部の寄附を希望する方',
  bring: [],
  fee: null,
  processingDays: 10,
  processingNote: '寄附を始める支払月の前の月の10日までに申し出てください。受け付けた後、寄附の内容をお知らせします。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'オンラインで24時間申し出られます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'substantial',
  retentionYears: 5,
  basis: '児童手当法第20条（受給資格者の申出による寄附）',
  pages: [
    jukyushaPage({ locked: false }),
    {
      id: 'kifu',
      title: '寄附の内容',
      fields: [
        receiverNumberField(),
        {
          name: 'amountType',
          type: 'choice',
          label: '寄附する額',
          options: [
            { value: 'all', label: '手当の全額' },
            { value: 'part', label: '手当の一部' },
          ],
        },
        { name: 'amountPerPayment', type: 'number', label: '1回の支払いごとに寄附する額', unit: '円', min: 1, showIf: { field: 'amountType', equals: 'part' } },
        paymentMonthField('startMonth', '寄附を始める支払月', '児童手当は、2月・4月・6月・8月・10月・12月に、それぞれ前の月までの2か月分をお支払いしています。'),
        { name: 'wishes', type: 'textarea', label: '寄附について希望すること（任意）', maxLength: 500, required: false, hint: '役立ててほしい子育て支援の事業などがあれば書いてください。' },
      ],
    },
  ],
  declaration: '上記のとおり、児童手当を町に寄附することを申し出ます。寄附した手当は返還されないことを了解しています。',
};
