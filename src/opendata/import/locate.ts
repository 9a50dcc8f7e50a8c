/** Spreadsheet column letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Where a finding is, as a publisher finds it in Excel: 「12行目・C列「名称」：」. */
export function locationPrefix(row?: number, columnIndex?: number, header?: string): string {
  const parts: string[] = [];
  if (row !== undefined) parts.push(`${row}行目`);
  if (columnIndex !== undefined) parts.push(`${columnLetter(columnIndex)}列${header ? `「${header}」` : ''}`);
  return parts.length > 0 ? `${parts.join('・')}：` : '';
}

/** Spreadsheet position of a cell reference such as "C12": row 12, column index 2. */
export function cellPosition(reference: string): { row: number; columnIndex: number } | undefined {
  const match = /^([A-Z]+)(\d+)$/u.exec(reference.toUpperCase());
  if (!match) return undefined;
  const columnIndex = [...match[1]!].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]), columnIndex };
}
