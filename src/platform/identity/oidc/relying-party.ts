import * as client from 'openid-client';
import type { IdentityProvider } from '../provider.ts';
import { basicInfoFromClaims, isComplete, type BasicFourInfo } from './basic-info.ts';

/** What one sign-in attempt must remember between the redirect and the callback (kept server-side). */
export interface AuthorizationAttempt {
  provider: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  returnPath: string;
  startedAt: number;
}

export const ATTEMPT_LIFETIME_MS = 10 * 60_000;

/** Why a callback did not complete; the resident sees the same page either way, the log sees why. */
export class SignInNotCompleted extends Error {
  constructor(readonly reason: 'denied' | 'invalid' | 'unavailable', options?: { cause?: unknown }) {
    super(`My Number sign-in not completed: ${reason}`, options);
  }
}

export interface RelyingParty {
  start(redirectUri: string, returnPath: string): Promise<{ url: URL; attempt: AuthorizationAttempt }>;
  finish(attempt: AuthorizationAttempt, callbackQuery: string): Promise<BasicFourInfo>;
}

/**
 * Authorization code flow with PKCE (S256), state and nonce. openid-client checks state, issuer
 * (`iss` in the response), audience, expiry and nonce; enableNonRepudiationChecks adds the
 * signature check of the ID token against the provider's JWKS, which it skips by default.
 */
export function createRelyingParty(provider: IdentityProvider): RelyingParty {
  let discovered: Promise<client.Configuration> | undefined;

  function configuration(): Promise<client.Configuration> {
    const execute = [client.enableNonRepudiationChecks];
    // Only the local test provider may speak plain HTTP; config refuses it for a real one in production.
    if (new URL(provider.issuer).protocol === 'http:') execute.push(client.allowInsecureRequests);
    discovered ??= client
      .discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, client.ClientSecretBasic(provider.clientSecret), {
        execute,
        timeout: 10,
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw new SignInNotCompleted('unavailable', { cause: error });
      });
    return discovered;
  }

  return {
    async start(redirectUri, returnPath) {
      const config = await configuration();
      const attempt: AuthorizationAttempt = {
        provider: provider.id,
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        redirectUri,
        returnPath,
        startedAt: Date.now(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: provider.scopes.join(' '),
        state: attempt.state,
        nonce: attempt.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(attempt.codeVerifier),
        code_challenge_method: 'S256',
        // A step-up proves the card is here now, so an earlier provider session is not enough.
        prompt: 'login',
      });
      return { url, attempt };
    },

    async finish(attempt, callbackQuery) {
      if (attempt.provider !== provider.id || Date.now() - attempt.startedAt > ATTEMPT_LIFETIME_MS) throw new SignInNotCompleted('invalid');
      const params = new URLSearchParams(callbackQuery);
      // A refusal counts only for this attempt's state; any other error answer is just invalid.
      if (params.has('error')) throw new SignInNotCompleted(params.get('error') === 'access_denied' && params.get('state') === attempt.state ? 'denied' : 'invalid');
      const config = await configuration();
      const currentUrl = new URL(attempt.redirectUri);
      currentUrl.search = params.toString();
      try {
        const tokens = await client.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: attempt.codeVerifier,
          expectedState: attempt.state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims()!;
        let info = basicInfoFromClaims(idToken);
        if (!isComplete(info) && config.serverMetadata().userinfo_endpoint) {
          const userinfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
          info = { ...basicInfoFromClaims(userinfo), ...info };
        }
        return info;
      } catch (error) {
        throw new SignInNotCompleted('invalid', { cause: error });
      }
    },
  };
}
