import { CsrfField } from '../views/form-fields.tsx';
import { ColumnMapping } from './column-mapping.tsx';
import { formatDateTime } from '../views/format-date.ts';
import { summariseReading } from './import/report-csv.ts';
import type { DatasetRow, DatasetUploadRow } from './schema.ts';
import { countBySeverity, ProblemTable } from './upload-report.tsx';
import { UploadForm } from './publish-pages.tsx';
import { PreviewTable } from './preview-table.tsx';

function Verdict(props: { upload: DatasetUploadRow; dataset: DatasetRow }) {
  const { errors, warnings } = countBySeverity(props.upload.result.problems);
  if (props.upload.publishedVersion) return <div class="notice" role="status"><p>このファイルは第{props.upload.publishedVersion}版として公開しました。</p></div>;
  if (errors > 0) {
    return (
      <div class="notice notice-warning" role="alert">
        <p><strong>直す必要のある箇所が{errors}件あります。このファイルは公開できません。</strong></p>
        <p>{props.dataset.publishedVersion ? `公開中の第${props.dataset.publishedVersion}版はそのまま公開されています。` : 'データセットはまだ公開されていません。'}下の表の行と列を表計算ソフトで直し、もう一度ファイルを登録してください。</p>
      </div>
    );
  }
  return <div class="notice" role="status"><p><strong>公開できます。</strong>{warnings > 0 ? `念のため確認していただきたい点が${warnings}件あります（公開は妨げません）。` : '問題は見つかりませんでした。'}</p></div>;
}

function Preview(props: { upload: DatasetUploadRow }) {
  const table = props.upload.table;
  if (!table) return null;
  return (
    <>
      <h2>公開される内容（最初の5件・全{table.rows.length}件）</h2>
      <PreviewTable columns={table.columns} rows={table.rows.slice(0, 5)} label="公開される内容の表" />
    </>
  );
}

export function UploadReportPage(props: { base: string; dataset: DatasetRow; upload: DatasetUploadRow; csrfToken: string; nextVersion: number; noteError?: string }) {
  const { dataset, upload, base } = props;
  const result = upload.result;
  const canPublish = result.publishable && upload.table && !upload.publishedVersion;
  return (
    <>
      <p class="back-link"><a href={`${base}/opendata/${dataset.slug}`}>{dataset.title}に戻る</a></p>
      <h1>ファイルの確認結果：{upload.fileName}</h1>
      <Verdict upload={upload} dataset={dataset} />
      <ul>
        <li>登録日時：{formatDateTime(upload.createdAt)}</li>
        <li>大きさ：{(upload.byteSize / 1024).toFixed(1)} KB</li>
        {result.reading ? <li>{summariseReading(result.reading)}</li> : null}
        {upload.table ? <li>データの行数：{upload.table.rows.length}行</li> : null}
      </ul>
      <ColumnMapping result={result} />
      {result.problems.length > 0 ? (
        <>
          <h2>確認結果の一覧（{result.problems.length}件）</h2>
          <p><a href={`${base}/opendata/${dataset.slug}/uploads/${upload.id}/report.csv`}>確認結果をCSVでダウンロード</a>（Excelで開けます）</p>
          <ProblemTable problems={result.problems} />
        </>
      ) : null}
      <Preview upload={upload} />
      {canPublish ? (
        <form method="post" action={`${base}/opendata/${dataset.slug}/uploads/${upload.id}/publish`}>
          <CsrfField token={props.csrfToken} />
          <div class="field">
            <label for="note">更新の内容<span class="optional">※任意</span></label>
            <span class="hint" id="note-hint">利用者に表示されます。例：令和8年10月1日時点の情報に更新しました。</span>
            {props.noteError ? <p class="field-error" id="note-error">{props.noteError}</p> : null}
            <input id="note" name="note" type="text" maxlength={200} aria-describedby={props.noteError ? 'note-hint note-error' : 'note-hint'} aria-invalid={props.noteError ? 'true' : undefined} />
          </div>
          <button class="button" type="submit">この内容で公開する（第{props.nextVersion}版）</button>
        </form>
      ) : null}
      {!result.publishable ? (
        <>
          <h2>直したファイルを登録する</h2>
          <UploadForm base={base} slug={dataset.slug} csrfToken={props.csrfToken} />
        </>
      ) : null}
    </>
  );
}
