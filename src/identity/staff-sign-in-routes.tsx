import { Hono, type Context } from 'hono';
import { clientIp } from '../platform/http/client-ip.ts';
import { listPasskeys } from '../platform/identity/passkeys.ts';
import { PASSKEY_SCRIPTS } from '../platform/identity/passkey-scripts.ts';
import type { AppEnv } from '../platform/http/app-env.ts';
import type { Services } from '../platform/services.ts';
import { CsrfField, ErrorSummary, TextField } from '../views/form-fields.tsx';
import { staffPage } from '../views/staff-page.tsx';
import { pendingSession } from '../platform/identity/staff-session-middleware.ts';
import { clearStaffCookie, readStaffCookie, writeStaffCookie } from '../platform/identity/staff-session-cookie.ts';
import { confirmTotpEnrolment, pendingTotpSecret, signOutStaff, signOutStaffEverywhere, verifyStaffPassword, verifyStaffTotp, type SecondFactorOutcome } from '../platform/identity/staff-sign-in.ts';
import { formatLockTime } from '../platform/identity/staff-lockout.ts';
import { RecoveryCodesPage } from './recovery-codes-page.tsx';
import { totpQrSvg, totpUri } from '../platform/identity/totp.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { findLiveSession } from '../platform/identity/session-store.ts';

const SIGN_IN_FAILED = 'メールアドレスまたはパスワードが正しくないか、誤りが続いたためサインインを一時的に制限しています。';
const CODE_FAILED = '確認コードが正しくないか、有効期限が切れています。認証アプリに表示されている最新の6桁の数字を入力してください。';

function secondFactorMessage(outcome: Extract<SecondFactorOutcome, { ok: false }>): string {
  if (outcome.reason === 'locked') {
    const until = outcome.until ? `${formatLockTime(outcome.until)}ごろに自動的に解除されます。` : '';
    return `確認コードの誤りが続いたため、このアカウントを一時的にロックしました。${until}お急ぎの場合は、管理者に「ロックを解除する」を依頼してください。`;
  }
  if (outcome.reason === 'rate-limited') return 'この接続元から確認コードの誤りが続いたため、しばらくの間、確認コードを受け付けません。15分ほど時間をおいてから、もう一度お試しください。';
  return CODE_FAILED;
}


