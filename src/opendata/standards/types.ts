/** What a column of a standard dataset may hold; decides how a cell is checked on import. */
export type ColumnKind =
  | 'text'
  | 'municipalityCode'
  | 'latitude'
  | 'longitude'
  | 'integer'
  | 'decimal'
  | 'time'
  | 'date'
  | 'flagUmu'
  | 'flagOne'
  | 'phone'
  | 'email'
  | 'url'
  | 'postalCode'
  | 'weekdays';

/** 区分 of the definition workbooks: ◎ required, ○ recommended, blank optional. */
export type Requirement = 'required' | 'recommended' | 'optional';

export interface ColumnSpec {
  /** The header exactly as the current standard writes it; used for export. */
  name: string;
  kind: ColumnKind;
  requirement: Requirement;
  /** Older headers that real files still carry, e.g. `NO` for `ID`, `名称_英字` for `名称_英語`. */
  aliases?: readonly string[];
  /**
   * Columns of older files folded into this one: their value is taken where this column is empty,
   * and they are not published on their own (地方公共団体名 ← 都道府県名 of the 2019 layout).
   */
  fillFrom?: readonly string[];
  /** One line for people reading the dataset page. */
  description?: string;
}

export interface StandardDataset {
  /** Also the file-name suffix: `{code}_{id}.csv`, e.g. `public_toilet`. */
  id: string;
  title: string;
  columns: readonly ColumnSpec[];
  /** Whether rows carry 緯度/経度, so GeoJSON and a map are offered. */
  geographic: boolean;
  /** Name of the column that names a row (for map popups and lists), e.g. 名称 or イベント名. */
  nameColumn: string;
}
