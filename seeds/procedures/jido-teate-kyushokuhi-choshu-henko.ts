import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { costTypeOptions, henkoPage, jukyushaPage } from './shared/jido-teate-pages.ts';

/** 受給資格者の申出による学校給食費等の徴収等の変更等の申出 (児童手当法第21条). The paper form is 児童手当に係る学校給食費等の徴収等に関する変更等申出書; the title is the one in the national list of 子育て関係15手続. */
export const jidoTeateKyushokuhiChoshuHenko: FormDefinitionInput = {
  id: 'jido-teate-kyushokuhi-choshu-henko',
  title: '受給資格者の申出による学校給食費等の徴収等の変更等の申出',
  plainTitle: '児童手当からの給食費などの支払いを変える・やめる',
  keywords: ['給食費', '保育料', '差し引き'],
  category: 'kosodate',
  summary: '児童手当から学校給食費などを差し引いている方が、その額や対象を変えたり、差し引きをやめたりするための手続きです。',
  audience: '児童手当から学校給食費などを差し引くことを申し出ている方',
  bring: [],
  fee: null,
  processingDays: 10,
  processingNote: '変更する支払月の前の月の10日までに申し出てください。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'オンラインで24時間申し出られます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'substantial',
  retentionYears: 5,
  basis: '児童手当法第21条（受給資格者の申出による学校給食費等の徴収等）',
  pages: [
    jukyushaPage({ locked: false }),
    henkoPage([
      { value: 'amount', label: '差し引く額を変える' },
      { value: 'costs', label: '支払いに充てる費用を変える' },
      { value: 'children', label: '対象の児童を変える' },
      { value: 'stop', label: '差し引きをやめる' },
    ]),
    {
      id: 'gaku',
      title: '変更した後の額',
      showIf: { field: 'changeType', equals: 'amount' },
      fields: [
        {
          name: 'newAmountType',
          type: 'choice',
          label: '差し引く額',
          options: [
            { value: 'all', label: 'かかる費用の全額' },
            { value: 'part', label: '決まった額' },
          ],
        },
        { name: 'newAmountPerPayment', type: 'number', label: '1回の支払いごとに差し引く額', unit: '円', min: 1, showIf: { field: 'newAmountType', equals: 'part' } },
      ],
    },
    {
      id: 'hiyo',
      title: '変更した後の費用',
      showIf: { field: 'changeType', equals: 'costs' },
      fields: [
        {
          name: 'newCostTypes',
          type: 'multiChoice',
          label: '支払いに充てる費用（当てはまるものすべて）',
          options: costTypeOptions(),
        },
        { name: 'newCostOther', type: 'text', label: 'その他の費用の内容', maxLength: 100, showIf: { field: 'newCostTypes', equals: 'other' } },
      ],
    },
    {
      id: 'jido',
      title: '対象の児童の変更',
      showIf: { field: 'changeType', equals: 'children' },
      fields: [
        {
          name: 'childrenChangeDetail',
          type: 'textarea',
          label: '加える児童・外す児童の氏名と、学校・施設の名称',
          maxLength: 1000,
          hint: '例：長男 二宮太郎（二宮小学校）を加える',
        },
      ],
    },
    {
      id: 'riyu',
      title: '変更の理由',
      fields: [{ name: 'reason', type: 'textarea', label: '変更する理由（任意）', maxLength: 500, required: false }],
    },
  ],
  declaration: '上記のとおり、学校給食費等の徴収等の変更を申し出ます。',
};
