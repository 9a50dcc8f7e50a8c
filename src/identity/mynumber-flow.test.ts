import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../platform/audit/schema.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { sessions } from '../platform/identity/schema.ts';
import { hashSessionId } from '../platform/identity/session-store.ts';
import { CookieClient } from '../../test/cookie-client.ts';
import { reachCallback, startMynumberFixture, TOWN, type MynumberFixture } from '../../test/mynumber-fixture.ts';

describe('My Number card step-up through the local OpenID provider', () => {
  let fx: MynumberFixture;
  before(async () => {
    fx = await startMynumberFixture();
  });
  after(() => fx?.stop());

  const sessionOf = (rawId: string) =>
    withTenant(fx.app.services.db, TOWN, async (tx) => (await tx.select().from(sessions).where(eq(sessions.idHash, hashSessionId(rawId))))[0]);

  it('sends a resident who is not signed in to the sign-in page first', async () => {
    const response = await new CookieClient().request(`${fx.publicUrl}/m/${TOWN}/login/mynumber`);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `/m/${TOWN}/login?return=${encodeURIComponent('/login/mynumber')}`);
  });

  it('asks the provider with PKCE S256, state, nonce and no scope for the individual number', async () => {
    const client = new CookieClient();
    await fx.signIn(client, 'pkce@example.jp');
    const response = await client.request(`${fx.publicUrl}/m/${TOWN}/login/mynumber`);
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.origin, fx.proxy.url);
    assert.equal(location.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(location.searchParams.get('code_challenge'));
    assert.ok(location.searchParams.get('state'));
    assert.ok(location.searchParams.get('nonce'));
    assert.equal(location.searchParams.get('scope'), 'openid profile address');
    assert.equal(location.searchParams.get('redirect_uri'), `${fx.publicUrl}/m/${TOWN}/login/mynumber/callback`);
  });

  it('keeps only a way back to this site through the card step-up', async () => {
    const client = new CookieClient();
    const rawId = await fx.signIn(client, 'bypass@example.jp');
    for (const [bypass, kept] of [['/%09/evil.example/', '/'], ['/%0A', '/'], ['//evil.example', '/'], ['/mypage%3Ftab%3D2', '/mypage?tab=2']] as const) {
      const start = await client.request(`${fx.publicUrl}/m/${TOWN}/login/mynumber?return=${bypass}`);
      assert.equal(start.status, 303, bypass);
      await start.body?.cancel();
      const attempt = ((await sessionOf(rawId))!.data as { mynumberAttempt?: { returnPath: string } }).mynumberAttempt;
      assert.equal(attempt?.returnPath, kept, bypass);
    }
  });

  it('raises the session to high with the 基本4情報, in a new session, audited without personal data', async () => {
    const client = new CookieClient();
    const before = await fx.signIn(client, 'hanako@example.jp');
    const visit = await reachCallback(fx, client);
    for (const page of visit.pages) {
      assert.match(page, /<html lang="ja">/);
      assert.match(page, /テスト用認証（本番では使用できません）/);
      assert.doesNotMatch(page, /<script|<style|style=/);
    }
    assert.match(visit.pages[0]!, /<label for="holder-0">/);
    const callback = await client.request(visit.callbackUrl);
    assert.equal(callback.status, 303);
    assert.equal(callback.headers.get('location'), `/m/${TOWN}/mypage?tab=1`);
    const after = client.cookies.get('yakuba_resident')!;
    assert.notEqual(after, before);
    assert.equal(await sessionOf(before), undefined, 'the old session id is worthless');
    const session = (await sessionOf(after))!;
    assert.equal(session.assurance, 'high');
    const data = session.data as Record<string, Record<string, unknown>>;
    assert.equal(data.mynumberAttempt, undefined);
    const { verifiedAt, ...identity } = data.verifiedIdentity!;
    assert.deepEqual(identity, { name: '二宮 花子', address: '神奈川県中郡二宮町二宮1240番地の3', birthdate: '1986-04-12', gender: 'female', provider: 'local' });
    assert.ok(!Number.isNaN(Date.parse(String(verifiedAt))));

    const events = await withTenant(fx.app.services.db, TOWN, (tx) =>
      tx.select().from(auditEvents).where(and(eq(auditEvents.action, 'resident.step_up'), eq(auditEvents.actorId, session.residentId!))),
    );
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]!.detail, { method: 'mynumber', provider: 'local' });
    const logs = fx.app.logs.join('');
    assert.doesNotMatch(logs, /eyJ|二宮 花子|1986-04-12/, 'no token and no personal data in the logs');
  });

  it('refuses the same callback a second time, and keeps the session as it is', async () => {
    const client = new CookieClient();
    await fx.signIn(client, 'replay@example.jp');
    const { callbackUrl } = await reachCallback(fx, client, { holder: 'sample-ishikawa-kenichi' });
    assert.equal((await client.request(callbackUrl)).status, 303);
    const raised = client.cookies.get('yakuba_resident')!;
    const replay = await client.request(callbackUrl);
    assert.equal(replay.status, 400);
    const html = await replay.text();
    assert.match(html, /本人確認が完了しませんでした/);
    assert.match(html, /もう一度マイナンバーカードで本人確認する/);
    assert.match(html, /テスト用認証（本番では使用できません）/);
    assert.equal(client.cookies.get('yakuba_resident'), raised);
    assert.equal((await sessionOf(raised))!.assurance, 'high');
  });

  it('refuses a callback in another browser, whose session started no attempt', async () => {
    const client = new CookieClient();
    await fx.signIn(client, 'victim@example.jp');
    const { callbackUrl } = await reachCallback(fx, client);
    const other = new CookieClient();
    const rawId = await fx.signIn(other, 'attacker@example.jp');
    assert.equal((await other.request(callbackUrl)).status, 400);
    assert.equal((await sessionOf(rawId))!.assurance, 'low');
  });

  it('explains a refused consent and keeps the resident signed in at the same level', async () => {
    const client = new CookieClient();
    const rawId = await fx.signIn(client, 'deny@example.jp');
    const { callbackUrl } = await reachCallback(fx, client, { deny: true });
    assert.equal(new URL(callbackUrl).searchParams.get('error'), 'access_denied');
    const response = await client.request(callbackUrl);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /同意されなかったため/);
    assert.equal((await sessionOf(rawId))!.assurance, 'low');
  });
});
