import { formatBothCalendars } from '../forms/inputs/wareki-date.ts';
import { formatDateTime } from '../views/format-date.ts';
import { caseStatusText, SHORT_CHANNEL_LABELS } from './case-labels.ts';
import type { CaseView } from './case-view.ts';
import { personalDataDeletionDate } from './retention-date.ts';
import { isClosed } from './status.ts';

export function isOverdue(application: { dueDate: string; status: string }, today: string): boolean {
  return application.dueDate < today && !isClosed(application.status);
}

/** 処理期限 with 「期限超過」 in words, so the flag does not rest on colour. */
export function DueDate(props: { dueDate: string; status: string; today: string }) {
  const overdue = isOverdue(props, props.today);
  return (
    <>
      {formatBothCalendars(props.dueDate)}
      {overdue ? <strong class="overdue">（期限超過）</strong> : null}
    </>
  );
}

/** How sure the town is of who applied online, and what staff must still check. */
const ONLINE_IDENTITY: Record<string, string> = {
  high: 'マイナンバーカードで確認済み',
  substantial: 'パスキーでサインイン（本人確認書類は未確認。必要な場合は交付や決定の前に確認してください）',
  low: 'メールアドレスの確認のみ（本人確認書類は未確認。必要な場合は交付や決定の前に確認してください）',
};

/** When the personal data of the case goes, in words that say how the day is counted. */
function DeletionDate(props: { application: CaseView['application'] }) {
  const a = props.application;
  const period = `保存期間${a.retentionYears}年、処理が終わった日の属する年度の翌年度4月1日から起算`;
  if (a.personalDataDeletedAt) return <>削除済み（{formatDateTime(a.personalDataDeletedAt)}）</>;
  if (!isClosed(a.status)) return <>処理が終わった時点で決まります（{period}）</>;
  if (!a.decidedAt) return <>処理が終わった日時の記録がないため、決まっていません</>;
  return <>{formatBothCalendars(personalDataDeletionDate(a.decidedAt, a.retentionYears))}（{period}）</>;
}

/** The facts of a case above its answers: on the case page and on paper. */
export function CaseSummary(props: { view: CaseView; today: string }) {
  const { application: a, names } = props.view;
  return (
    <dl class="answers case-summary">
      <div><dt>受付番号</dt><dd>{a.receiptNumber}</dd></div>
      <div><dt>状態</dt><dd>{caseStatusText(a.status, props.view.correctionAnswered)}</dd></div>
      <div>
        <dt>申請方法</dt>
        <dd>
          {SHORT_CHANNEL_LABELS[a.channel] ?? a.channel}
          {a.channel === 'counter' ? `（本人確認：${a.identityCheck ?? '記録なし'}${a.counterStaffId ? `、受付職員：${names.get(a.counterStaffId) ?? '不明'}` : ''}）` : null}
        </dd>
      </div>
      {a.channel === 'online' && a.applicantAssurance ? <div><dt>本人確認</dt><dd>{ONLINE_IDENTITY[a.applicantAssurance] ?? a.applicantAssurance}</dd></div> : null}
      <div><dt>受付日時</dt><dd>{formatDateTime(a.submittedAt)}</dd></div>
      <div><dt>処理期限</dt><dd><DueDate dueDate={a.dueDate} status={a.status} today={props.today} /></dd></div>
      {a.decidedAt ? <div><dt>処理が終わった日時</dt><dd>{formatDateTime(a.decidedAt)}</dd></div> : null}
      <div><dt>個人情報の削除予定日</dt><dd><DeletionDate application={a} /></dd></div>
      <div><dt>担当者</dt><dd>{a.assignedTo ? (names.get(a.assignedTo) ?? '（不明な職員）') : '（未定）'}</dd></div>
      <div><dt>担当課</dt><dd>{props.view.departmentName}</dd></div>
      <div><dt>様式の版</dt><dd>第{a.version}版</dd></div>
    </dl>
  );
}

/** The resident's answers as text; hono/jsx escapes every value. */
export function CaseAnswers(props: { view: CaseView; headingLevel: 'h2' | 'h3' }) {
  const { application, sections } = props.view;
  if (application.personalDataDeletedAt) return <p class="notice">保存期間を過ぎたため、個人情報は削除されました（{formatDateTime(application.personalDataDeletedAt)}）。</p>;
  if (!sections) return <p class="notice notice-warning">この申請の様式（第{application.version}版）が見つからないため、申請内容を表示できません。システム管理者に連絡してください。</p>;
  const Heading = props.headingLevel;
  return (
    <>
      {sections.map((section) => (
        <section aria-labelledby={`answers-${section.pageId}`}>
          <Heading id={`answers-${section.pageId}`}>{section.heading}</Heading>
          {section.rows.length === 0 ? (
            <p>（回答はありません）</p>
          ) : (
            <dl class="answers">
              {section.rows.map((row) => (
                <div><dt>{row.label}</dt><dd>{row.value}</dd></div>
              ))}
            </dl>
          )}
        </section>
      ))}
    </>
  );
}
