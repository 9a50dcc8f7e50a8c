import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig, type Config } from '../../config/config.ts';
import { selectIdentityProviders } from '../../../plugins.ts';
import { startConfiguredLocalProvider } from './start-local-provider.ts';

const production = {
  YAKUBA_ENV: 'production',
  DATABASE_URL: 'postgres://db/yakuba',
  YAKUBA_SECRET: 'x'.repeat(40),
  SMTP_URL: 'smtp://mail.example.jp:587',
  MAIL_FROM: 'no-reply@town.example.jp',
  PUBLIC_BASE_URL: 'https://town.example.jp',
  YAKUBA_AUDIT_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
};

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    assert.equal(error.message.split('\n').length, 1, 'one line');
    return error.message;
  }
  assert.fail('expected a configuration error');
}

describe('choosing the My Number card provider (MYNUMBER_OIDC)', () => {
  it('uses the local test provider by default outside production, and none in production', () => {
    assert.equal(loadConfig({}).MYNUMBER_OIDC, 'local');
    assert.equal(loadConfig({}).LOCAL_IDP_PORT, 3002);
    assert.equal(loadConfig(production).MYNUMBER_OIDC, 'off');
    assert.equal(selectIdentityProviders(loadConfig(production), 's').list().length, 0);
    const local = selectIdentityProviders(loadConfig({ YAKUBA_ENV: 'test' }), 's').list();
    assert.deepEqual(local.map((p) => [p.id, p.sandbox, p.issuer]), [['local', true, 'http://127.0.0.1:3002']]);
  });

  it('refuses to start the local test provider in production, in one clear line', async () => {
    assert.match(refusal({ ...production, MYNUMBER_OIDC: 'local' }), /MYNUMBER_OIDC=local .*refused when YAKUBA_ENV=production.*本番環境では使用できません/);
    const forged = { ...loadConfig({}), YAKUBA_ENV: 'production' } as Config;
    assert.throws(() => selectIdentityProviders(forged, 's'), /テスト用認証は本番環境では使用できません/);
    await assert.rejects(startConfiguredLocalProvider(forged, 's', [], undefined as never), /refused when YAKUBA_ENV=production/);
  });

  it('takes a real provider by its issuer URL, with client id and secret', () => {
    const env = { ...production, MYNUMBER_OIDC: 'https://idp.example.jp', MYNUMBER_OIDC_CLIENT_ID: 'town', MYNUMBER_OIDC_CLIENT_SECRET: 'secret' };
    const [provider] = selectIdentityProviders(loadConfig(env), 's').list();
    assert.deepEqual([provider!.issuer, provider!.clientId, provider!.sandbox, provider!.scopes], ['https://idp.example.jp', 'town', undefined, ['openid', 'profile', 'address']]);
    assert.match(refusal({ ...production, MYNUMBER_OIDC: 'https://idp.example.jp' }), /MYNUMBER_OIDC_CLIENT_ID must be set/);
    assert.match(refusal({ ...env, MYNUMBER_OIDC: 'http://idp.example.jp' }), /must be an https:\/\/ issuer URL/);
    assert.match(refusal({ MYNUMBER_OIDC: 'somewhere' }), /MYNUMBER_OIDC must be local, off or the issuer URL/);
    assert.match(refusal({ MYNUMBER_OIDC_SCOPES: 'openid mynumber' }), /個人番号のスコープは指定できません/);
    assert.match(refusal({ LOCAL_IDP_PORT: '3000' }), /LOCAL_IDP_PORT must differ/);
  });
});
