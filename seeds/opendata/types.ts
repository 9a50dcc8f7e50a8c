/** Standard dataset ids of the sample open data (自治体標準オープンデータセット). */
export type SampleDatasetId = 'public_facility' | 'evacuation_space' | 'aed' | 'public_toilet' | 'preschool' | 'population' | 'event';

export type SampleCategory = '行政・施設' | '防災・安全' | '健康・福祉' | '子育て・教育' | '人口・統計' | '観光・イベント';

/** One sample (invented but realistic) dataset of a demo town, as plain data. */
export interface SampleDataset {
  /** standard id: public_facility | evacuation_space | aed | public_toilet | preschool | population | event */
  id: string;
  /** e.g. 公共施設一覧 */
  title: string;
  /** 2–3 plain Japanese sentences for residents and developers; says it is サンプルデータ */
  description: string;
  /** Japanese tags, e.g. ['施設','地図'] */
  keywords: string[];
  /** one of: 行政・施設 | 防災・安全 | 健康・福祉 | 子育て・教育 | 人口・統計 | 観光・イベント */
  category: string;
  /** department code from seeds/demo-municipalities.ts */
  departmentCode: string;
  updateFrequency: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'irregular';
  /** exact standard headers in order (ADDR / CONTACT / ACC groups expanded in place) */
  columns: string[];
  /** every cell a string; '' for blank; each row has columns.length cells */
  rows: string[][];
  /** YYYY-MM-DD, first published */
  publishedOn: string;
  /** YYYY-MM-DD, last updated */
  updatedOn: string;
}

/** A 大字/地区 of a town with a plausible centre point (WGS84 decimal degrees). */
export interface District {
  name: string;
  kana: string;
  latitude: number;
  longitude: number;
}
