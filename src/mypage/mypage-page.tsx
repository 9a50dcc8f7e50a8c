import { ASSURANCE_LABELS } from '../platform/identity/assurance.ts';
import type { SignedInResident } from '../platform/identity/resident-session-middleware.ts';
import { CsrfField } from '../views/form-fields.tsx';
import { formatDateTime } from '../views/format-date.ts';

export function MyPage(props: { resident: SignedInResident; lastSignInAt: Date | null; townName: string; base: string; csrfToken: string }) {
  const { base } = props;
  return (
    <>
      <h1>マイページ</h1>
      <table>
        <caption class="visually-hidden">サインイン中のアカウント</caption>
        <tbody>
          <tr><th scope="row">メールアドレス</th><td>{props.resident.email}</td></tr>
          <tr><th scope="row">本人確認の状態</th><td>{ASSURANCE_LABELS[props.resident.assurance]}</td></tr>
          {props.lastSignInAt ? <tr><th scope="row">最後にサインインした日時</th><td>{formatDateTime(props.lastSignInAt)}</td></tr> : null}
        </tbody>
      </table>
      <h2>できること</h2>
      <ul class="card-list">
        <li class="card">
          <h3><a class="card-link" href={`${base}/mypage/applications`}>申請の一覧</a></h3>
          <p>申請した手続きの状況を確認できます。補正への回答や取下げ、入力途中の申請の再開もここからできます。</p>
        </li>
        <li class="card">
          <h3><a class="card-link" href={`${base}/mypage/profile`}>登録情報（氏名・住所など）</a></h3>
          <p>申請のときに入力を省けるよう、氏名や住所などを登録・変更できます。登録は任意です。</p>
        </li>
        <li class="card">
          <h3><a class="card-link" href={`${base}/mypage/sessions`}>サインイン中の端末</a></h3>
          <p>このアカウントでサインインしている端末を確認し、ほかの端末からサインアウトできます。</p>
        </li>
        <li class="card">
          <h3><a class="card-link" href={`${base}/mypage/passkeys`}>パスキー（指紋・顔認証でのサインイン）</a></h3>
          <p>メールを待たずにサインインできるよう、この端末のパスキーを登録します。</p>
        </li>
        <li class="card">
          <h3><a class="card-link" href={`${base}/mypage/export`}>登録データのダウンロード</a></h3>
          <p>このアカウントについて{props.townName}が保存している情報を、JSON 形式のファイルでダウンロードできます。</p>
        </li>
        <li class="card">
          <h3><a class="card-link" href={`${base}/mypage/delete`}>アカウントの削除</a></h3>
          <p>このアカウントとサインインの情報を削除します。</p>
        </li>
      </ul>
      <form method="post" action={`${base}/logout`}>
        <CsrfField token={props.csrfToken} />
        <button class="button button-secondary" type="submit">サインアウト</button>
      </form>
    </>
  );
}
