import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { publicListenOptions } from '../src/app.tsx';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { closeServer, listen } from '../src/platform/http/listen.ts';
import { LOCAL_CLIENT_ID, localClientSecret } from '../src/platform/identity/oidc/identity-providers.ts';
import { startLocalProvider, type RunningLocalProvider } from '../src/platform/identity/oidc/local-provider.ts';
import { MYNUMBER_CALLBACK_PATH } from '../src/platform/identity/provider.ts';
import { residents } from '../src/platform/identity/schema.ts';
import { createSession, RESIDENT_ABSOLUTE_HOURS } from '../src/platform/identity/session-store.ts';
import type { CookieClient } from './cookie-client.ts';
import { startTamperingProxy, type TamperingProxy } from './oidc-proxy.ts';
import { createTestApp, type TestApp } from './test-app.ts';

export const TOWN = '143421';
const isCallback = (url: URL) => url.pathname.endsWith(MYNUMBER_CALLBACK_PATH);

/** The pages a person goes through at the provider, as plain requests; returns each page's HTML. */
export interface ProviderVisit {
  callbackUrl: string;
  pages: string[];
}

/**
 * From `/login/mynumber` through the provider's sign-in and consent pages, up to (not into) the
 * callback of the public zone. `deny` answers 同意しない at the consent page.
 */
export async function reachCallback(fx: MynumberFixture, client: CookieClient, options: { holder?: string; deny?: boolean; beforeProvider?: () => Promise<void> } = {}): Promise<ProviderVisit> {
  const startUrl = `${fx.publicUrl}/m/${TOWN}/login/mynumber?return=${encodeURIComponent('/mypage?tab=1')}`;
  const start = await client.request(startUrl);
  if (start.status !== 303) throw new Error(`start answered ${start.status}`);
  await options.beforeProvider?.();
  const pages: string[] = [];
  let { response, url } = await client.follow(start, startUrl, isCallback);
  for (const step of ['login', options.deny ? 'abort' : 'confirm'] as const) {
    if (isCallback(new URL(url))) break;
    const html = await response.text();
    pages.push(html);
    const action = new RegExp(`action="([^"]*/${step})"`).exec(html)?.[1];
    if (!action) throw new Error(`no ${step} form at ${url} (status ${response.status})`);
    const form: Record<string, string> = step === 'login' ? { holder: options.holder ?? 'sample-ninomiya-hanako' } : {};
    const posted = await client.post(new URL(action, url).href, form);
    ({ response, url } = await client.follow(posted, new URL(action, url).href, isCallback));
  }
  await response.body?.cancel();
  if (!isCallback(new URL(url))) throw new Error(`did not reach the callback: ${url}`);
  return { callbackUrl: url, pages };
}

export interface MynumberFixture {
  app: TestApp;
  publicUrl: string;
  proxy: TamperingProxy;
  idp: RunningLocalProvider;
  /** A resident signed in by e-mail (assurance low), as the resident sign-in would leave them. */
  signIn(client: CookieClient, email: string): Promise<string>;
  stop(): Promise<void>;
}

/** The public zone on a real port and the local provider behind a tampering proxy (its issuer). */
export async function startMynumberFixture(env: Record<string, string> = {}): Promise<MynumberFixture> {
  const proxy = await startTamperingProxy();
  const app = await createTestApp({ MYNUMBER_OIDC: 'local', LOCAL_IDP_PORT: String(proxy.port), ...env });
  const server: ServerType = await listen(app.publicApp, 0, '127.0.0.1', publicListenOptions(app.services));
  const publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp = await startLocalProvider({
    issuer: proxy.url,
    port: 0,
    host: '127.0.0.1',
    clientId: LOCAL_CLIENT_ID,
    clientSecret: localClientSecret(app.services.secret),
    redirectUris: [`${publicUrl}/m/${TOWN}${MYNUMBER_CALLBACK_PATH}`],
    cookieSecret: 'cookie-secret-for-the-local-provider-tests',
  });
  proxy.target = idp.port;
  return {
    app,
    publicUrl,
    proxy,
    idp,
    async signIn(client, email) {
      const rawId = await withTenant(app.services.db, TOWN, async (tx) => {
        await tx.insert(residents).values({ municipalityCode: TOWN, email }).onConflictDoNothing();
        const [resident] = await tx.select().from(residents).where(eq(residents.email, email));
        return createSession(tx, { municipalityCode: TOWN, zone: 'public', stage: 'signed-in', residentId: resident!.id, assurance: 'low', lifetimeHours: RESIDENT_ABSOLUTE_HOURS });
      });
      client.cookies.set('yakuba_resident', rawId);
      return rawId;
    },
    async stop() {
      await Promise.all([closeServer(server), idp.stop(), proxy.close()]);
      await app.close();
    },
  };
}
