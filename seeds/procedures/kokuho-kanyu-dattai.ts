import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';

/** 国民健康保険の加入・脱退の届出 (国民健康保険法第9条). Not online in this demo: at the counter, or by post when leaving after joining an employer's insurance. */
export const kokuhoKanyuDattai: FormDefinitionInput = {
  id: 'kokuho-kanyu-dattai',
  title: '国民健康保険の加入・脱退の届出',
  plainTitle: '国民健康保険に入る・やめるときに届け出る',
  keywords: ['国保', '退職', '社会保険'],
  category: 'kenko',
  summary: '国民健康保険に入るとき、やめるときの届出です。職場の健康保険をやめたときや、職場の健康保険に入ったときなどに、14日以内に届け出てください。',
  audience: '加入：職場の健康保険をやめた方、町外から転入した方（ほかの健康保険に入っていない方）、子が生まれた方など。脱退：職場の健康保険などに入った方、町外へ転出する方など。',
  bring: [
    '窓口に来る方の本人確認書類（マイナンバーカード、運転免許証、パスポートなど）',
    '加入の場合：前の健康保険の資格がなくなった日がわかる書類（資格喪失証明書など）',
    '脱退の場合：新しい健康保険の資格がわかる書類（資格確認書、資格情報のお知らせなど）',
    '脱退の場合：国民健康保険の資格確認書（お持ちの方）',
  ],
  fee: null,
  processingDays: 0,
  processingNote: '加入の届出の後、資格確認書または資格情報のお知らせをお渡しします（郵送になる場合があります）。',
  channels: { online: false, post: true, counter: true },
  howToApply: '役場の町民課の窓口で届け出てください。受付時間は平日8時30分〜17時15分です（土日祝日・年末年始を除く）。職場の健康保険に入ったことによる脱退は、郵送でも届け出られます。届出書と、新しい健康保険の資格がわかる書類の写しを同封してください。届出が遅れると、保険料をさかのぼって納めていただいたり、医療費を返していただいたりすることがあります。',
  department: 'chomin',
  assurance: 'none',
  retentionYears: 5,
  basis: '国民健康保険法第9条（届出等）',
  pages: [],
};