/** Staff sign-in: password, then a TOTP code (enrolled at the first sign-in). */
export function staffSignInRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;

  app.get('/login', (c) => (c.get('staff') ? c.redirect(`${c.get('base')}/`, 303) : passwordForm(c, services, [])));

  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const email = String(form.email ?? '').trim();
    const password = String(form.password ?? '');
    const errors = [
      ...(email ? [] : [{ field: 'email', message: 'メールアドレスを入力してください' }]),
      ...(password ? [] : [{ field: 'password', message: 'パスワードを入力してください' }]),
    ];
    if (errors.length > 0) return passwordForm(c, services, errors, email);
    const outcome = await verifyStaffPassword(db, c.get('municipality')!, email, password, { ip: clientIp(c) });
    if (!outcome.ok) return passwordForm(c, services, [{ field: 'email', message: SIGN_IN_FAILED }], email);
    writeStaffCookie(c, outcome.rawSessionId);
    return c.redirect(`${c.get('base')}/login/${outcome.needsEnrolment ? 'enrol' : 'code'}`, 303);
  });

  app.get('/login/code', async (c) => {
    const session = await pendingSession(db, c);
    if (!session) return c.redirect(`${c.get('base')}/login`, 303);
    return codeForm(c, services, [], await hasPasskeys(session.municipalityCode, session.staffId!));
  });

  const hasPasskeys = async (municipalityCode: string, staffId: string) =>
    (await withTenant(db, municipalityCode, (tx) => listPasskeys(tx, { staffId }))).length > 0;

  app.post('/login/code', async (c) => {
    const session = await pendingSession(db, c);
    if (!session) return c.redirect(`${c.get('base')}/login`, 303);
    const code = String((await c.req.parseBody()).code ?? '');
    const outcome = await verifyStaffTotp(db, session, code, { ip: clientIp(c), townName: c.get('municipality')!.nameJa });
    if (!outcome.ok) return codeForm(c, services, [{ field: 'code', message: secondFactorMessage(outcome) }], await hasPasskeys(session.municipalityCode, session.staffId!));
    writeStaffCookie(c, outcome.rawSessionId);
    return c.redirect(`${c.get('base')}/`, 303);
  });

  app.get('/login/enrol', async (c) => {
    const session = await pendingSession(db, c);
    return session ? enrolForm(c, services, await pendingTotpSecret(db, session), []) : c.redirect(`${c.get('base')}/login`, 303);
  });

  app.post('/login/enrol', async (c) => {
    const session = await pendingSession(db, c);
    if (!session) return c.redirect(`${c.get('base')}/login`, 303);
    const code = String((await c.req.parseBody()).code ?? '');
    const outcome = await confirmTotpEnrolment(db, session, code, { ip: clientIp(c) });
    if (!outcome.ok) return enrolForm(c, services, await pendingTotpSecret(db, session), [{ field: 'code', message: CODE_FAILED }]);
    writeStaffCookie(c, outcome.rawSessionId);
    return staffPage(c, services, '回復コードの保管', <RecoveryCodesPage codes={outcome.recoveryCodes ?? []} base={c.get('base')} />);
  });

  app.post('/logout/everywhere', async (c) => {
    const rawId = readStaffCookie(c);
    const municipality = c.get('municipality')!;
    const session = rawId ? await withTenant(db, municipality.code, (tx) => findLiveSession(tx, rawId, 'internal')) : undefined;
    if (session?.stage === 'signed-in') await signOutStaffEverywhere(db, session);
    clearStaffCookie(c);
    return c.redirect(`${c.get('base')}/login?signed_out=everywhere`, 303);
  });

  app.post('/logout', async (c) => {
    const rawId = readStaffCookie(c);
    const municipality = c.get('municipality')!;
    const session = rawId ? await withTenant(db, municipality.code, (tx) => findLiveSession(tx, rawId, 'internal')) : undefined;
    if (session) await signOutStaff(db, session);
    clearStaffCookie(c);
    return c.redirect(`${c.get('base')}/login?signed_out=1`, 303);
  });
  return app;
}

function passwordForm(c: Context<AppEnv>, services: Services, errors: { field: string; message: string }[], email = '') {
  const title = errors.length ? 'エラー：サインイン' : 'サインイン';
  return staffPage(
    c,
    services,
    title,
    <>
      <ErrorSummary errors={errors} />
      <h1>職員サインイン</h1>
      {c.req.query('signed_out') ? (
        <p class="notice" role="status">{c.req.query('signed_out') === 'everywhere' ? 'すべての端末からサインアウトしました。' : 'サインアウトしました。'}</p>
      ) : null}
      <p>{c.get('municipality')!.nameJa}の職員用ページです。メールアドレスとパスワードを入力してください。次の画面で、認証アプリの確認コードを入力します。</p>
      <form method="post" action={`${c.get('base')}/login`} novalidate>
        <CsrfField token={services.csrf.tokenFor(c)} />
        <TextField id="email" label="メールアドレス" type="email" autocomplete="username" required value={email} error={errors.find((e) => e.field === 'email')?.message} />
        <TextField id="password" label="パスワード" type="password" autocomplete="current-password" required error={errors.find((e) => e.field === 'password')?.message} />
        <button class="button" type="submit">次へ</button>
      </form>
      {errors.some((e) => e.message === SIGN_IN_FAILED) ? (
        <>
          <h2>サインインできない場合</h2>
          <ul>
            <li>メールアドレスとパスワードに誤りがないか、もう一度お確かめください。</li>
            <li>誤りが続くと、安全のため、しばらくの間サインインを受け付けません。15分ほど時間をおいてから、もう一度お試しください。誤りを重ねると、制限の時間は長くなります。</li>
            <li>制限したときは、アカウントのメールアドレスにお知らせをお送りしています。お急ぎの場合や、ご自身の操作に心当たりがない場合は、管理者に連絡し、「ロックを解除する」を依頼してください。</li>
          </ul>
        </>
      ) : null}
    </>,
    errors.length ? 400 : 200,
  );
}

