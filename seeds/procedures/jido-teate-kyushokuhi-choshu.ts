import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { childNameFields, costTypeOptions, jukyushaPage, paymentMonthField, receiverNumberField } from './shared/jido-teate-pages.ts';

/** 受給資格者の申出による学校給食費等の徴収等の申出 (児童手当法第21条). The paper form is 児童手当に係る学校給食費等の徴収等に関する申出書; the title is the one in the national list of 子育て関係15手続. */
export const jidoTeateKyushokuhiChoshu: FormDefinitionInput = {
  id: 'jido-teate-kyushokuhi-choshu',
  title: '受給資格者の申出による学校給食費等の徴収等の申出',
  plainTitle: '児童手当から給食費や保育料を支払う',
  keywords: ['給食費', '保育料', '差し引き'],
  category: 'kosodate',
  summary: '受け取る児童手当から、学校給食費や保育料などを差し引いて、その支払いに充てる手続きです。',
  audience: '町から児童手当を受けている方で、手当から学校給食費などを支払うことを希望する方',
  bring: ['支払いに充てる費用の内容と額がわかるもの（学校や施設からのお知らせなど）'],
  fee: null,
  processingDays: 10,
  processingNote: '支払いに充てる最初の支払月の前の月の10日までに申し出てください。受け付けた後、差し引く額と対象の月をお知らせします。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'オンラインで24時間申し出られます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'substantial',
  retentionYears: 5,
  basis: '児童手当法第21条（受給資格者の申出による学校給食費等の徴収等）',
  pages: [
    jukyushaPage({ locked: false }),
    {
      id: 'hiyo',
      title: '支払いに充てる費用',
      fields: [
        receiverNumberField(),
        {
          name: 'costTypes',
          type: 'multiChoice',
          label: '支払いに充てる費用（当てはまるものすべて）',
          hint: '町が取り扱っている費用に限ります。わからないときは、子育て・健康課にお問い合わせください。',
          options: costTypeOptions(),
        },
        { name: 'costOther', type: 'text', label: 'その他の費用の内容', maxLength: 100, showIf: { field: 'costTypes', equals: 'other' } },
        {
          name: 'amountType',
          type: 'choice',
          label: '差し引く額',
          options: [
            { value: 'all', label: 'かかる費用の全額' },
            { value: 'part', label: '決まった額' },
          ],
        },
        { name: 'amountPerPayment', type: 'number', label: '1回の支払いごとに差し引く額', unit: '円', min: 1, showIf: { field: 'amountType', equals: 'part' } },
        paymentMonthField('startMonth', '差し引きを始める支払月'),
      ],
    },
    {
      id: 'jido',
      title: '対象の児童',
      intro: '費用を支払う児童を、一人ずつ入力してください。',
      repeat: { name: 'children', itemLabel: '児童', min: 1, max: 10 },
      fields: [
        ...childNameFields(),
        { name: 'schoolName', type: 'text', label: '学校・施設の名称', maxLength: 100 },
        { name: 'grade', type: 'text', label: '学年・クラス（わかる場合）', maxLength: 30, required: false },
      ],
    },
  ],
  declaration: '上記のとおり、児童手当から学校給食費等を差し引き、その支払いに充てることを申し出ます。',
};
