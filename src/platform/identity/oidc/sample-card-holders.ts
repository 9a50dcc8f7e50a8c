/**
 * Invented card holders of the local test provider. Names and addresses are fictitious (the
 * street numbers are made up); no individual number exists for them, and none is ever sent.
 */
export interface SampleCardHolder {
  id: string;
  name: string;
  nameKana: string;
  address: string;
  postalCode: string;
  birthdate: string;
  gender: 'male' | 'female';
}

export const SAMPLE_CARD_HOLDERS: readonly SampleCardHolder[] = [
  {
    id: 'sample-ninomiya-hanako',
    name: '二宮 花子',
    nameKana: 'ニノミヤ ハナコ',
    address: '神奈川県中郡二宮町二宮1240番地の3',
    postalCode: '259-0123',
    birthdate: '1986-04-12',
    gender: 'female',
  },
  {
    id: 'sample-ishikawa-kenichi',
    name: '石川 健一',
    nameKana: 'イシカワ ケンイチ',
    address: '神奈川県中郡二宮町山西1823番地',
    postalCode: '259-0124',
    birthdate: '1951-11-03',
    gender: 'male',
  },
  {
    id: 'sample-sato-misaki',
    name: '佐藤 美咲',
    nameKana: 'サトウ ミサキ',
    address: '神奈川県中郡二宮町百合が丘二丁目5番8号',
    postalCode: '259-0133',
    birthdate: '2003-07-25',
    gender: 'female',
  },
];

export function findSampleCardHolder(id: unknown): SampleCardHolder | undefined {
  return SAMPLE_CARD_HOLDERS.find((holder) => holder.id === id);
}

/** Standard OIDC claims, as a real provider would state the 基本4情報. */
export function claimsOf(holder: SampleCardHolder): Record<string, unknown> {
  return {
    sub: holder.id,
    name: holder.name,
    address: { formatted: holder.address, postal_code: holder.postalCode, country: 'JP' },
    birthdate: holder.birthdate,
    gender: holder.gender,
  };
}

export const GENDER_LABELS: Record<string, string> = { male: '男', female: '女' };