function codeForm(c: Context<AppEnv>, services: Services, errors: { field: string; message: string }[], passkeys: boolean) {
  return staffPage(
    c,
    services,
    errors.length ? 'エラー：確認コードの入力' : '確認コードの入力',
    <>
      <ErrorSummary errors={errors} />
      <h1>確認コードの入力</h1>
      <p>スマートフォンの認証アプリに表示されている6桁の確認コードを入力してください。</p>
      <p>スマートフォンをなくした場合などは、登録時に保管した回復コード（例：ABCD-EFGH）を代わりに入力できます。回復コードは1つにつき1回だけ使えます。</p>
      <form method="post" action={`${c.get('base')}/login/code`} novalidate>
        <CsrfField token={services.csrf.tokenFor(c)} />
        <TextField id="code" label="確認コード（6桁）または回復コード" autocomplete="one-time-code" required short error={errors[0]?.message} />
        <button class="button" type="submit">サインイン</button>
      </form>
      {passkeys ? (
        <>
          <h2>パスキーで確認する</h2>
          <p>
            <button class="button button-secondary" type="button" hidden data-passkey="authenticate" data-options-url={`${c.get('base')}/login/passkey/options`} data-verify-url={`${c.get('base')}/login/passkey`} data-failed-message="パスキーで確認できませんでした。確認コードを入力してください。" aria-describedby="passkey-status">
              パスキーで確認する
            </button>
          </p>
          <p id="passkey-status" role="status" aria-live="polite"></p>
        </>
      ) : null}
    </>,
    errors.length ? 400 : 200,
    passkeys ? PASSKEY_SCRIPTS : undefined,
  );
}

async function enrolForm(c: Context<AppEnv>, services: Services, secret: string, errors: { field: string; message: string }[]) {
  const municipality = c.get('municipality')!;
  const uri = totpUri(secret, 'staff', `Yakuba ${municipality.nameJa}`);
  const qr = await totpQrSvg(uri);
  return staffPage(
    c,
    services,
    errors.length ? 'エラー：二要素認証の登録' : '二要素認証の登録',
    <>
      <ErrorSummary errors={errors} />
      <h1>二要素認証の登録</h1>
      <p>職員用ページでは、パスワードに加えて、スマートフォンの認証アプリ（Google Authenticator、Microsoft Authenticator など）の確認コードが必要です。初回のみ、次の手順で登録してください。</p>
      <ol>
        <li>認証アプリで、次の QR コードを読み取ってください。</li>
        <li>読み取れない場合は、アプリに次の設定キーを手入力してください。</li>
        <li>アプリに表示された6桁の確認コードを入力して「登録する」を押してください。</li>
      </ol>
      <div class="qr" role="img" aria-label="認証アプリに登録するための QR コード" dangerouslySetInnerHTML={{ __html: qr }} />
      <p>設定キー：<code data-totp-secret>{secret}</code></p>
      <form method="post" action={`${c.get('base')}/login/enrol`} novalidate>
        <CsrfField token={services.csrf.tokenFor(c)} />
        <TextField id="code" label="確認コード（6桁）" inputmode="numeric" autocomplete="one-time-code" required short error={errors[0]?.message} />
        <button class="button" type="submit">登録する</button>
      </form>
    </>,
    errors.length ? 400 : 200,
  );
}
