import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { parseAuditKey } from './audit-key.ts';
import { ConfigError, loadConfig } from './config.ts';

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.message;
  }
  assert.fail('expected a configuration error');
}

describe('configuration from the environment', () => {
  it('has working defaults for a laptop', () => {
    const config = loadConfig({});
    assert.equal(config.YAKUBA_ENV, 'development');
    assert.equal(config.PUBLIC_PORT, 3000);
    assert.equal(config.INTERNAL_PORT, 3001);
    assert.equal(config.DATABASE_URL, undefined);
    assert.equal(config.secretIsEphemeral, true);
  });

  it('names the variable and what it expects in one line', () => {
    const message = configError({ PUBLIC_PORT: 'abc' });
    assert.match(message, /PUBLIC_PORT/);
    assert.match(message, /1〜65535/);
    assert.match(message, /"abc"/);
    assert.equal(message.split('\n').length, 1);
    assert.match(configError({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL .*postgres:\/\//);
    assert.match(configError({ YAKUBA_ENV: 'prod' }), /YAKUBA_ENV .*production/);
    assert.match(configError({ YAKUBA_SECRET: 'short' }), /YAKUBA_SECRET .*32/);
    assert.match(configError({ PUBLIC_PORT: '4000', INTERNAL_PORT: '4000' }), /INTERNAL_PORT must differ/);
  });

  it('requires the production settings in production', () => {
    assert.match(configError({ YAKUBA_ENV: 'production' }), /DATABASE_URL must be set/);
    const complete = {
      YAKUBA_ENV: 'production',
      DATABASE_URL: 'postgres://db/yakuba',
      YAKUBA_SECRET: 'x'.repeat(40),
      SMTP_URL: 'smtp://mail.example.jp:587',
      MAIL_FROM: 'no-reply@town.example.jp',
      PUBLIC_BASE_URL: 'https://town.example.jp',
      YAKUBA_AUDIT_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    };
    assert.equal(loadConfig(complete).YAKUBA_ENV, 'production');
    const { YAKUBA_AUDIT_KEY: _key, ...withoutKey } = complete;
    assert.match(configError(withoutKey), /YAKUBA_AUDIT_KEY must be set when YAKUBA_ENV=production/);
  });

  it('takes the audit key as PEM or base64 PKCS#8, refuses another kind of key without printing it', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    assert.equal(parseAuditKey(pem).keyId, parseAuditKey(pem.replaceAll('\n', '\\n')).keyId, 'a PEM with escaped line breaks');
    assert.equal(parseAuditKey(privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')).keyId, parseAuditKey(pem).keyId);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const message = configError({ YAKUBA_AUDIT_KEY: rsa });
    assert.match(message, /YAKUBA_AUDIT_KEY must be an Ed25519 private key/);
    assert.doesNotMatch(message, /BEGIN/, 'the key is not repeated');
    assert.match(configError({ YAKUBA_AUDIT_KEY: 'not a key' }), /^[^\n]*YAKUBA_AUDIT_KEY must be an Ed25519 private key[^\n]*$/);
    assert.match(configError({ YAKUBA_AUDIT_CHECKPOINT_MINUTES: '0' }), /YAKUBA_AUDIT_CHECKPOINT_MINUTES must be an integer between 1 and 1440/);
  });
});
