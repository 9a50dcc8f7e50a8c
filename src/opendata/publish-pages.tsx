import { CsrfField } from '../views/form-fields.tsx';
import { formatDateJa, formatDateTime } from '../views/format-date.ts';
import type { DatasetRow, DatasetUploadRow } from './schema.ts';
import type { DatasetOverview } from './publishing-queries.ts';
import { countBySeverity } from './upload-report.tsx';
import { SampleTag } from './sample-notice.tsx';

function UploadState(props: { upload?: Pick<DatasetUploadRow, 'result' | 'publishedVersion' | 'createdAt'> }) {
  if (!props.upload) return <>ファイルはまだありません</>;
  const { errors } = countBySeverity(props.upload.result.problems);
  if (props.upload.publishedVersion) return <>公開済み（第{props.upload.publishedVersion}版）</>;
  return errors > 0 ? <span class="status-tag tag-error">要修正 {errors}件</span> : <span class="status-tag">公開待ち</span>;
}

export function PublishListPage(props: { base: string; list: DatasetOverview[] }) {
  return (
    <>
      <h1>オープンデータの公開</h1>
      <p class="lead">データセットを選び、CSVまたはExcelのファイルを登録してください。内容を自動で確認し、問題がなければ公開できます。問題のあるファイルで公開中のデータが置き換わることはありません。</p>
      <p><a class="button" href={`${props.base}/opendata/new`}>データセットを追加する</a></p>
      <table>
        <thead><tr><th scope="col">データセット</th><th scope="col">公開中の版</th><th scope="col">最終更新</th><th scope="col">最後に登録したファイル</th></tr></thead>
        <tbody>
          {props.list.map(({ dataset, lastUpload }) => (
            <tr>
              <td><a href={`${props.base}/opendata/${dataset.slug}`}>{dataset.title}</a> {dataset.sample ? <SampleTag /> : null}</td>
              <td>{dataset.publishedVersion ? `第${dataset.publishedVersion}版` : '未公開'}</td>
              <td>{formatDateJa(dataset.modifiedAt) || '—'}</td>
              <td><UploadState upload={lastUpload} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function UploadForm(props: { base: string; slug: string; csrfToken: string; error?: string }) {
  return (
    <form method="post" action={`${props.base}/opendata/${props.slug}/uploads`} enctype="multipart/form-data" novalidate>
      <CsrfField token={props.csrfToken} />
      <div class="field">
        <label for="file">登録するファイル（CSV または Excel）<span class="required">※必須</span></label>
        <span class="hint" id="file-hint">文字コードはUTF-8（BOMの有無を問いません）とShift_JISに対応しています。1行目を見出しにしてください。20MBまで。</span>
        {props.error ? <p class="field-error" id="file-error">{props.error}</p> : null}
        <input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={props.error ? 'file-hint file-error' : 'file-hint'} aria-invalid={props.error ? 'true' : undefined} />
      </div>
      <button class="button" type="submit">ファイルを確認する</button>
    </form>
  );
}

export function StaffDatasetPage(props: { base: string; publicBase: string; dataset: DatasetRow; uploads: DatasetUploadRow[]; csrfToken: string; notice?: string; uploadError?: string }) {
  const { dataset } = props;
  return (
    <>
      <p class="back-link"><a href={`${props.base}/opendata`}>オープンデータの公開に戻る</a></p>
      <h1>{dataset.title}</h1>
      {props.notice ? <div class="notice" role="status"><p>{props.notice}</p></div> : null}
      <p>
        {dataset.publishedVersion ? <>公開中：第{dataset.publishedVersion}版（{formatDateJa(dataset.modifiedAt)}更新）。<a href={`${props.publicBase}/opendata/datasets/${dataset.slug}`}>公開ページを見る</a></> : 'まだ公開されていません。'}
      </p>
      <h2>新しいファイルを登録する</h2>
      <UploadForm base={props.base} slug={dataset.slug} csrfToken={props.csrfToken} error={props.uploadError} />
      <h2>これまでに登録したファイル</h2>
      {props.uploads.length === 0 ? <p>まだありません。</p> : (
        <table>
          <thead><tr><th scope="col">日時</th><th scope="col">ファイル</th><th scope="col">結果</th></tr></thead>
          <tbody>
            {props.uploads.map((upload) => (
              <tr>
                <td>{formatDateTime(upload.createdAt)}</td>
                <td><a href={`${props.base}/opendata/${dataset.slug}/uploads/${upload.id}`}>{upload.fileName}</a></td>
                <td><UploadState upload={upload} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
