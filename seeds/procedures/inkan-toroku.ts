import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';

/** 印鑑登録 (the town's 印鑑条例, following the national 印鑑登録証明事務処理要領). The resident must appear at the counter with the seal, so there is no online form. */
export const inkanToroku: FormDefinitionInput = {
  id: 'inkan-toroku',
  title: '印鑑登録',
  plainTitle: '印鑑（実印）を登録する',
  keywords: ['実印', 'はんこ', '印鑑証明'],
  category: 'kurashi',
  summary: '実印として使う印鑑を町に登録する手続きです。登録すると「印鑑登録証（カード）」をお渡しし、印鑑登録証明書を受け取れるようになります。',
  audience: '町内に住民票がある15歳以上の方。登録できる印鑑は一人1個です。',
  bring: [
    '登録する印鑑（ゴム印など変形しやすいものは登録できません）',
    '顔写真付きの本人確認書類（マイナンバーカード、運転免許証、パスポートなど）',
  ],
  fee: null,
  processingDays: 0,
  processingNote: '顔写真付きの本人確認書類をお持ちの方は、その日のうちに登録できます。お持ちでない場合や代理の方が申請する場合は、ご本人に照会書を郵送するため、登録まで数日かかります。',
  channels: { online: false, post: false, counter: true },
  howToApply: '登録する方ご本人が、登録する印鑑と顔写真付きの本人確認書類を持って、役場の町民課の窓口にお越しください。受付時間は平日8時30分〜17時15分です（土日祝日・年末年始を除く）。顔写真付きの本人確認書類がない場合や、代理の方が申請する場合は、ご本人あての照会書を郵送します。回答書を持って、もう一度窓口にお越しいただいたときに登録します。郵送やオンラインでは申請できません。',
  department: 'chomin',
  assurance: 'none',
  retentionYears: 5,
  basis: '二宮町の印鑑条例、印鑑登録証明事務処理要領（昭和49年自治省通知）',
  pages: [],
};
