import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';

/** 軽自動車税（種別割）の減免申請 (地方税法第463条の23, 二宮町税条例). Counter only in this demo: the counter staff check the 障害者手帳, 運転免許証 and 車検証 on the spot. */
export const keijidoshaZeiGenmen: FormDefinitionInput = {
  id: 'keijidosha-zei-genmen',
  title: '軽自動車税（種別割）の減免申請',
  plainTitle: '障害のある方の軽自動車税の減免を申請する',
  keywords: ['障害者', '減免', 'バイク'],
  category: 'zeikin',
  summary: '身体などに障害のある方のために使う軽自動車などについて、軽自動車税（種別割）を減免する制度の申請です。',
  audience: '身体障害者手帳、療育手帳、精神障害者保健福祉手帳をお持ちの方で、ご本人または生計を同じくする方が、その方のために使う軽自動車など（一人につき1台）。普通自動車の自動車税で減免を受けている方は対象になりません。',
  bring: [
    '軽自動車税（種別割）の納税通知書',
    '身体障害者手帳、療育手帳または精神障害者保健福祉手帳',
    '車検証（自動車検査証記録事項）',
    '運転する方の運転免許証',
    '窓口に来る方の本人確認書類',
  ],
  fee: null,
  processingDays: 10,
  processingNote: '審査の後、減免の結果をお知らせします。減免が決まるまで、納税通知書の税は納めないでください。',
  channels: { online: false, post: false, counter: true },
  howToApply: '納税通知書が届いた後、納期限（通常5月31日）までに、役場の町民課の窓口で申請してください。受付時間は平日8時30分〜17時15分です（土日祝日・年末年始を除く）。手帳や免許証を窓口で確認するため、郵送やオンラインでは受け付けていません。障害の程度により対象にならない場合がありますので、事前にお問い合わせください。',
  department: 'chomin',
  assurance: 'none',
  retentionYears: 5,
  basis: '地方税法第463条の23（種別割の減免）、二宮町税条例',
  pages: [],
};
