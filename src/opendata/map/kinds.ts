/** The kinds of place residents look for near them, each published as one national standard dataset. */
export type KindId = 'toilet' | 'aed' | 'evacuation' | 'childcare' | 'facility';

export interface Kind {
  id: KindId;
  /** Id of the standard dataset (自治体標準オープンデータセット) that lists this kind. */
  standard: string;
  label: string;
}

export const KINDS: readonly Kind[] = [
  { id: 'toilet', standard: 'public_toilet', label: 'トイレ' },
  { id: 'aed', standard: 'aed', label: 'AED' },
  { id: 'evacuation', standard: 'evacuation_space', label: '避難場所' },
  { id: 'childcare', standard: 'preschool', label: '子育て施設' },
  { id: 'facility', standard: 'public_facility', label: '公共施設' },
];

export function kindOfStandard(standard: string | null | undefined): Kind | undefined {
  return KINDS.find((kind) => kind.standard === standard);
}

export function isKindId(value: string): value is KindId {
  return KINDS.some((kind) => kind.id === value);
}
