import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../config/config.ts';
import type { IdentityProvider } from '../provider.ts';
import { localIdentityProvider } from './identity-providers.ts';
import { startLocalProvider, type RunningLocalProvider } from './local-provider.ts';
import { identityProviderContract } from './provider-contract.ts';
import { localRedirectUris, startConfiguredLocalProvider } from './start-local-provider.ts';

const SECRET = 'test-secret-that-is-long-enough-0123456789';

describe('local OpenID provider (テスト用認証)', () => {
  let idp: RunningLocalProvider;
  let provider: IdentityProvider;
  before(async () => {
    const config = loadConfig({ YAKUBA_ENV: 'test', YAKUBA_SECRET: SECRET });
    idp = await startLocalProvider({
      port: 0,
      host: '127.0.0.1',
      clientId: 'yakuba-local',
      clientSecret: localIdentityProvider(config, SECRET).clientSecret,
      redirectUris: ['http://127.0.0.1:3000/m/143421/login/mynumber/callback'],
      cookieSecret: 'another-secret-for-the-cookies',
    });
    provider = { ...localIdentityProvider(config, SECRET), issuer: idp.issuer };
  });
  after(() => idp?.stop());

  identityProviderContract(() => provider);

  it('answers its own pages in Japanese, with the banner, strict CSP and no inline code', async () => {
    for (const path of ['/interaction/unknown', '/auth?client_id=nobody&response_type=code&scope=openid']) {
      const response = await fetch(`${idp.issuer}${path}`);
      assert.equal(response.status, 400, path);
      const html = await response.text();
      assert.match(html, /<html lang="ja">/);
      assert.match(html, /テスト用認証（本番では使用できません）/);
      assert.doesNotMatch(html, /<script|<style|style=/);
      assert.match(response.headers.get('content-security-policy')!, /default-src 'none'; style-src 'self'/);
    }
    const css = await fetch(`${idp.issuer}/local-idp.css`);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  });

  it('registers the callback for every address of the public zone on this machine', () => {
    const config = loadConfig({ YAKUBA_ENV: 'test', YAKUBA_SECRET: SECRET });
    const uris = localRedirectUris(config, [{ code: '143421', hosts: ['ninomiya.localhost'] }] as never);
    assert.ok(uris.includes('http://localhost:3000/m/143421/login/mynumber/callback'));
    assert.ok(uris.includes('http://127.0.0.1:3000/login/mynumber/callback'));
    assert.ok(uris.includes('http://ninomiya.localhost:3000/login/mynumber/callback'));
  });
});

describe('starting the local provider with `yakuba serve`', () => {
  it('keeps the town hall running when its port is taken, and says so in the log', async () => {
    const busy = await startLocalProvider({ port: 0, host: '127.0.0.1', clientId: 'c', clientSecret: 's', redirectUris: ['http://127.0.0.1:1/cb'], cookieSecret: 'k' });
    const warnings: string[] = [];
    const logger = { warn: (_detail: unknown, message: string) => warnings.push(message), error: () => {} } as never;
    const config = loadConfig({ YAKUBA_ENV: 'test', YAKUBA_SECRET: SECRET, LOCAL_IDP_PORT: String(busy.port) });
    try {
      assert.equal(await startConfiguredLocalProvider(config, SECRET, [], logger), undefined);
      assert.match(warnings[0]!, /LOCAL_IDP_PORT/);
    } finally {
      await busy.stop();
    }
  });
});
