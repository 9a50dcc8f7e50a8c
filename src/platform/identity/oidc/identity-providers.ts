import { createHmac } from 'node:crypto';
import type { Config } from '../../config/config.ts';
import { MYNUMBER_CALLBACK_PATH, type IdentityProvider } from '../provider.ts';

export const LOCAL_CLIENT_ID = 'yakuba-local';

/** Where browsers and the relying party reach the local test provider. */
export function localIssuer(config: Config): string {
  return `http://127.0.0.1:${config.LOCAL_IDP_PORT}`;
}

/** Derived from the server secret, so both sides agree without another setting. */
export function localClientSecret(secret: string): string {
  return createHmac('sha256', secret).update('local-idp-client-secret').digest('base64url');
}

/** The test provider started by `yakuba serve` outside production (local-provider.ts). */
export function localIdentityProvider(config: Config, secret: string): IdentityProvider {
  return {
    id: 'local',
    sandbox: true,
    label: 'マイナンバーカード（テスト用認証）',
    issuer: localIssuer(config),
    clientId: LOCAL_CLIENT_ID,
    clientSecret: localClientSecret(secret),
    redirectPath: MYNUMBER_CALLBACK_PATH,
    scopes: ['openid', 'profile', 'address'],
  };
}

/** A real provider (公的個人認証 through an OpenID Connect service) named by MYNUMBER_OIDC. */
export function configuredIdentityProvider(config: Config): IdentityProvider {
  return {
    id: 'mynumber',
    label: 'マイナンバーカード',
    issuer: config.MYNUMBER_OIDC,
    clientId: config.MYNUMBER_OIDC_CLIENT_ID!,
    clientSecret: config.MYNUMBER_OIDC_CLIENT_SECRET!,
    redirectPath: MYNUMBER_CALLBACK_PATH,
    scopes: config.MYNUMBER_OIDC_SCOPES.split(/\s+/).filter(Boolean),
  };
}
