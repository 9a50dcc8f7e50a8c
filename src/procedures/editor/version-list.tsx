import type { VersionSummary } from '../service.ts';
import { ActionButton } from './inputs.tsx';

const when = (d: Date) => d.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });

export interface VersionRow extends VersionSummary {
  author: string;
}

/** Every version, newest first: which one residents see, the draft, and a preview of each. */
export function VersionList(props: { editorHref: string; csrfToken: string; published: number | null; versions: VersionRow[] }) {
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">版の履歴</h2>
      <p>公開した版は変更されず、そのまま残ります。入力途中や申請済みの申請は、始めたときの版のまま扱われます。以前の版に戻すときは、その版を公開してください。</p>
      <div class="table-scroll">
        <table>
          <thead><tr><th scope="col">版</th><th scope="col">状態</th><th scope="col">最終更新</th><th scope="col">操作</th></tr></thead>
          <tbody>
            {props.versions.map((v) => (
              <tr>
                <th scope="row" class="nowrap">第{v.version}版</th>
                <td class="nowrap">{v.version === props.published ? <strong>公開中</strong> : v.draft ? '下書き' : '過去の版'}</td>
                <td>{when(v.updatedAt)}　{v.author}</td>
                <td>
                  <a href={`${props.editorHref}/versions/${v.version}/preview`}>プレビュー<span class="visually-hidden">（第{v.version}版）</span></a>
                  {v.version !== props.published && !v.draft ? (
                    <ActionButton action={`${props.editorHref}/publish`} csrfToken={props.csrfToken} fields={{ version: String(v.version) }}>第{v.version}版を公開する（元に戻す）</ActionButton>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
