import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { sessions } from '../platform/identity/schema.ts';
import { hashSessionId } from '../platform/identity/session-store.ts';
import { CookieClient } from '../../test/cookie-client.ts';
import { reachCallback, startMynumberFixture, TOWN, type MynumberFixture } from '../../test/mynumber-fixture.ts';
import type { Tamper } from '../../test/oidc-proxy.ts';

type Jwt = [header: string, payload: string, signature: string];

/** Rewrites the ID token in the token endpoint's answer on its way to the relying party. */
function onIdToken(change: (jwt: Jwt) => string): Tamper {
  return (path, body) => {
    if (!path.startsWith('/token')) return undefined;
    const json = JSON.parse(body.toString('utf8')) as { id_token?: string };
    if (!json.id_token) return undefined;
    json.id_token = change(json.id_token.split('.') as Jwt);
    return Buffer.from(JSON.stringify(json));
  };
}

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('the relying party refuses what it cannot trust', () => {
  let fx: MynumberFixture;
  let count = 0;
  before(async () => {
    fx = await startMynumberFixture();
  });
  beforeEach(() => {
    fx.proxy.tamper = undefined;
  });
  after(() => fx?.stop());

  const assuranceOf = async (rawId: string) =>
    withTenant(fx.app.services.db, TOWN, async (tx) => (await tx.select().from(sessions).where(eq(sessions.idHash, hashSessionId(rawId))))[0]?.assurance);

  /** Runs the whole flow with `prepare` applied, and expects the refusal page with nothing changed. */
  async function expectRefused(because: RegExp, prepare: { tamper?: Tamper; beforeProvider?: (rawId: string) => Promise<void>; callback?: (url: URL) => void }) {
    const client = new CookieClient();
    const rawId = await fx.signIn(client, `refused-${++count}@example.jp`);
    const visit = await reachCallback(fx, client, { beforeProvider: () => prepare.beforeProvider?.(rawId) ?? Promise.resolve() });
    fx.proxy.tamper = prepare.tamper;
    const url = new URL(visit.callbackUrl);
    prepare.callback?.(url);
    const response = await client.request(url.href);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /マイナンバーカードによる本人確認が完了しませんでした/);
    assert.equal(client.cookies.get('yakuba_resident'), rawId, 'the session cookie is unchanged');
    assert.equal(await assuranceOf(rawId), 'low');
    // The resident sees one page; the log says which check refused it.
    const logged = fx.app.logs.filter((line) => line.includes('mynumber sign-in not completed')).at(-1) ?? '';
    assert.match(JSON.parse(logged).cause, because);
  }

  it('says the service is unavailable when the provider cannot be reached, and tries again next time', async () => {
    const client = new CookieClient();
    const rawId = await fx.signIn(client, 'unreachable@example.jp');
    const target = fx.proxy.target;
    fx.proxy.target = 1;
    try {
      const response = await client.request(`${fx.publicUrl}/m/${TOWN}/login/mynumber`);
      assert.equal(response.status, 503);
      assert.match(await response.text(), /接続できません/);
      assert.equal(await assuranceOf(rawId), 'low');
    } finally {
      fx.proxy.target = target;
    }
    assert.equal((await client.request(`${fx.publicUrl}/m/${TOWN}/login/mynumber`)).status, 303);
  });

  it('accepts the untouched flow through the same proxy (the refusals below are not accidents)', async () => {
    const client = new CookieClient();
    await fx.signIn(client, 'untouched@example.jp');
    fx.proxy.tamper = onIdToken((jwt) => jwt.join('.'));
    const { callbackUrl } = await reachCallback(fx, client);
    assert.equal((await client.request(callbackUrl)).status, 303);
    assert.equal(await assuranceOf(client.cookies.get('yakuba_resident')!), 'high');
  });

  it('refuses an ID token whose payload was changed after signing', async () => {
    await expectRefused(/signature verification failed/, {
      tamper: onIdToken(([header, payload, signature]) => [header, encode({ ...decode(payload), name: '二宮 花夫' }), signature].join('.')),
    });
  });

  it('refuses an ID token signed with a key that is not in the provider’s JWKS', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await expectRefused(/signature verification failed/, {
      tamper: onIdToken(([header, payload]) => {
        const forged = sign('sha256', Buffer.from(`${header}.${payload}`), { key: privateKey, dsaEncoding: 'ieee-p1363' });
        return [header, payload, forged.toString('base64url')].join('.');
      }),
    });
  });

  it('refuses a callback whose state does not match the attempt', async () => {
    await expectRefused(/"state"/, { callback: (url) => url.searchParams.set('state', 'not-the-state-we-sent') });
  });

  it('refuses an ID token whose nonce is not the one of this attempt', async () => {
    await expectRefused(/"nonce"/, {
      beforeProvider: (rawId) =>
        withTenant(fx.app.services.db, TOWN, async (tx) => {
          await tx
            .update(sessions)
            .set({ data: sql`jsonb_set(${sessions.data}, '{mynumberAttempt,nonce}', '"a-nonce-of-another-attempt"')` })
            .where(eq(sessions.idHash, hashSessionId(rawId)));
        }),
    });
  });

  it('refuses a code from another issuer (mix-up): the iss parameter must be the provider’s', async () => {
    await expectRefused(/"iss"/, { callback: (url) => url.searchParams.set('iss', 'http://127.0.0.1:1') });
  });
});
