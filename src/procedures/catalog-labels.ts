import type { Category } from '../forms/form-definition.ts';

export const CATEGORY_LABELS: Record<Category, string> = {
  kosodate: '妊娠・出産・子育て',
  kaigo: '介護・高齢者',
  hisai: '災害・被災者支援',
  kurashi: '住民票・印鑑登録・転入転出',
  kenko: '健康・保険',
  zeikin: '税金',
};

export const ASSURANCE_NEEDS: Record<string, string> = {
  none: 'サインインは不要です。',
  low: 'メールアドレスでのサインインが必要です。',
  substantial: 'パスキーでのサインインが必要です。',
  high: 'マイナンバーカードでの本人確認が必要です（スマートフォンのカード読み取りに対応した機種、またはカードリーダーが必要です）。',
};
