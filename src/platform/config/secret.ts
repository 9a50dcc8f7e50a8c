import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';

/**
 * The key for signed tokens. Production must set YAKUBA_SECRET (config enforces it); on a
 * laptop one is made once and kept in the data directory so sign-ins survive a restart.
 */
export function resolveSecret(config: Config): string {
  if (config.YAKUBA_SECRET) return config.YAKUBA_SECRET;
  const file = join(config.YAKUBA_DATA_DIR, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.YAKUBA_DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
