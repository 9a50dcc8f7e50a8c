/** Categories of the catalog (CKAN groups): the id is used in URLs and the API, the label on pages. */
export const CATEGORIES = [
  { id: 'administration', label: '行政・施設' },
  { id: 'safety', label: '防災・安全' },
  { id: 'welfare', label: '健康・福祉' },
  { id: 'children', label: '子育て・教育' },
  { id: 'statistics', label: '人口・統計' },
  { id: 'tourism', label: '観光・イベント' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

export function categoryLabel(id: string): string {
  return CATEGORIES.find((category) => category.id === id)?.label ?? id;
}

export function categoryIdOf(label: string): CategoryId | undefined {
  return CATEGORIES.find((category) => category.label === label || category.id === label)?.id;
}

export const UPDATE_FREQUENCIES = {
  daily: '毎日',
  weekly: '毎週',
  monthly: '毎月',
  quarterly: '四半期ごと',
  yearly: '毎年',
  irregular: '不定期',
} as const;

export type UpdateFrequency = keyof typeof UPDATE_FREQUENCIES;

export function frequencyLabel(id: string): string {
  return UPDATE_FREQUENCIES[id as UpdateFrequency] ?? id;
}

/** What the 'use it from code' example, the API and DCAT call each file format. */
export const FORMAT_LABELS = { csv: 'CSV', json: 'JSON', geojson: 'GeoJSON', xlsx: 'XLSX' } as const;

export const FORMAT_MEDIA_TYPES = {
  csv: 'text/csv; charset=UTF-8',
  json: 'application/json; charset=UTF-8',
  geojson: 'application/geo+json; charset=UTF-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const LICENCES = {
  'CC-BY-4.0': { title: 'クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）', url: 'https://creativecommons.org/licenses/by/4.0/deed.ja' },
} as const;

export function licenceOf(id: string): { title: string; url: string } {
  return LICENCES[id as keyof typeof LICENCES] ?? { title: id, url: '' };
}
