import { createHmac } from 'node:crypto';
import type { Config } from '../../config/config.ts';
import type { Logger } from '../../logger.ts';
import type { Municipality } from '../../tenancy/municipality.ts';
import { MYNUMBER_CALLBACK_PATH } from '../provider.ts';
import { LOCAL_CLIENT_ID, localClientSecret, localIssuer } from './identity-providers.ts';
import type { RunningLocalProvider } from './local-provider.ts';

/** Every address of the public zone a resident may use on this machine, for the client registration. */
export function localRedirectUris(config: Config, municipalities: Municipality[]): string[] {
  const configured = config.PUBLIC_BASE_URL ? new URL(config.PUBLIC_BASE_URL) : undefined;
  const protocol = configured?.protocol ?? 'http:';
  const port = configured ? configured.port : String(config.PUBLIC_PORT);
  const hosts = configured ? [configured.hostname] : ['localhost', '127.0.0.1'];
  const uris: string[] = [];
  for (const host of hosts) {
    const origin = `${protocol}//${host}${port ? `:${port}` : ''}`;
    uris.push(`${origin}${MYNUMBER_CALLBACK_PATH}`, ...municipalities.map((m) => `${origin}/m/${m.code}${MYNUMBER_CALLBACK_PATH}`));
  }
  for (const host of municipalities.flatMap((m) => m.hosts)) uris.push(`${protocol}//${host}${port ? `:${port}` : ''}${MYNUMBER_CALLBACK_PATH}`);
  return [...new Set(uris)];
}

/**
 * Starts the test provider for `yakuba serve` when MYNUMBER_OIDC=local. Loaded on demand, so a
 * production process never even imports oidc-provider. A busy port is not fatal for a sandbox:
 * the rest of the town hall runs, and the card sign-in says the service is unavailable.
 */
export async function startConfiguredLocalProvider(
  config: Config,
  secret: string,
  municipalities: Municipality[],
  logger: Logger,
): Promise<RunningLocalProvider | undefined> {
  if (config.YAKUBA_ENV === 'production') throw new Error('the test identity provider is refused when YAKUBA_ENV=production');
  const { startLocalProvider } = await import('./local-provider.ts');
  try {
    return await startLocalProvider({
      issuer: localIssuer(config),
      port: config.LOCAL_IDP_PORT,
      host: config.YAKUBA_BIND,
      clientId: LOCAL_CLIENT_ID,
      clientSecret: localClientSecret(secret),
      redirectUris: localRedirectUris(config, municipalities),
      cookieSecret: createHmac('sha256', secret).update('local-idp-cookies').digest('base64url'),
      onError: (error) => logger.error({ err: error }, 'local identity provider error'),
    });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    logger.warn({ port: config.LOCAL_IDP_PORT }, 'テスト用認証を起動できませんでした: the local identity provider port is in use (set LOCAL_IDP_PORT)');
    return undefined;
  }
}
