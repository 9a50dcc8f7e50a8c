import type { JobRow } from '../platform/jobs/schema.ts';
import { CsrfField } from '../views/form-fields.tsx';
import { formatDateTime } from '../views/format-date.ts';
import { jobKindLabel } from './labels.ts';
import { CodeLabel } from './code-label.tsx';

const STATUS_LABELS: Record<string, string> = { pending: '待機中', running: '実行中', done: '完了', dead: '失敗（停止）' };

/** Admins see failed jobs with their error, and can run one again. */
export function JobsPage(props: { counts: Record<string, number>; dead: JobRow[]; base: string; csrfToken: string; retried?: boolean }) {
  return (
    <>
      <h1>バックグラウンド処理</h1>
      {props.retried ? <p class="notice" role="status">処理を再実行の待ち行列に戻しました。</p> : null}
      <p>メール送信などの処理は、画面の操作とは別に、届いた順に実行されます（いくつかは同時に実行されます）。失敗した処理は間隔をあけて自動で再試行し、上限回数を超えると「失敗（停止）」になります。</p>
      <h2>件数</h2>
      <ul>
        {Object.entries(STATUS_LABELS).map(([status, label]) => (
          <li>{label}：{props.counts[status] ?? 0}件</li>
        ))}
      </ul>
      <h2>失敗（停止）した処理</h2>
      {props.dead.length === 0 ? (
        <p>失敗した処理はありません。</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">失敗した処理の一覧</caption>
            <thead>
              <tr><th scope="col">番号</th><th scope="col">種類</th><th scope="col">試行回数</th><th scope="col">最後のエラー（システムの記録のまま）</th><th scope="col">登録日時</th><th scope="col">操作</th></tr>
            </thead>
            <tbody>
              {props.dead.map((job) => (
                <tr>
                  <td>{job.id}</td>
                  <td><CodeLabel label={jobKindLabel(job.kind)} code={job.kind} fallback="その他の処理" /></td>
                  <td>{job.attempts}</td>
                  <td>{job.lastError}</td>
                  <td>{formatDateTime(job.createdAt)}</td>
                  <td>
                    <form method="post" action={`${props.base}/admin/jobs/${job.id}/retry`}>
                      <CsrfField token={props.csrfToken} />
                      <button class="button button-secondary" type="submit">再実行する<span class="visually-hidden">（番号 {job.id}）</span></button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
