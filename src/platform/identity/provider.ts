import { createRegistry, type Registry } from '../registry.ts';

/**
 * An OpenID Connect provider that proves who a resident is with the My Number card (公的個人認証)
 * and returns the 基本4情報. Yakuba is the relying party; the provider holds the card logic.
 */
export interface IdentityProvider {
  id: string;
  /** The local test provider: says so on every page and is refused in production. */
  sandbox?: boolean;
  /** Shown to residents, e.g. 「マイナンバーカード（テスト用認証）」. */
  label: string;
  /** Issuer identifier; discovery reads `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Path of the callback in the public zone, without the `/m/{code}` prefix. */
  redirectPath: string;
  /** Never a scope for the individual number (個人番号): config refuses one. */
  scopes: string[];
}

export type IdentityProviderRegistry = Registry<IdentityProvider>;

export const MYNUMBER_CALLBACK_PATH = '/login/mynumber/callback';

export function createIdentityProviderRegistry(providers: IdentityProvider[] = []): IdentityProviderRegistry {
  const registry = createRegistry<IdentityProvider>('identity provider');
  for (const provider of providers) registry.register(provider);
  return registry;
}
