import { CsrfField } from '../views/form-fields.tsx';

export function DeleteConfirmPage(props: { base: string; csrfToken: string; email: string; townName: string }) {
  return (
    <>
      <h1>アカウントの削除</h1>
      <p>
        メールアドレス <strong>{props.email}</strong> のアカウントを削除します。
      </p>
      <h2>削除されるもの</h2>
      <ul>
        <li>このアカウントと、登録情報（氏名、住所など）</li>
        <li>サインインのための情報（確認コード、サインイン中の端末の記録）。すべての端末でサインアウトされます。</li>
      </ul>
      <h2>削除されないもの</h2>
      <ul>
        <li>すでに提出された申請や届出は、法令で定められた期間、{props.townName}が保存する必要があるため、アカウントを削除しても残ります。申請の取下げや内容についてのお問い合わせは、担当の窓口へお願いします。</li>
        <li>不正な利用を防ぐための記録（いつ、どのような操作があったか）は、メールアドレスや登録情報を含まない形で残ります。</li>
      </ul>
      <p>削除すると、元に戻すことはできません。あとで再び利用する場合は、もう一度メールアドレスでサインインすると、新しいアカウントが作られます。</p>
      <p>必要な場合は、削除する前に<a href={`${props.base}/mypage/export`}>登録データをダウンロード</a>してください。</p>
      <div class="actions">
        <form method="post" action={`${props.base}/mypage/delete`}>
          <CsrfField token={props.csrfToken} />
          <button class="button button-danger" type="submit">アカウントを削除する</button>
        </form>
        <p><a href={`${props.base}/mypage`}>削除せずにマイページに戻る</a></p>
      </div>
    </>
  );
}

export function DeletedPage(props: { base: string; townName: string }) {
  return (
    <>
      <h1>アカウントを削除しました</h1>
      <p>アカウント、登録情報、サインインのための情報を削除しました。この端末を含むすべての端末でサインアウトしています。</p>
      <p>すでに提出された申請や届出は、引き続き{props.townName}で保存し、手続きを進めます。</p>
      <p>ご利用いただき、ありがとうございました。</p>
      <p><a href={`${props.base}/`}>ホームに戻る</a></p>
    </>
  );
}
