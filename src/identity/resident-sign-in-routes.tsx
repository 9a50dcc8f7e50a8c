import { Hono, type Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { clientIp } from '../platform/http/client-ip.ts';
import { safeReturnPath } from '../platform/http/safe-return.ts';
import type { Services } from '../platform/services.ts';
import type { FieldError } from '../views/form-fields.tsx';
import { PASSKEY_SCRIPTS } from '../platform/identity/passkey-scripts.ts';
import { publicPage } from '../views/public-page.tsx';
import { CODE_LIFETIME_MINUTES, CODE_MAX_ATTEMPTS, looksLikeEmail, normalizeEmailCode, normalizeResidentEmail } from '../platform/identity/resident-email-code.ts';
import { clearPendingSignIn, clearResidentCookie, readPendingSignIn, readResidentCookie, writePendingSignIn, writeResidentCookie } from '../platform/identity/resident-session-cookie.ts';
import { requestSignInCode, signOutResident, verifySignInCode } from '../platform/identity/resident-sign-in.ts';
import { CodePage, EmailPage } from './resident-sign-in-pages.tsx';

const WRONG_CODE = '確認コードが正しくありません。メールに記載された6桁の数字を、もう一度入力してください。';
const UNUSABLE_CODE = `この確認コードは使えなくなりました。有効期限（${CODE_LIFETIME_MINUTES}分）が過ぎたか、誤った入力が${CODE_MAX_ATTEMPTS}回続いたためです。お手数ですが、メールアドレスを入力し直して、新しい確認コードを受け取ってください。`;

/** Where to go after signing in: a page of this site, never the sign-in pages themselves. */
export function returnPath(c: Context<AppEnv>, value: unknown): string {
  const path = safeReturnPath(c, value, '/mypage');
  // The card step-up starts at /login/mynumber and is a fine place to come back to.
  if (/^\/login\/mynumber(\?|$)/.test(path)) return path;
  return /^\/(login|logout)(\/|\?|$)/.test(path) ? '/mypage' : path;
}

/** Resident sign-in with a one-time code sent by e-mail; no password. */
export function residentSignInRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db, secret } = services;

  app.get('/login', (c) => {
    const returnTo = returnPath(c, c.req.query('return'));
    // stepup=1: signed in, but a page needs a stronger sign-in (a passkey) than this session has.
    if (c.get('resident') && !c.req.query('stepup')) return c.redirect(`${c.get('base')}${returnTo}`, 303);
    return emailForm(c, services, { returnTo, email: '', errors: [] });
  });

  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const email = String(form.email ?? '').trim();
    const returnTo = returnPath(c, form.return);
    const problem = !email
      ? 'メールアドレスを入力してください。'
      : !looksLikeEmail(normalizeResidentEmail(email))
        ? 'メールアドレスを、例のような形で入力してください（例：ninomiya.taro@example.jp）。'
        : undefined;
    if (problem) return emailForm(c, services, { returnTo, email, errors: [{ field: 'email', message: problem }] });
    await requestSignInCode(db, secret, c.get('municipality')!, email, { ip: clientIp(c), language: c.get('language') });
    writePendingSignIn(c, secret, { email: normalizeResidentEmail(email), returnTo });
    return c.redirect(`${c.get('base')}/login/code`, 303);
  });

  app.get('/login/code', (c) => {
    const pending = readPendingSignIn(c, secret);
    if (!pending) return c.redirect(`${c.get('base')}/login`, 303);
    return codeForm(c, services, { ...pending, code: '', errors: [] });
  });

  // Within the same limits as the first request; the page reads the same whether or not a mail went out.
  app.post('/login/code/resend', async (c) => {
    const pending = readPendingSignIn(c, secret);
    if (!pending) return c.redirect(`${c.get('base')}/login`, 303);
    await requestSignInCode(db, secret, c.get('municipality')!, pending.email, { ip: clientIp(c), language: c.get('language') });
    writePendingSignIn(c, secret, pending);
    return c.redirect(`${c.get('base')}/login/code?resent=1`, 303);
  });

  app.post('/login/code', async (c) => {
    const pending = readPendingSignIn(c, secret);
    if (!pending) return c.redirect(`${c.get('base')}/login`, 303);
    const typed = String((await c.req.parseBody()).code ?? '');
    const code = normalizeEmailCode(typed);
    const fail = (message: string) => codeForm(c, services, { ...pending, code: typed, errors: [{ field: 'code', message }] });
    if (!typed.trim()) return fail('確認コードを入力してください。');
    if (!code) return fail('確認コードは、メールに記載された6桁の数字で入力してください。');
    const outcome = await verifySignInCode(db, secret, c.get('municipality')!.code, pending.email, code, {
      ip: clientIp(c),
      userAgent: c.req.header('user-agent') ?? null,
      previousRawSessionId: readResidentCookie(c),
    });
    if (!outcome.ok) return fail(outcome.reason === 'wrong' ? WRONG_CODE : UNUSABLE_CODE);
    clearPendingSignIn(c);
    writeResidentCookie(c, outcome.rawSessionId);
    return c.redirect(`${c.get('base')}${returnPath(c, pending.returnTo)}`, 303);
  });

  app.post('/logout', async (c) => {
    const resident = c.get('resident');
    if (resident) await signOutResident(db, resident.municipalityCode, { idHash: resident.sessionIdHash, residentId: resident.id });
    clearResidentCookie(c);
    return c.redirect(`${c.get('base')}/login?signed_out=1`, 303);
  });
  return app;
}

function emailForm(c: Context<AppEnv>, services: Services, form: { returnTo: string; email: string; errors: FieldError[] }) {
  return publicPage(c, {
    title: form.errors.length ? 'エラー：サインイン' : 'サインイン',
    languages: ['ja'],
    cacheable: false,
    status: form.errors.length ? 400 : 200,
    scripts: PASSKEY_SCRIPTS,
    body: () => (
      <EmailPage
        {...form}
        base={c.get('base')}
        csrfToken={services.csrf.tokenFor(c)}
        townName={c.get('municipality')!.nameJa}
        signedOut={c.req.query('signed_out') === '1'}
      />
    ),
  });
}

function codeForm(c: Context<AppEnv>, services: Services, form: { returnTo: string; email: string; code: string; errors: FieldError[] }) {
  return publicPage(c, {
    title: form.errors.length ? 'エラー：確認コードの入力' : '確認コードの入力',
    languages: ['ja'],
    cacheable: false,
    status: form.errors.length ? 400 : 200,
    body: () => <CodePage {...form} base={c.get('base')} csrfToken={services.csrf.tokenFor(c)} resent={c.req.query('resent') === '1'} />,
  });
}
