import { stringify } from 'csv-stringify/sync';

/** The standard's CSV: UTF-8 with BOM, CRLF, header row first (as the official templates are). */
export function tableToCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([columns as string[], ...(rows as string[][])], { bom: true, record_delimiter: 'windows' });
}
