/** Columns every row repeats (the town, its codes): they tell a reader nothing in a preview. */
const BOILERPLATE = new Set(['全国地方公共団体コード', '都道府県コード又は市区町村コード', '所在地_全国地方公共団体コード', '市区町村コード', '地方公共団体名', '都道府県名', '市区町村名', '所在地_都道府県', '所在地_市区町村', '町字ID', 'ID', 'NO']);

/** Columns worth showing in a narrow preview: with a value in the first rows, the town's codes left out, at most eight. */
function previewColumns(columns: string[], rows: string[][]): number[] {
  return columns
    .map((_, index) => index)
    .filter((index) => !BOILERPLATE.has(columns[index]!) && rows.some((row) => (row[index] ?? '') !== ''))
    .slice(0, 8);
}

/** The first rows of a table in a narrow, sideways-scrolling region, showing only the columns worth reading. */
export function PreviewTable(props: { columns: string[]; rows: string[][]; label: string }) {
  const shown = previewColumns(props.columns, props.rows);
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-label={props.label}>
      <table class="data-table">
        <thead><tr>{shown.map((index) => <th scope="col">{props.columns[index]}</th>)}</tr></thead>
        <tbody>{props.rows.map((row) => <tr>{shown.map((index) => <td>{row[index]}</td>)}</tr>)}</tbody>
      </table>
    </div>
  );
}
