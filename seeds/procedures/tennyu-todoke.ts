import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';

/** 転入届 (住民基本台帳法第22条). Done at the counter only: the law requires the resident or a member of the household to appear, so there is no online form. */
export const tennyuTodoke: FormDefinitionInput = {
  id: 'tennyu-todoke',
  title: '転入届',
  plainTitle: '引っ越してきたときに転入届を出す',
  keywords: ['引っ越し', '引越し', '転居', '住所変更'],
  featured: true,
  category: 'kurashi',
  summary: 'ほかの市区町村から二宮町に引っ越してきたときの届出です。引っ越した日から14日以内に、役場の窓口で届け出てください。',
  audience: '町外から二宮町に引っ越してきた方',
  bring: [
    '前の住所地で交付された転出証明書（マイナンバーカードを使って転出届をした方は不要です）',
    '窓口に来る方の本人確認書類（マイナンバーカード、運転免許証、パスポートなど）',
    '引っ越してきた方全員のマイナンバーカード（お持ちの方）',
    '別の世帯の方が代わりに届け出る場合は委任状',
    '外国籍の方は、在留カードまたは特別永住者証明書',
  ],
  fee: null,
  processingDays: 0,
  processingNote: '窓口でその日のうちに手続きが終わります。混み合う時期（3月・4月）はお待ちいただくことがあります。',
  channels: { online: false, post: false, counter: true },
  howToApply: '引っ越した日から14日以内に、本人または同じ世帯の方が、役場の町民課の窓口で届け出てください。受付時間は平日8時30分〜17時15分です（土日祝日・年末年始を除く）。転入届は、郵送やオンラインではできません。マイナポータルで転出届をした方も、転入届は窓口で行ってください。国民健康保険、児童手当、介護保険など、あわせて必要な手続きも窓口でご案内します。',
  department: 'chomin',
  assurance: 'none',
  retentionYears: 5,
  basis: '住民基本台帳法第22条（転入届）',
  pages: [],
};
