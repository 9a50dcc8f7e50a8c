import { foldedLine, missingLine, OLDER_LAYOUT_NOTE, renamedLine } from './import/report-lines.ts';
import type { ImportResult } from './import/types.ts';

/** How the file's headers were read: renamed and folded columns, extra ones, and standard ones the file lacks. */
export function ColumnMapping(props: { result: Omit<ImportResult, 'table'> }) {
  const { result } = props;
  const folded = result.foldedHeaders ?? [];
  const extras = result.extraHeaders ?? [];
  const missing = result.missingColumns ?? [];
  if (result.renamedHeaders.length + folded.length + extras.length + missing.length === 0) return null;
  return (
    <>
      <h2>列の対応</h2>
      {result.layout === 'older' ? <p>{OLDER_LAYOUT_NOTE}</p> : null}
      {result.renamedHeaders.length + folded.length > 0 ? (
        <>
          <p>標準の列名に読み替えた見出し（元の列名 → 標準の列名）：</p>
          <ul>
            {result.renamedHeaders.map((renamed) => <li>{renamedLine(renamed)}</li>)}
            {folded.map((entry) => <li>{foldedLine(entry)}</li>)}
          </ul>
        </>
      ) : null}
      {extras.length > 0 ? <p>標準にない列（公開するデータの末尾に、この見出しのまま残します）：{extras.join('、')}</p> : null}
      {missing.length > 0 ? <p>ファイルにない標準の列（空の列として含めます）：{missingLine(missing)}</p> : null}
    </>
  );
}
