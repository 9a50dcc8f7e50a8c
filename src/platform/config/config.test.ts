import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
    };
    assert.equal(loadConfig(complete).YAKUBA_ENV, 'production');
  });
});
