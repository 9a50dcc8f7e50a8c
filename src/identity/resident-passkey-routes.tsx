import { Hono, type Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { clientIp } from '../platform/http/client-ip.ts';
import { relyingPartyFor } from '../platform/http/relying-party.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import type { Services } from '../platform/services.ts';
import { publicPage } from '../views/public-page.tsx';
import { PasskeyManager } from './passkey-manager-view.tsx';
import { listPasskeys, removePasskey } from '../platform/identity/passkeys.ts';
import { addResidentPasskey, residentRegistrationOptions, residentSignInOptions, signInResidentWithPasskey } from '../platform/identity/resident-passkey.ts';
import { clearPasskeyChallenge, readPasskeyChallenge, writePasskeyChallenge, writeResidentCookie } from '../platform/identity/resident-session-cookie.ts';
import { requireResident } from './require-resident.ts';
import { returnPath } from './resident-sign-in-routes.tsx';
import { PASSKEY_SCRIPTS } from '../platform/identity/passkey-scripts.ts';

/** Residents' passkeys: added from マイページ, then a one-tap sign-in at assurance 'substantial'. */
export function residentPasskeyRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db, secret } = services;
  const rp = (c: Context<AppEnv>) => relyingPartyFor(c, services.config.PUBLIC_BASE_URL, c.get('municipality')!.nameJa);

  app.use('/mypage/passkeys', requireResident('low'));
  app.use('/mypage/passkeys/*', requireResident('low'));

  app.get('/mypage/passkeys', async (c) => {
    const resident = c.get('resident')!;
    const list = await withTenant(db, resident.municipalityCode, (tx) => listPasskeys(tx, { residentId: resident.id }));
    const base = c.get('base');
    const token = services.csrf.tokenFor(c);
    return publicPage(c, {
      title: 'パスキー',
      languages: ['ja'],
      cacheable: false,
      scripts: PASSKEY_SCRIPTS,
      body: () => (
        <>
          <h1>パスキー</h1>
          {c.req.query('added') ? <p class="notice" role="status">パスキーを登録しました。次回から、このスマートフォンやパソコンで簡単にサインインできます。</p> : null}
          <p>パスキーを登録すると、次回からメールの確認コードを待たずに、この端末の指紋・顔認証・画面ロックだけでサインインできます。パスキーでのサインインは、メールアドレスだけの場合よりも確かな本人確認として扱われます。</p>
          <PasskeyManager routeBase={`${base}/mypage/passkeys`} registerPath={`${base}/mypage/passkeys/register`} passkeys={list} csrfToken={token} withoutScriptMessage="パスキーの登録には JavaScript が必要です。メールの確認コードでのサインインは引き続き利用できます。" />
          <p><a href={`${base}/mypage`}>マイページに戻る</a></p>
        </>
      ),
    });
  });

  app.post('/mypage/passkeys/options', async (c) => c.json(await residentRegistrationOptions(db, rp(c), c.get('resident')!)));

  app.post('/mypage/passkeys/register', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { response?: never };
    const label = (c.req.header('user-agent') ?? '端末').slice(0, 60);
    const added = body.response ? await addResidentPasskey(db, rp(c), c.get('resident')!, body.response, label) : undefined;
    if (!added) return c.json({ error: 'パスキーを確認できませんでした' }, 400);
    return c.json({ redirect: `${c.get('base')}/mypage/passkeys?added=1` });
  });

  app.post('/mypage/passkeys/:id{[A-Za-z0-9_-]+}/remove', async (c) => {
    const resident = c.get('resident')!;
    await withTenant(db, resident.municipalityCode, async (tx) => {
      if (await removePasskey(tx, { residentId: resident.id }, c.req.param('id'))) {
        await recordAudit(tx, { municipalityCode: resident.municipalityCode, actorType: 'resident', actorId: resident.id, action: 'resident.passkey_removed', target: `resident:${resident.id}` });
      }
    });
    return c.redirect(`${c.get('base')}/mypage/passkeys`, 303);
  });

  app.post('/login/passkey/options', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { return?: string };
    const options = await residentSignInOptions(rp(c));
    writePasskeyChallenge(c, secret, options.challenge, returnPath(c, body.return));
    return c.json(options);
  });

  app.post('/login/passkey', async (c) => {
    const pending = readPasskeyChallenge(c, secret);
    const body = (await c.req.json().catch(() => ({}))) as { response?: never };
    if (!pending || !body.response) return c.json({ error: 'もう一度お試しください' }, 400);
    clearPasskeyChallenge(c);
    const outcome = await signInResidentWithPasskey(db, rp(c), c.get('municipality')!.code, body.response, pending.challenge, {
      ip: clientIp(c),
      userAgent: c.req.header('user-agent') ?? null,
      previousSessionIdHash: c.get('resident')?.sessionIdHash,
    });
    if (!outcome.ok) return c.json({ error: 'パスキーを確認できませんでした' }, 400);
    writeResidentCookie(c, outcome.rawSessionId);
    return c.json({ redirect: `${c.get('base')}${returnPath(c, pending.returnTo)}` });
  });
  return app;
}
