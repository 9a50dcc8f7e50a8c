/** One object per row keyed by the standard's headers; blank cells stay empty strings (blank is not 0). */
export function tableToRecords(columns: readonly string[], rows: readonly (readonly string[])[]): Record<string, string>[] {
  return rows.map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index] ?? ''])));
}

export function tableToJson(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return JSON.stringify(tableToRecords(columns, rows));
}
