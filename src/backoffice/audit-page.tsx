import type { AuditEventRow } from '../platform/audit/schema.ts';
import type { AuditVerification } from '../platform/audit/verify-audit-chain.ts';
import { formatDateTime } from '../views/format-date.ts';
import { actionLabel, actorLabel, targetLabel } from './labels.ts';
import { CodeLabel } from './code-label.tsx';

/** Latest audit entries and whether the municipality's hash chain is intact. */
export function AuditPage(props: { events: AuditEventRow[]; verification: AuditVerification | undefined; staffNames: Map<string, string>; targetNames: Map<string, string> }) {
  const v = props.verification;
  return (
    <>
      <h1>監査ログ</h1>
      <h2>改ざん検査</h2>
      {!v || v.ok ? (
        <>
          <p class="notice" role="status">全 {v?.events ?? 0} 件の記録を検査し、改ざんや削除は見つかりませんでした。</p>
          {v?.checkpoint ? (
            <p>署名付きのチェックポイント（{formatDateTime(v.checkpoint.createdAt)}、受付順 {v.checkpoint.seq} まで）とも一致しています。それより後の記録は、次のチェックポイントで確かめられます。</p>
          ) : (
            <p>署名付きのチェックポイントはまだありません。最新の記録が削除されていないことは、最初のチェックポイントの後から確かめられます。</p>
          )}
        </>
      ) : (
        <p class="notice notice-warning" role="alert">{v.message}</p>
      )}
      <h2>最新の記録（50件）</h2>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">最新の監査記録</caption>
          <thead>
            <tr><th scope="col">番号</th><th scope="col">日時</th><th scope="col">操作</th><th scope="col">操作者</th><th scope="col">対象</th></tr>
          </thead>
          <tbody>
            {props.events.map((event) => (
              <tr>
                <td>{event.seq}</td>
                <td>{formatDateTime(event.occurredAt)}</td>
                <td><CodeLabel label={actionLabel(event.action)} code={event.action} fallback="その他の操作" /></td>
                <td>{actorLabel(event.actorType, event.actorId, props.staffNames)}</td>
                <td>{targetLabel(event.target, { staff: props.staffNames, targets: props.targetNames })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
