import { CsrfField } from '../views/form-fields.tsx';
import { formatDateTime } from '../views/format-date.ts';
import type { PasskeyRow } from '../platform/identity/schema.ts';

interface PasskeyManagerProps {
  /** Where the account's passkey routes live, e.g. `/m/143421/mypage/passkeys`. */
  routeBase: string;
  registerPath: string;
  passkeys: PasskeyRow[];
  csrfToken: string;
  withoutScriptMessage: string;
}

/** The register button (scripted) and the list of registered passkeys with a remove form each. */
export function PasskeyManager(props: PasskeyManagerProps) {
  return (
    <>
      <noscript><p class="notice">{props.withoutScriptMessage}</p></noscript>
      <p>
        <button class="button" type="button" hidden data-passkey="register" data-options-url={`${props.routeBase}/options`} data-verify-url={props.registerPath} data-failed-message="パスキーを登録できませんでした。もう一度お試しください。" aria-describedby="passkey-status">
          この端末のパスキーを登録する
        </button>
      </p>
      <p id="passkey-status" role="status" aria-live="polite"></p>
      <h2>登録済みのパスキー</h2>
      {props.passkeys.length === 0 ? <p>まだ登録されていません。</p> : (
        <ul>
          {props.passkeys.map((passkey) => (
            <li>
              {passkey.label}（登録：{formatDateTime(passkey.createdAt)}{passkey.lastUsedAt ? `、最終利用：${formatDateTime(passkey.lastUsedAt)}` : ''}）
              <form class="inline-form" method="post" action={`${props.routeBase}/${passkey.credentialId}/remove`}>
                <CsrfField token={props.csrfToken} />
                <button class="button-link" type="submit">削除する<span class="visually-hidden">（{passkey.label}）</span></button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
