import { CATEGORY_LABELS } from '../catalog-labels.ts';
import type { ProcedureOverview } from '../service.ts';

/** 公開中／下書きあり／非公開, with the versions that make it so. */
export function publicationState(published: number | null, latest: { version: number; draft: boolean }): string {
  const draft = latest.draft ? `下書きあり（第${latest.version}版）` : '';
  if (published === null) return draft ? `非公開・${draft}` : '非公開';
  return draft ? `公開中（第${published}版）・${draft}` : `公開中（第${published}版）`;
}

/** 手続きの管理: every procedure, whether residents see it, and whether a draft waits. */
export function ProcedureListPage(props: { base: string; list: ProcedureOverview[]; notice?: string }) {
  return (
    <>
      <h1>手続きの管理</h1>
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      <p>手続きの案内と申請フォームを作成・変更し、公開します。変更は下書きに保存され、「公開する」を押すまで住民の方には表示されません。入力途中や申請済みの申請は、始めたときの版のまま扱われます。</p>
      <p><a class="button" href={`${props.base}/admin/procedures/new`}>新しい手続きを作る</a></p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">手続きの一覧（{props.list.length}件）</caption>
          <thead><tr><th scope="col">手続き</th><th scope="col">分類</th><th scope="col">受付方法</th><th scope="col">状態</th></tr></thead>
          <tbody>
            {props.list.map(({ procedure, latest }) => (
              <tr>
                <td><a href={`${props.base}/admin/procedures/${procedure.slug}`}>{latest.definition.title}</a></td>
                <td>{CATEGORY_LABELS[latest.definition.category]}</td>
                <td>{latest.definition.channels.online ? 'オンライン' : '窓口・郵送'}</td>
                <td>{publicationState(procedure.publishedVersion, latest)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
