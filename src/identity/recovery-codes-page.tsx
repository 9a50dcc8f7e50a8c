/** Shown once, right after enrolment: the only time the plain codes exist. */
export function RecoveryCodesPage(props: { codes: string[]; base: string }) {
  return (
    <>
      <h1>回復コードの保管</h1>
      <p class="notice" role="status">二要素認証を登録し、サインインしました。</p>
      <p>スマートフォンをなくしたり機種変更したりして確認コードが使えないときは、次の回復コードで代わりにサインインできます。それぞれ1回だけ使えます。</p>
      <div class="secret-box">
        <ul data-recovery-codes>
          {props.codes.map((code) => (
            <li><code>{code}</code></li>
          ))}
        </ul>
      </div>
      <p><strong>この画面は二度と表示されません。</strong>印刷するか書き写して、パスワードとは別の安全な場所に保管してください。回復コードを使い切った場合や紛失した場合は、管理者に二要素認証のリセットを依頼してください。</p>
      <p><a class="button" href={`${props.base}/`}>保管しました。ダッシュボードへ進む</a></p>
    </>
  );
}
