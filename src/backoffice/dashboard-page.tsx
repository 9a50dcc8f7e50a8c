import type { SignedInStaff } from '../platform/http/app-env.ts';
import { STAFF_ROLE_LABELS, isStaffRole } from '../platform/identity/staff-roles.ts';
import { CsrfField } from '../views/form-fields.tsx';
import type { PublishingCounts } from '../opendata/publishing-queries.ts';

export interface DashboardFigures {
  /** What needs action in the staff member's departments; null for roles that do not handle cases. */
  cases: { received: number; correctionAnswered: number; overdue: number } | null;
  outboxCount: number | null;
  deadJobs: number | null;
  /** Open data files waiting for the publisher; null for staff who do not publish. */
  opendata: PublishingCounts | null;
}

/** The first page after sign-in: what needs doing now, then where to go. */
export function DashboardPage(props: { staff: SignedInStaff; municipalityName: string; base: string; figures: DashboardFigures; csrfToken: string }) {
  const { staff, base, figures } = props;
  const roleLabel = isStaffRole(staff.role) ? STAFF_ROLE_LABELS[staff.role] : staff.role;
  return (
    <>
      <h1>ダッシュボード</h1>
      <p>{staff.displayName}さん（{props.municipalityName}・{roleLabel}）としてサインインしています。</p>
      <h2>対応が必要なこと</h2>
      <ul class="card-list">
        {figures.cases ? (
          <>
            <li class="card">
              <h3>担当者が決まっていない新しい申請</h3>
              <p><span class="figure">{figures.cases.received}件</span></p>
              <p><a href={`${base}/cases?status=received&assigned=unassigned`}>受け付けた申請を確認し、担当する</a></p>
            </li>
            <li class="card">
              <h3>補正への回答が届いた申請</h3>
              <p><span class="figure">{figures.cases.correctionAnswered}件</span></p>
              <p><a href={`${base}/cases?status=correction_answered`}>回答を確認する</a></p>
            </li>
            <li class="card">
              <h3>処理期限を過ぎた申請</h3>
              <p><span class="figure">{figures.cases.overdue}件</span></p>
              <p><a href={`${base}/cases?overdue=1`}>期限を過ぎた申請を確認する</a></p>
            </li>
          </>
        ) : null}
        {figures.opendata ? (
          <>
            <li class="card">
              <h3>公開を待っているオープンデータ</h3>
              <p><span class="figure">{figures.opendata.awaitingPublication}件</span></p>
              <p><a href={`${base}/opendata`}>確認済みのファイルを公開する</a></p>
            </li>
            <li class="card">
              <h3>直す必要のあるオープンデータのファイル</h3>
              <p><span class="figure">{figures.opendata.needsFixing}件</span></p>
              <p><a href={`${base}/opendata`}>確認結果を見て、直したファイルを登録する</a></p>
            </li>
          </>
        ) : null}
        {figures.deadJobs !== null ? (
          <li class="card">
            <h3>失敗したバックグラウンド処理</h3>
            <p><span class="figure">{figures.deadJobs}件</span></p>
            <p>
              {figures.deadJobs > 0 ? (
                <a href={`${base}/admin/jobs`}>失敗した処理を確認し、再実行する</a>
              ) : (
                '失敗した処理はありません。'
              )}
            </p>
          </li>
        ) : null}
        {figures.outboxCount !== null ? (
          <li class="card">
            <h3>開発用送信箱</h3>
            <p><span class="figure">{figures.outboxCount}通</span></p>
            <p><a href={`${base}/dev/outbox`}>送信されたはずのメールを確認する</a></p>
          </li>
        ) : null}
      </ul>
      {staff.role === 'admin' ? (
        <>
          <h2>管理</h2>
          <ul>
            <li><a href={`${base}/admin/procedures`}>手続きの案内と申請フォームを編集・公開する</a></li>
            <li><a href={`${base}/admin/staff`}>職員アカウントを管理する（追加・無効化・二要素認証のリセット）</a></li>
            <li><a href={`${base}/admin/audit`}>監査ログを確認する（改ざん検査の結果を含む）</a></li>
            <li><a href={`${base}/admin/jobs`}>バックグラウンド処理の状況を確認する</a></li>
          </ul>
        </>
      ) : null}
      <h2>ご自身のアカウント</h2>
      <p><a href={`${base}/account/passkeys`}>パスキーを管理する（確認コードの代わりに指紋・顔認証で確認）</a></p>
      <p>端末をなくしたときや、共用の端末でサインアウトし忘れたときは、すべての端末からサインアウトできます。</p>
      <form method="post" action={`${base}/logout/everywhere`}>
        <CsrfField token={props.csrfToken} />
        <button class="button button-secondary" type="submit">すべての端末からサインアウトする</button>
      </form>
    </>
  );
}
