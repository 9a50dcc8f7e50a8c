/**
 * An Excel copy for staff who work in spreadsheets. Every cell is written as text, so codes keep
 * their leading zeros and blank stays blank (never 0); the header row stays in view when scrolling.
 */
export async function tableToXlsx(columns: readonly string[], rows: readonly (readonly string[])[], sheetName: string): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on first use: most processes never write a workbook, and it costs start-up time.
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const toRow = (cells: readonly string[]) => cells.map((value) => (value === '' ? null : { value, type: String }));
  const data = [toRow(columns).map((cell) => (cell ? { ...cell, fontWeight: 'bold' as const } : cell)), ...rows.map(toRow)];
  const buffer = await writeXlsxFile(data, { sheet: sheetName.slice(0, 31), stickyRowsCount: 1 }).toBuffer();
  return new Uint8Array(buffer);
}
