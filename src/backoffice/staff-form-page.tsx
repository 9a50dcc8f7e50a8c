import type { DepartmentRow } from '../platform/identity/schema.ts';
import { STAFF_ROLES, STAFF_ROLE_LABELS } from '../platform/identity/staff-roles.ts';
import { ChoiceGroup, CsrfField, ErrorSummary, TextField, type FieldError } from '../views/form-fields.tsx';

export interface StaffFormValues {
  displayName: string;
  email: string;
  role: string;
  departmentIds: string[];
}

export const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] }));

/** New staff account: name, address, role, departments. */
export function StaffFormPage(props: { values: StaffFormValues; errors: FieldError[]; departments: DepartmentRow[]; base: string; csrfToken: string }) {
  const error = (field: string) => props.errors.find((e) => e.field === field)?.message;
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <h1>職員を追加する</h1>
      <p>アカウントを作成すると、最初のパスワードが一度だけ表示されます。本人に直接お伝えください。本人は最初のサインイン時に二要素認証を登録します。</p>
      <form method="post" action={`${props.base}/admin/staff/new`} novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField id="displayName" label="氏名" required value={props.values.displayName} error={error('displayName')} autocomplete="off" />
        <TextField id="email" label="メールアドレス" type="email" required value={props.values.email} error={error('email')} autocomplete="off" hint="職員の業務用メールアドレスを入力してください。" />
        <ChoiceGroup id="role" legend="役割" type="radio" required options={ROLE_OPTIONS} selected={[props.values.role]} error={error('role')} />
        <ChoiceGroup
          id="departmentIds"
          legend="所属課"
          type="checkbox"
          hint="複数選べます。"
          options={props.departments.map((d) => ({ value: d.id, label: d.nameJa }))}
          selected={props.values.departmentIds}
        />
        <button class="button" type="submit">作成する</button>
      </form>
    </>
  );
}

export function StaffCreatedPage(props: { displayName: string; email: string; firstPassword: string; base: string; staffId: string }) {
  return (
    <>
      <h1>職員アカウントを作成しました</h1>
      <div class="secret-box" role="status">
        <p>{props.displayName}さん（{props.email}）の最初のパスワード：</p>
        <p><code data-first-password>{props.firstPassword}</code></p>
        <p>このパスワードは再表示できません。本人に直接お伝えください。</p>
      </div>
      <p><a href={`${props.base}/admin/staff/${props.staffId}`}>アカウントの詳細を見る</a></p>
      <p><a href={`${props.base}/admin/staff`}>職員アカウントの一覧に戻る</a></p>
    </>
  );
}
