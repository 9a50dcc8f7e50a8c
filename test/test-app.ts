import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createInternalApp, createPublicApp } from '../src/app.tsx';
import { loadConfig } from '../src/platform/config/config.ts';
import { openServices } from '../src/bootstrap.ts';
import { createLogger } from '../src/platform/logger.ts';
import type { Services } from '../src/platform/services.ts';
import { createTestDatabase } from './database.ts';
import { stopSanitisePool } from '../src/platform/files/sanitise-pool.ts';

export interface TestApp {
  services: Services;
  publicApp: ReturnType<typeof createPublicApp>;
  internalApp: ReturnType<typeof createInternalApp>;
  logs: string[];
  close(): Promise<void>;
}

/** The real application on a fresh database with the demo municipalities; logs are captured. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-test-'));
  const config = loadConfig({ YAKUBA_ENV: 'test', YAKUBA_SECRET: 'test-secret-that-is-long-enough-0123456789', YAKUBA_DATA_DIR: dataDir, ...env });
  const database = await createTestDatabase();
  const services = await openServices(config, createLogger('info', sink), { seedDemo: true, database });
  return {
    services,
    publicApp: createPublicApp(services),
    internalApp: createInternalApp(services),
    logs,
    close: async () => {
      await stopSanitisePool();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
