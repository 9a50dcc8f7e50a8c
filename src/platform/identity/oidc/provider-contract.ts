import { it } from 'node:test';
import assert from 'node:assert/strict';
import { MYNUMBER_CALLBACK_PATH, type IdentityProvider } from '../provider.ts';
import { createRelyingParty } from './relying-party.ts';

/**
 * What every identity provider plugin must satisfy; each implementation's test calls this with
 * a running instance. A real provider runs it against its staging issuer.
 */
export function identityProviderContract(provider: () => IdentityProvider): void {
  it('publishes discovery metadata for its own issuer with PKCE S256 and signed ID tokens', async () => {
    const p = provider();
    const response = await fetch(`${p.issuer}/.well-known/openid-configuration`);
    assert.equal(response.status, 200);
    const metadata = (await response.json()) as Record<string, unknown>;
    assert.equal(metadata.issuer, p.issuer);
    for (const endpoint of ['authorization_endpoint', 'token_endpoint', 'jwks_uri']) assert.equal(typeof metadata[endpoint], 'string', endpoint);
    assert.ok((metadata.code_challenge_methods_supported as string[]).includes('S256'));
    assert.ok(!(metadata.id_token_signing_alg_values_supported as string[]).includes('none'));
    for (const scope of p.scopes) assert.ok((metadata.scopes_supported as string[]).includes(scope), `scope ${scope} is supported`);
  });

  it('asks only for openid and the 基本4情報, never for the individual number', () => {
    const p = provider();
    assert.ok(p.scopes.includes('openid'));
    for (const scope of p.scopes) assert.doesNotMatch(scope, /number|individual|kojin/i);
    assert.equal(p.redirectPath, MYNUMBER_CALLBACK_PATH);
    if (p.sandbox) assert.match(p.label, /テスト/);
  });

  it('starts an authorization with S256, state and nonce', async () => {
    const p = provider();
    const { url, attempt } = await createRelyingParty(p).start(`http://127.0.0.1/m/143421${p.redirectPath}`, '/mypage');
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(url.searchParams.get('state'), attempt.state);
    assert.equal(url.searchParams.get('nonce'), attempt.nonce);
    assert.notEqual(url.searchParams.get('code_challenge'), attempt.codeVerifier);
  });
}
