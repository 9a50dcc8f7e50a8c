import { aedAvailability, HAZARDS, isDesignated, isInternalOnly, TOILET_FEATURES } from './filters.ts';
import type { KindId } from './kinds.ts';
import { describeHours, type Moment } from './opening-hours.ts';

/** One line of a facility's facts: a term and its value in words. */
export type Fact = [term: string, value: string];

type Row = Record<string, string>;

const value = (record: Row, column: string) => record[column]?.trim() ?? '';
const yes = (record: Row, column: string) => value(record, column) === '有';
const joined = (parts: string[]) => parts.filter(Boolean).join('。');

/** Days and hours in words, then the notes column: 「平日（月〜金） 8:30〜17:15。土日祝日・年末年始を除く」. */
function hoursFact(term: string, record: Row, columns: [days: string, start: string, end: string, note: string]): Fact[] {
  const [days, start, end, note] = columns;
  const hours = describeHours({ days: days ? value(record, days) : '', start: value(record, start), end: value(record, end) });
  const notes = value(record, note);
  const text = hours && notes.startsWith(hours) ? notes : joined([hours, notes]);
  return text ? [[term, text]] : [];
}

/** Words for the flags that are 有, or a sentence saying there are none when every flag is given as 無. */
function equipment(record: Row, flags: [column: string, words: string][], none: string): Fact[] {
  const present = flags.filter(([column]) => yes(record, column)).map(([, words]) => words);
  if (present.length > 0) return [['設備', present.join('、')]];
  return flags.every(([column]) => value(record, column) === '無') ? [['設備', none]] : [];
}

function toiletFacts(record: Row): Fact[] {
  const wheelchair = TOILET_FEATURES.find((option) => option.id === 'wheelchair')!.test(record);
  const flags: [string, string][] = [['乳幼児用設備設置トイレ有無', '乳幼児用の設備'], ['オストメイト設置トイレ有無', 'オストメイト用の設備']];
  const present = [wheelchair ? '車椅子で使えるトイレ' : '', ...flags.filter(([column]) => yes(record, column)).map(([, words]) => words)].filter(Boolean);
  const place = value(record, '設置位置');
  return [
    ...(place ? [['場所', place] as Fact] : []),
    ...hoursFact('使える時間', record, ['', '利用開始時間', '利用終了時間', '利用可能時間特記事項']),
    ['設備', present.length > 0 ? present.join('、') : '車椅子用・乳幼児用・オストメイト用の設備はありません'],
  ];
}

const AVAILABILITY_WORDS = { open: '使えます', closed: '使えない時間です', unknown: '使える時間が分かりません' } as const;

function aedFacts(record: Row, moment: Moment): Fact[] {
  const place = value(record, '設置位置');
  const internal = isInternalOnly(record);
  return [
    ...(place ? [['置き場所', place] as Fact] : []),
    ...hoursFact('使える日時', record, ['利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項']),
    ['使えるか', `${internal ? '施設の関係者だけが使えます' : AVAILABILITY_WORDS[aedAvailability(record, moment)]}（${moment.label}）`],
    ...(yes(record, '小児対応設備の有無') ? [['子ども用', '小児用のパッドなどがあります'] as Fact] : []),
  ];
}

function evacuationFacts(record: Row): Fact[] {
  const hazards = HAZARDS.filter((option) => option.test(record)).map((option) => option.label.replace(/（.*）$/u, ''));
  const capacity = value(record, '想定収容人数');
  return [
    ['使える災害', hazards.length > 0 ? hazards.join('、') : '登録がありません'],
    ...(isDesignated(record['指定避難所との重複']) ? [['避難所', '指定避難所を兼ねています（泊まることができます）'] as Fact] : []),
    ...(capacity ? [['受け入れ人数のめやす', `${capacity}人`] as Fact] : []),
  ];
}

function childcareFacts(record: Row): Fact[] {
  return [
    ...(value(record, '種別') ? [['種別', value(record, '種別')] as Fact] : []),
    ...(value(record, '受入年齢') ? [['対象の年齢', value(record, '受入年齢')] as Fact] : []),
    ...hoursFact('開いている日時', record, ['利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項']),
    ...equipment(record, [['授乳室', '授乳室'], ['おむつ替えコーナー', 'おむつ替えコーナー']], '授乳室・おむつ替えコーナーはありません'),
  ];
}

function facilityFacts(record: Row): Fact[] {
  return [
    ...hoursFact('開いている日時', record, ['利用可能曜日', '開始時間', '終了時間', '利用可能時間特記事項']),
    ...equipment(record, [['車椅子可', '車椅子で利用可'], ['バリアフリートイレ', 'バリアフリートイレ'], ['オストメイト対応トイレ', 'オストメイト対応トイレ'], ['授乳室', '授乳室'], ['おむつ替えコーナー', 'おむつ替えコーナー']], '車椅子・授乳などの設備の登録はありません'),
  ];
}

/** Rows of other geographic datasets (イベント一覧 and the like): when and where, if the columns exist. */
function otherFacts(record: Row): Fact[] {
  const [firstDay, lastDay] = [value(record, '開始日'), value(record, '終了日')];
  const [start, end] = [value(record, '開始時間'), value(record, '終了時間')];
  const days = firstDay && lastDay && lastDay !== firstDay ? `${firstDay}〜${lastDay}` : firstDay;
  const times = start || end ? `${start}〜${end}` : '';
  const place = value(record, '場所名称');
  return [...(days ? [['日時', [days, times].filter(Boolean).join(' ')] as Fact] : []), ...(place ? [['会場', place] as Fact] : [])];
}

/** The facts that matter to a resident choosing where to go, in words (never only as icons or colours). */
export function factsOf(kind: KindId | undefined, record: Row, moment: Moment): Fact[] {
  switch (kind) {
    case 'toilet':
      return toiletFacts(record);
    case 'aed':
      return aedFacts(record, moment);
    case 'evacuation':
      return evacuationFacts(record);
    case 'childcare':
      return childcareFacts(record);
    case 'facility':
      return facilityFacts(record);
    default:
      return otherFacts(record);
  }
}
