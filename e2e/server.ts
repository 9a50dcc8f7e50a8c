import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import type { ServerType } from '@hono/node-server';
import { publicListenOptions } from '../src/app.tsx';
import { closeServer, listen } from '../src/platform/http/listen.ts';
import { LOCAL_CLIENT_ID, localClientSecret } from '../src/platform/identity/oidc/identity-providers.ts';
import { MYNUMBER_CALLBACK_PATH } from '../src/platform/identity/provider.ts';
import { startTamperingProxy } from '../test/oidc-proxy.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

export interface RunningTestServer {
  app: TestApp;
  publicUrl: string;
  internalUrl: string;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /**
   * Also run the local test provider of the My Number card sign-in (as `MYNUMBER_OIDC=local`), so
   * a resident can step up to assurance 'high' in the browser. Its address is a proxy on a free
   * port, known before the app is configured; the provider behind it starts once the app listens.
   */
  mynumber?: boolean;
}

/** Both zones of the real app on free ports, on a fresh database with the demo data. */
export async function startTestServer(options: TestServerOptions = {}): Promise<RunningTestServer> {
  const proxy = options.mynumber ? await startTamperingProxy() : undefined;
  const app = await createTestApp(proxy ? { MYNUMBER_OIDC: 'local', LOCAL_IDP_PORT: String(proxy.port) } : {});
  app.publicApp.get('/explode', () => {
    throw new Error('e2e: a failure inside a page');
  });
  const servers: ServerType[] = [await listen(app.publicApp, 0, '127.0.0.1', publicListenOptions(app.services)), await listen(app.internalApp, 0, '127.0.0.1')];
  const [publicUrl, internalUrl] = servers.map((s) => `http://localhost:${(s.address() as AddressInfo).port}`) as [string, string];
  const idp = proxy
    ? await (await import('../src/platform/identity/oidc/local-provider.ts')).startLocalProvider({
        issuer: proxy.url,
        port: 0,
        host: '127.0.0.1',
        clientId: LOCAL_CLIENT_ID,
        clientSecret: localClientSecret(app.services.secret),
        redirectUris: [`${publicUrl}/m/143421${MYNUMBER_CALLBACK_PATH}`],
        cookieSecret: 'cookie-secret-for-the-e2e-tests',
      })
    : undefined;
  if (proxy && idp) proxy.target = idp.port;
  return {
    app,
    publicUrl,
    internalUrl,
    stop: async () => {
      await Promise.all([...servers.map(closeServer), idp?.stop(), proxy?.close()]);
      await app.close();
    },
  };
}

/** Registers hooks that start the app and Chromium for a suite, and gives access to both. */
export function useServerAndBrowser(options: TestServerOptions = {}): { server: () => RunningTestServer; browser: () => Browser } {
  let server: RunningTestServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startTestServer(options);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return { server: () => server!, browser: () => browser! };
}
