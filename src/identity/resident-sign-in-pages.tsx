import { CsrfField, ErrorSummary, TextField, type FieldError } from '../views/form-fields.tsx';
import { CODE_LIFETIME_MINUTES } from '../platform/identity/resident-email-code.ts';

interface FormProps {
  base: string;
  csrfToken: string;
  returnTo: string;
  errors: FieldError[];
}

export function EmailPage(props: FormProps & { email: string; townName: string; signedOut: boolean }) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.signedOut ? <p class="notice" role="status">サインアウトしました。</p> : null}
      <h1>サインイン</h1>
      <p>{props.townName}のオンライン窓口にサインインします。パスワードは使いません。</p>
      <p>入力されたメールアドレスに6桁の確認コードをお送りします。次の画面でそのコードを入力すると、サインインできます。初めての方は、このときにアカウントが作られます。</p>
      <form method="post" action={`${props.base}/login`} novalidate>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="return" value={props.returnTo} />
        <TextField
          id="email"
          label="メールアドレス"
          type="email"
          autocomplete="email"
          inputmode="email"
          required
          hint="例：ninomiya.taro@example.jp"
          value={props.email}
          error={props.errors.find((e) => e.field === 'email')?.message}
        />
        <button class="button" type="submit">確認コードを送る</button>
      </form>
      <h2>パスキーでサインイン</h2>
      <p>マイページでパスキーを登録した端末では、メールを待たずに、指紋・顔認証・画面ロックでサインインできます。</p>
      <p>
        <button class="button button-secondary" type="button" hidden data-passkey="authenticate" data-options-url={`${props.base}/login/passkey/options`} data-verify-url={`${props.base}/login/passkey`} data-return={props.returnTo} data-failed-message="パスキーでサインインできませんでした。メールの確認コードでサインインしてください。" aria-describedby="passkey-status">
          パスキーでサインインする
        </button>
      </p>
      <p id="passkey-status" role="status" aria-live="polite"></p>
    </>
  );
}

export function CodePage(props: FormProps & { email: string; code: string; resent: boolean }) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.resent ? (
        <p class="notice" role="status">
          <strong>{props.email}</strong> あてに、新しい確認コードをお送りしました。いちばん新しいメールに記載されたコードを入力してください。短い時間に何度も確認コードを求めた場合は、安全のため、しばらくの間お送りできないことがあります。
        </p>
      ) : null}
      <h1>確認コードの入力</h1>
      <p>
        <strong>{props.email}</strong> あてに、6桁の確認コードを記載したメールをお送りしました。メールが届くまで、数分かかることがあります。
      </p>
      <p>確認コードの有効期限は、送信から{CODE_LIFETIME_MINUTES}分間です。</p>
      <form method="post" action={`${props.base}/login/code`} novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField
          id="code"
          label="確認コード（6桁の数字）"
          autocomplete="one-time-code"
          inputmode="numeric"
          required
          short
          value={props.code}
          error={props.errors.find((e) => e.field === 'code')?.message}
        />
        <button class="button" type="submit">サインイン</button>
      </form>
      <h2>メールが届かない場合</h2>
      <ul>
        <li>迷惑メールのフォルダに振り分けられていないか、ご確認ください。</li>
        <li>メールアドレスに誤りがあった場合は、<a href={`${props.base}/login?return=${encodeURIComponent(props.returnTo)}`}>メールアドレスを入力し直して</a>ください。</li>
        <li>短い時間に何度も確認コードを求めると、安全のため、しばらくの間コードをお送りできなくなります。15分ほど時間をおいてから、もう一度お試しください。</li>
      </ul>
      <p>数分待っても届かない場合は、次のボタンを押すと、同じメールアドレスに新しい確認コードをお送りします。先にお送りしたコードは使えなくなります。</p>
      <form method="post" action={`${props.base}/login/code/resend`}>
        <CsrfField token={props.csrfToken} />
        <button class="button button-secondary" type="submit">コードを再送する</button>
      </form>
    </>
  );
}
