import { availabilityAt, type Availability, type Moment } from './opening-hours.ts';
import type { KindId } from './kinds.ts';

type RecordTest = (record: Record<string, string>) => boolean;

/** One checkbox of a filter: a facility is kept when its row passes the test. */
export interface FeatureOption {
  id: string;
  label: string;
  test: RecordTest;
}

/** A group of checkboxes that applies to one kind; every checked option must hold. */
export interface FeatureGroup {
  param: string;
  legend: string;
  hint: string;
  options: readonly FeatureOption[];
}

const yes = (value: string | undefined) => value?.trim() === '有';
/** 災害種別 columns hold 1 (older files: ○) when the site is designated for that disaster. */
export const isDesignated = (value: string | undefined) => ['1', '○', '◯'].includes(value?.trim() ?? '');

export const TOILET_FEATURES: readonly FeatureOption[] = [
  { id: 'baby', label: '乳幼児用の設備（おむつ替えなど）がある', test: (r) => yes(r['乳幼児用設備設置トイレ有無']) },
  { id: 'ostomate', label: 'オストメイト用の設備がある', test: (r) => yes(r['オストメイト設置トイレ有無']) },
  { id: 'wheelchair', label: '車椅子で使える', test: (r) => yes(r['車椅子使用者用トイレ有無']) || Number(r['バリアフリートイレ数'] || '0') > 0 },
];

export const CHILDCARE_FEATURES: readonly FeatureOption[] = [
  { id: 'nursing', label: '授乳室がある', test: (r) => yes(r['授乳室']) },
  { id: 'diaper', label: 'おむつ替えコーナーがある', test: (r) => yes(r['おむつ替えコーナー']) },
];

const hazard = (id: string, column: string, label: string): FeatureOption => ({ id, label, test: (r) => isDesignated(r[column]) });

export const HAZARDS: readonly FeatureOption[] = [
  hazard('earthquake', '災害種別_地震', '地震'),
  hazard('tsunami', '災害種別_津波', '津波'),
  hazard('flood', '災害種別_洪水', '洪水'),
  hazard('inland-flood', '災害種別_内水氾濫', '内水氾濫（大雨で水があふれること）'),
  hazard('landslide', '災害種別_崖崩れ、土石流及び地滑り', '崖崩れ・土石流・地滑り'),
  hazard('storm-surge', '災害種別_高潮', '高潮'),
  hazard('fire', '災害種別_大規模な火事', '大規模な火事'),
  hazard('volcano', '災害種別_火山現象', '火山の噴火'),
];

export const FEATURE_GROUPS: Partial<Record<KindId, FeatureGroup>> = {
  toilet: { param: 'feature', legend: 'トイレの設備', hint: '選んだ設備がすべてあるトイレだけを表示します。', options: TOILET_FEATURES },
  childcare: { param: 'feature', legend: '施設の設備', hint: '選んだ設備がすべてある施設だけを表示します。', options: CHILDCARE_FEATURES },
  evacuation: { param: 'hazard', legend: '災害の種類', hint: '選んだ災害のすべてで使える避難場所だけを表示します。', options: HAZARDS },
};

/** Keeps the ids that name an option of the group, in the group's order. */
export function selectedOptions(group: FeatureGroup, values: readonly string[]): FeatureOption[] {
  return group.options.filter((option) => values.includes(option.id));
}

export function passesAll(record: Record<string, string>, options: readonly FeatureOption[]): boolean {
  return options.every((option) => option.test(record));
}

/** 外部利用不可: the AED is for the people of the building only. */
export const isInternalOnly = (record: Record<string, string>) => yes(record['外部利用不可']) || isDesignated(record['外部利用不可']);

export function aedAvailability(record: Record<string, string>, at: Moment): Availability {
  return availabilityAt({ days: record['利用可能曜日'] ?? '', start: record['開始時間'] ?? '', end: record['終了時間'] ?? '' }, at);
}

/** An AED a passer-by may use at that moment: open by its hours and not reserved for the building's own people. */
export function aedUsableAt(record: Record<string, string>, at: Moment): boolean {
  return !isInternalOnly(record) && aedAvailability(record, at) === 'open';
}
