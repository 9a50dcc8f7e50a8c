import type { ColumnKind, Requirement } from './standards/types.ts';

export const REQUIREMENT_LABELS: Record<Requirement, string> = { required: '必須', recommended: '推奨', optional: '任意' };

export const KIND_LABELS: Record<ColumnKind, string> = {
  text: '文字',
  municipalityCode: '全国地方公共団体コード（6桁）',
  latitude: '緯度（10進数）',
  longitude: '経度（10進数）',
  integer: '整数',
  decimal: '数値',
  time: '時刻（hh:mm）',
  date: '日付（YYYY-MM-DD）',
  flagUmu: '有／無',
  flagOne: '1／空欄',
  phone: '電話番号',
  email: 'メールアドレス',
  url: 'URL',
  postalCode: '郵便番号（NNN-NNNN）',
  weekdays: '曜日（月火水木金土日祝）',
};
