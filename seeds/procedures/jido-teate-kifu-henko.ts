import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { henkoPage, jukyushaPage } from './shared/jido-teate-pages.ts';

/** 児童手当に係る寄附変更等の申出 (児童手当法第20条). The paper form is 児童手当に係る寄附変更等申出書; the title is the one in the national list of 子育て関係15手続. */
export const jidoTeateKifuHenko: FormDefinitionInput = {
  id: 'jido-teate-kifu-henko',
  title: '児童手当に係る寄附変更等の申出',
  plainTitle: '児童手当の寄附の額を変える・寄附をやめる',
  keywords: ['寄付'],
  category: 'kosodate',
  summary: '児童手当の寄附をしている方が、寄附する額を変えたり、寄附をやめたりするための手続きです。',
  audience: '児童手当の寄附を申し出ている方',
  bring: [],
  fee: null,
  processingDays: 10,
  processingNote: '変更する支払月の前の月の10日までに申し出てください。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'オンラインで24時間申し出られます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'substantial',
  retentionYears: 5,
  basis: '児童手当法第20条（受給資格者の申出による寄附）',
  pages: [
    jukyushaPage({ locked: false }),
    henkoPage(
      [
        { value: 'amount', label: '寄附する額を変える' },
        { value: 'stop', label: '寄附をやめる' },
      ],
      [
        {
          name: 'newAmountType',
          type: 'choice',
          label: '変更した後の寄附の額',
          options: [
            { value: 'all', label: '手当の全額' },
            { value: 'part', label: '手当の一部' },
          ],
          showIf: { field: 'changeType', equals: 'amount' },
        },
        {
          name: 'newAmountPerPayment',
          type: 'number',
          label: '1回の支払いごとに寄附する額',
          unit: '円',
          min: 1,
          showIf: { all: [{ field: 'changeType', equals: 'amount' }, { field: 'newAmountType', equals: 'part' }] },
        },
      ],
    ),
  ],
  declaration: '上記のとおり、児童手当の寄附の変更を申し出ます。',
};
