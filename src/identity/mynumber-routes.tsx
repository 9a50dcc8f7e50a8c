import { Hono, type Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { isHttps } from '../platform/http/csrf.ts';
import { returnLocation, safeReturnPath } from '../platform/http/safe-return.ts';
import type { Services } from '../platform/services.ts';
import type { IdentityProvider, IdentityProviderRegistry } from '../platform/identity/provider.ts';
import { writeResidentCookie } from '../platform/identity/resident-session-cookie.ts';
import { requireResident } from './require-resident.ts';
import { notCompletedPage } from './mynumber-pages.tsx';
import { createRelyingParty, SignInNotCompleted, type AuthorizationAttempt, type RelyingParty } from '../platform/identity/oidc/relying-party.ts';
import { completeStepUp, saveAttempt, takeAttempt } from '../platform/identity/oidc/step-up.ts';

const DEFAULT_RETURN = '/mypage';

/** The callback must come back to the host the resident is on, or the session cookie would not be sent. */
function callbackUrl(c: Context<AppEnv>, provider: IdentityProvider): string {
  const url = new URL(c.req.url);
  const protocol = isHttps(c) ? 'https:' : url.protocol;
  return `${protocol}//${url.host}${c.get('base')}${provider.redirectPath}`;
}

/**
 * Step-up to assurance 'high' with the My Number card: a signed-in resident is sent to the
 * identity provider and comes back with the 基本4情報, which are kept in the session for prefill.
 */
export function mynumberRoutes(services: Services, providers: IdentityProviderRegistry): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const parties = new Map<string, RelyingParty>();
  const partyFor = (provider: IdentityProvider) => {
    if (!parties.has(provider.id)) parties.set(provider.id, createRelyingParty(provider));
    return parties.get(provider.id)!;
  };
  // One provider per deployment serves the card sign-in; which one is plugins.ts's choice.
  const enabled = (c: Context<AppEnv>) => (c.get('municipality') ? providers.list()[0] : undefined);

  const fail = (c: Context<AppEnv>, error: unknown, provider: IdentityProvider, attempt?: AuthorizationAttempt) => {
    const reason = error instanceof SignInNotCompleted ? error.reason : 'invalid';
    const cause = error instanceof SignInNotCompleted ? error.cause : error;
    // Code and message only: a cause may carry claims or a response body, which stay out of logs.
    const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause.message : undefined;
    const detail = cause instanceof Error ? { code: (cause as { code?: string }).code, error: cause.message, cause: inner } : {};
    services.logger.warn({ requestId: c.get('requestId'), provider: provider.id, reason, ...detail }, 'mynumber sign-in not completed');
    return notCompletedPage(c, reason, { returnPath: safeReturnPath(c, attempt?.returnPath, DEFAULT_RETURN), sandbox: provider.sandbox === true });
  };

  app.get('/login/mynumber', async (c, next) => (enabled(c) ? next() : c.notFound()), requireResident('low'), async (c) => {
    const provider = enabled(c)!;
    const resident = c.get('resident')!;
    const returnPath = safeReturnPath(c, c.req.query('return'), DEFAULT_RETURN);
    try {
      const { url, attempt } = await partyFor(provider).start(callbackUrl(c, provider), returnPath);
      await saveAttempt(services.db, { municipalityCode: resident.municipalityCode, idHash: resident.sessionIdHash }, attempt);
      c.header('Cache-Control', 'no-store');
      return c.redirect(url.href, 303);
    } catch (error) {
      return fail(c, error, provider, undefined);
    }
  });

  app.get('/login/mynumber/callback', async (c) => {
    const provider = enabled(c);
    if (!provider) return c.notFound();
    const resident = c.get('resident');
    if (!resident) return notCompletedPage(c, 'signed-out', { returnPath: DEFAULT_RETURN, sandbox: provider.sandbox === true });
    const session = { municipalityCode: resident.municipalityCode, idHash: resident.sessionIdHash };
    const attempt = await takeAttempt(services.db, session);
    try {
      if (!attempt) throw new SignInNotCompleted('invalid');
      const info = await partyFor(provider).finish(attempt, new URL(c.req.url).search);
      const identity = { ...info, provider: provider.id, verifiedAt: new Date().toISOString() };
      const rawId = await completeStepUp(services.db, { ...session, residentId: resident.id }, identity);
      if (!rawId) throw new SignInNotCompleted('invalid');
      writeResidentCookie(c, rawId);
      c.header('Cache-Control', 'no-store');
      return c.redirect(returnLocation(c, attempt.returnPath, DEFAULT_RETURN), 303);
    } catch (error) {
      return fail(c, error, provider, attempt);
    }
  });
  return app;
}
