import type { DepartmentRow } from '../platform/identity/schema.ts';
import type { StaffMember } from '../platform/identity/staff-admin.ts';
import { STAFF_ROLE_LABELS, isStaffRole } from '../platform/identity/staff-roles.ts';

export function roleLabel(role: string): string {
  return isStaffRole(role) ? STAFF_ROLE_LABELS[role] : role;
}

export function departmentNames(ids: readonly string[], departments: DepartmentRow[]): string {
  return departments.filter((d) => ids.includes(d.id)).map((d) => d.nameJa).join('、') || '（なし）';
}

export function accountStatus(member: StaffMember): string {
  if (member.disabled) return '無効';
  if (member.lockedUntil && member.lockedUntil > new Date()) return '一時ロック中';
  return member.totpSecret ? '有効' : '有効（二要素認証は未登録）';
}

/** Admins' list of the municipality's staff accounts. */
export function StaffListPage(props: { members: StaffMember[]; departments: DepartmentRow[]; base: string }) {
  return (
    <>
      <h1>職員アカウント</h1>
      <p><a class="button" href={`${props.base}/admin/staff/new`}>職員を追加する</a></p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">職員アカウントの一覧</caption>
          <thead>
            <tr><th scope="col">氏名</th><th scope="col">メールアドレス</th><th scope="col">役割</th><th scope="col">所属課</th><th scope="col">状態</th></tr>
          </thead>
          <tbody>
            {props.members.map((member) => (
              <tr>
                <td><a href={`${props.base}/admin/staff/${member.id}`}>{member.displayName}</a></td>
                <td>{member.email}</td>
                <td>{roleLabel(member.role)}</td>
                <td>{departmentNames(member.departmentIds, props.departments)}</td>
                <td>{accountStatus(member)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
