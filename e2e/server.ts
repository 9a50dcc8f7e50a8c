import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import type { ServerType } from '@hono/node-server';
import { publicListenOptions } from '../src/app.tsx';
import { closeServer, listen } from '../src/platform/http/listen.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

export interface RunningTestServer {
  app: TestApp;
  publicUrl: string;
  internalUrl: string;
  stop(): Promise<void>;
}

/** Both zones of the real app on free ports, on a fresh database with the demo data. */
export async function startTestServer(): Promise<RunningTestServer> {
  const app = await createTestApp();
  app.publicApp.get('/explode', () => {
    throw new Error('e2e: a failure inside a page');
  });
  const servers: ServerType[] = [await listen(app.publicApp, 0, '127.0.0.1', publicListenOptions(app.services)), await listen(app.internalApp, 0, '127.0.0.1')];
  const [publicUrl, internalUrl] = servers.map((s) => `http://localhost:${(s.address() as AddressInfo).port}`) as [string, string];
  return {
    app,
    publicUrl,
    internalUrl,
    stop: async () => {
      await Promise.all(servers.map(closeServer));
      await app.close();
    },
  };
}

/** Registers hooks that start the app and Chromium for a suite, and gives access to both. */
export function useServerAndBrowser(): { server: () => RunningTestServer; browser: () => Browser } {
  let server: RunningTestServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return { server: () => server!, browser: () => browser! };
}
