import { Hono, type Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { relyingPartyFor } from '../platform/http/relying-party.ts';
import { clientIp } from '../platform/http/client-ip.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import type { Services } from '../platform/services.ts';
import { PasskeyManager } from './passkey-manager-view.tsx';
import { staffPage } from '../views/staff-page.tsx';
import { listPasskeys, removePasskey } from '../platform/identity/passkeys.ts';
import { findLiveSession } from '../platform/identity/session-store.ts';
import { addStaffPasskey, staffAuthenticationOptions, staffRegistrationOptions, verifyStaffPasskey } from '../platform/identity/staff-passkey.ts';
import { readStaffCookie, writeStaffCookie } from '../platform/identity/staff-session-cookie.ts';
import { pendingSession } from '../platform/identity/staff-session-middleware.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { PASSKEY_SCRIPTS } from '../platform/identity/passkey-scripts.ts';


async function signedInSession(services: Services, c: Context<AppEnv>) {
  const rawId = readStaffCookie(c);
  if (!rawId || !c.get('staff')) return undefined;
  const session = await withTenant(services.db, c.get('municipality')!.code, (tx) => findLiveSession(tx, rawId, 'internal'));
  return session?.stage === 'signed-in' ? session : undefined;
}

/** Passkeys for staff: added from the account page, then usable instead of the TOTP code. */
export function staffPasskeyRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const rp = (c: Context<AppEnv>) => relyingPartyFor(c, services.config.INTERNAL_BASE_URL, `Yakuba ${c.get('municipality')!.nameJa} 職員用`);

  app.get('/account/passkeys', async (c) => {
    const staff = c.get('staff');
    if (!staff) return c.redirect(`${c.get('base')}/login`, 303);
    const list = await withTenant(db, staff.municipalityCode, (tx) => listPasskeys(tx, { staffId: staff.id }));
    const base = c.get('base');
    return staffPage(
      c,
      services,
      'パスキー',
      <>
        <h1>パスキー</h1>
        {c.req.query('added') ? <p class="notice" role="status">パスキーを登録しました。次回から確認コードの代わりに使えます。</p> : null}
        <p>パスキーを登録すると、サインインの2段階目で、認証アプリの確認コードの代わりに、この端末の指紋・顔認証・画面ロックで確認できます。</p>
        <PasskeyManager routeBase={`${base}/account/passkeys`} registerPath={`${base}/account/passkeys`} passkeys={list} csrfToken={services.csrf.tokenFor(c)} withoutScriptMessage="パスキーの登録には JavaScript が必要です。確認コードでのサインインは引き続き利用できます。" />
      </>,
      200,
      PASSKEY_SCRIPTS,
    );
  });

  app.post('/account/passkeys/options', async (c) => {
    const session = await signedInSession(services, c);
    if (!session) return c.json({ error: 'サインインしてください' }, 401);
    return c.json(await staffRegistrationOptions(db, rp(c), session));
  });

  app.post('/account/passkeys', async (c) => {
    const session = await signedInSession(services, c);
    if (!session) return c.json({ error: 'サインインしてください' }, 401);
    const body = (await c.req.json().catch(() => ({}))) as { response?: never };
    const label = `${(c.req.header('user-agent') ?? '端末').slice(0, 60)}`;
    const added = body.response ? await addStaffPasskey(db, rp(c), session, body.response, label) : undefined;
    if (!added) return c.json({ error: 'パスキーを確認できませんでした' }, 400);
    return c.json({ redirect: `${c.get('base')}/account/passkeys?added=1` });
  });

  app.post('/account/passkeys/:id{[A-Za-z0-9_-]+}/remove', async (c) => {
    const staff = c.get('staff');
    if (!staff) return c.redirect(`${c.get('base')}/login`, 303);
    await withTenant(db, staff.municipalityCode, async (tx) => {
      if (await removePasskey(tx, { staffId: staff.id }, c.req.param('id'))) {
        await recordAudit(tx, { municipalityCode: staff.municipalityCode, actorType: 'staff', actorId: staff.id, action: 'staff.passkey_removed', target: `staff:${staff.id}` });
      }
    });
    return c.redirect(`${c.get('base')}/account/passkeys`, 303);
  });

  app.post('/login/passkey/options', async (c) => {
    const session = await pendingSession(db, c);
    if (!session) return c.json({ error: 'もう一度サインインしてください' }, 401);
    return c.json(await staffAuthenticationOptions(db, rp(c), session));
  });

  app.post('/login/passkey', async (c) => {
    const session = await pendingSession(db, c);
    if (!session) return c.json({ error: 'もう一度サインインしてください' }, 401);
    const body = (await c.req.json().catch(() => ({}))) as { response?: never };
    const outcome = body.response ? await verifyStaffPasskey(db, rp(c), session, body.response, clientIp(c)) : { ok: false as const };
    if (!outcome.ok) return c.json({ error: 'パスキーを確認できませんでした' }, 400);
    writeStaffCookie(c, outcome.rawSessionId);
    return c.json({ redirect: `${c.get('base')}/` });
  });
  return app;
}
