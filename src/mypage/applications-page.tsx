import type { ApplicationRow } from '../cases/resident-commands.ts';
import { STATUS_LABELS, type ApplicationStatus } from '../cases/status.ts';
import type { DraftSummary } from '../procedures/draft-summaries.ts';
import { formatDateTime } from '../views/format-date.ts';
import { StackTable } from '../views/stack-table.tsx';
import { plainTitleOf } from '../forms/procedure-names.ts';

/** 申請の一覧: drafts to resume and submitted applications with their status. */
export function ApplicationListPage(props: { base: string; drafts: DraftSummary[]; applications: ApplicationRow[]; saved: boolean }) {
  return (
    <>
      <p><a class="back-link" href={`${props.base}/mypage`}>マイページに戻る</a></p>
      <h1>申請の一覧</h1>
      {props.saved ? <p class="notice" role="status">入力した内容を保存しました。続きはこのページから再開できます。</p> : null}
      <h2>入力途中の申請</h2>
      {props.drafts.length === 0 ? <p>入力途中の申請はありません。</p> : (
        <ul>
          {props.drafts.map((draft) => (
            <li><a href={`${props.base}/apply/${draft.id}/${draft.firstPage}`}>{draft.title}：続きを入力する</a>（最終保存：{formatDateTime(draft.updatedAt)}、{formatDateTime(draft.expiresAt)}まで保存されます）</li>
          ))}
        </ul>
      )}
      <h2>申請済みの手続き</h2>
      {props.applications.length === 0 ? <p>まだ申請はありません。<a href={`${props.base}/procedures`}>手続き一覧</a>から申請できます。</p> : (
        <div class="table-scroll">
          <StackTable
            caption="申請済みの手続きと状況"
            columns={['手続き', '受付番号', '受付日時', '状況']}
            rowHeader
            rows={props.applications.map((a) => [
              <a href={`${props.base}/mypage/applications/${a.id}`}>{plainTitleOf({ title: a.procedureTitle, plainTitle: a.procedurePlainTitle })}</a>,
              a.receiptNumber,
              formatDateTime(a.submittedAt),
              `${STATUS_LABELS[a.status as ApplicationStatus]}${a.status === 'correction_requested' ? '（回答をお願いします）' : ''}`,
            ])}
          />
        </div>
      )}
    </>
  );
}

