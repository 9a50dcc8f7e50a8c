import { tableToRecords } from '../formats/to-json.ts';
import { parseLatLon, type LatLon } from './geo.ts';
import type { KindId } from './kinds.ts';

/** Where the rows of a facility list come from: one published dataset. */
export interface FacilitySource {
  slug: string;
  kind: KindId | undefined;
  /** トイレ, AED … or the dataset's title for a dataset of no known kind. */
  kindLabel: string;
  sample: boolean;
}

/** One row of a geographic dataset, as the map and the list show it. */
export interface Facility {
  source: FacilitySource;
  id: string;
  name: string;
  address: string;
  point: LatLon;
  record: Record<string, string>;
}

const first = (record: Record<string, string>, columns: readonly string[]): string =>
  columns.map((column) => record[column]?.trim() ?? '').find((value) => value !== '') ?? '';

/** The row's identifier: `ID` in the current standard, `NO` in older formats. */
export const rowIdOf = (record: Record<string, string>) => first(record, ['ID', 'NO']);
export const nameOf = (record: Record<string, string>) => first(record, ['名称', 'イベント名', '場所名称', 'ID', 'NO']);
export const addressOf = (record: Record<string, string>) => first(record, ['所在地_連結表記', '住所']);

export interface FacilityTable {
  facilities: Facility[];
  /** Rows left out because they have no identifier or no usable coordinates. */
  unplaced: number;
}

/** Every row that can be placed on a map and linked to; the others are only counted. */
export function facilitiesOf(source: FacilitySource, columns: readonly string[], rows: readonly (readonly string[])[]): FacilityTable {
  const facilities: Facility[] = [];
  let unplaced = 0;
  for (const record of tableToRecords(columns, rows)) {
    const id = rowIdOf(record);
    const point = parseLatLon(record['緯度'], record['経度']);
    if (id === '' || !point) unplaced += 1;
    else facilities.push({ source, id, name: nameOf(record), address: addressOf(record), point, record });
  }
  return { facilities, unplaced };
}

/** The record of one row by its identifier, for the facility page. */
export function findRecord(columns: readonly string[], rows: readonly (readonly string[])[], id: string): Record<string, string> | undefined {
  return tableToRecords(columns, rows).find((record) => rowIdOf(record) === id);
}
