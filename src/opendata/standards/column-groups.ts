import { columns } from './column.ts';
import type { ColumnSpec } from './types.ts';

/** Address columns, expanded in place wherever a dataset says ADDR. */
export const ADDR: readonly ColumnSpec[] = columns([
  '所在地_全国地方公共団体コード',
  '町字ID',
  '所在地_連結表記',
  '所在地_都道府県',
  '所在地_市区町村',
  '所在地_町字',
  '所在地_番地以下',
  '建物名等(方書)',
]);

/** Contact columns, expanded in place wherever a dataset says CONTACT. */
export const CONTACT: readonly ColumnSpec[] = columns([
  '電話番号',
  '内線番号',
  '連絡先メールアドレス',
  '連絡先FormURL',
  '連絡先備考（その他、SNSなど）',
  '郵便番号',
]);

/** Accessibility columns, each 有 or 無; expanded in place wherever a dataset says ACC. */
export const ACC: readonly ColumnSpec[] = columns(
  [
    '車椅子可',
    '車椅子貸出',
    'ツエ貸出',
    'バリアフリートイレ',
    'スロープ、エレベータ、エスカレータ',
    '点字ブロック等の移動支援',
    '点字や読上による支援',
    '盲導犬・介助犬、聴導犬同伴',
    '字幕',
    '筆談対応',
    '優先駐車場',
    'オストメイト対応トイレ',
    '授乳室',
    'おむつ替えコーナー',
    '飲食可否',
    'ベビーカー貸出',
    'ベビーカー利用',
  ],
  { kind: 'flagUmu' },
).map((spec) => (spec.name === '飲食可否' ? { ...spec, kind: 'text' as const, description: '可・不可など（有無ではなく可否を書く列のため、値は確認しません）' } : spec));

/** The part of ACC that 子育て施設一覧 lists on its own, in the same order. */
export const ACC_CHILDCARE: readonly ColumnSpec[] = ACC.slice(ACC.findIndex((spec) => spec.name === '授乳室'));
