import type { AuditEventRow } from '../platform/audit/schema.ts';
import type { DepartmentRow } from '../platform/identity/schema.ts';
import type { StaffMember } from '../platform/identity/staff-admin.ts';
import { isHeldOff, type AccountLocks } from '../platform/identity/staff-lockout.ts';
import { ChoiceGroup, CsrfField } from '../views/form-fields.tsx';
import { formatDateTime } from '../views/format-date.ts';
import { actionLabel } from './labels.ts';
import { CodeLabel } from './code-label.tsx';
import { ROLE_OPTIONS } from './staff-form-page.tsx';
import { accountStatus, departmentNames, roleLabel } from './staff-list-page.tsx';

interface Props {
  member: StaffMember;
  departments: DepartmentRow[];
  history: AuditEventRow[];
  locks: AccountLocks;
  isSelf: boolean;
  base: string;
  csrfToken: string;
  done?: string;
}

const DONE_MESSAGES: Record<string, string> = {
  disabled: 'アカウントを無効にしました。この職員のサインインはすべて終了しました。',
  enabled: 'アカウントを有効にしました。',
  role: '役割を変更しました。次のサインインから反映されます。',
  departments: '所属課を変更しました。',
  reset: '二要素認証をリセットしました。本人は次のサインイン時に認証アプリを登録し直します。',
  unlocked: 'ロックを解除しました。本人は、すぐにサインインできます。本人に、正しいパスワードと確認コードでサインインするようお伝えください。',
};

/** One staff account: what it is, what an admin can do with it, and its recent history. */
export function StaffDetailPage(props: Props) {
  const { member, base } = props;
  const action = (path: string) => `${base}/admin/staff/${member.id}/${path}`;
  return (
    <>
      <h1>{member.displayName}</h1>
      {props.done && DONE_MESSAGES[props.done] ? <p class="notice" role="status">{DONE_MESSAGES[props.done]}</p> : null}
      <dl>
        <dt>メールアドレス</dt><dd>{member.email}</dd>
        <dt>役割</dt><dd>{roleLabel(member.role)}</dd>
        <dt>所属課</dt><dd>{departmentNames(member.departmentIds, props.departments)}</dd>
        <dt>状態</dt><dd>{accountStatus(member)}</dd>
        {isHeldOff(props.locks) ? (
          <>
            <dt>サインインの制限</dt>
            <dd>
              <ul>
                {props.locks.secondFactorUntil ? <li>確認コードの誤りが続いたため、{formatDateTime(props.locks.secondFactorUntil)}までロックしています。</li> : null}
                {props.locks.accountUntil ? <li>パスワードの誤りが続いたため、すべての接続元から{formatDateTime(props.locks.accountUntil)}まで受け付けません。</li> : null}
                {props.locks.addresses.map((entry) => <li>接続元 {entry.ip} からのパスワードを、{formatDateTime(entry.until)}まで受け付けません。</li>)}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {props.isSelf ? (
        <p class="notice">ご自身のアカウントの無効化・役割の変更・二要素認証のリセット・ロックの解除は、別の管理者が行います。</p>
      ) : (
        <>
          <h2>アカウントの操作</h2>
          <div class="actions">
            <form method="post" action={action(member.disabled ? 'enable' : 'disable')}>
              <CsrfField token={props.csrfToken} />
              <button class={member.disabled ? 'button' : 'button button-danger'} type="submit">{member.disabled ? '有効にする' : '無効にする'}</button>
            </form>
            {isHeldOff(props.locks) ? (
              <form method="post" action={action('unlock')}>
                <CsrfField token={props.csrfToken} />
                <button class="button" type="submit">ロックを解除する</button>
              </form>
            ) : null}
            <form method="post" action={action('reset-second-factor')}>
              <CsrfField token={props.csrfToken} />
              <button class="button button-secondary" type="submit">二要素認証をリセットする</button>
            </form>
          </div>
          <h2>役割の変更</h2>
          <form method="post" action={action('role')}>
            <CsrfField token={props.csrfToken} />
            <ChoiceGroup id="role" legend="役割" type="radio" required options={ROLE_OPTIONS} selected={[member.role]} />
            <button class="button button-secondary" type="submit">役割を変更する</button>
          </form>
          <h2>所属課の変更</h2>
          <form method="post" action={action('departments')}>
            <CsrfField token={props.csrfToken} />
            <ChoiceGroup id="departmentIds" legend="所属課" type="checkbox" options={props.departments.map((d) => ({ value: d.id, label: d.nameJa }))} selected={member.departmentIds} />
            <button class="button button-secondary" type="submit">所属課を変更する</button>
          </form>
        </>
      )}
      <h2>サインインと操作の履歴（最新50件）</h2>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">サインインと操作の履歴</caption>
          <thead><tr><th scope="col">日時</th><th scope="col">内容</th><th scope="col">接続元</th></tr></thead>
          <tbody>
            {props.history.map((event) => (
              <tr>
                <td>{formatDateTime(event.occurredAt)}</td>
                <td><CodeLabel label={actionLabel(event.action)} code={event.action} fallback="その他の操作" showCode={false} /></td>
                <td>{String((event.detail as { ip?: string }).ip ?? '-')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
