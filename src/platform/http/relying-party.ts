import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import type { RelyingParty } from '../identity/passkeys.ts';

/**
 * Passkeys are bound to the host name the browser shows. Behind a proxy the configured base
 * address of the zone is the truth; on a laptop the request's own address is.
 */
export function relyingPartyFor(c: Context<AppEnv>, configuredBaseUrl: string | undefined, rpName: string): RelyingParty {
  const origin = new URL(configuredBaseUrl ?? c.req.url).origin;
  return { rpID: new URL(origin).hostname, rpName, origin };
}
