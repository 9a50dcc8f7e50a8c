import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';

/** The Ed25519 key that signs audit checkpoints. It is never stored in the database. */
export interface AuditSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** First 16 hex digits of the SHA-256 of the public key (SPKI, DER): names the key in each checkpoint. */
  keyId: string;
}

/** Reads a PEM private key (real or "\n"-escaped line breaks) or base64 PKCS#8 DER; throws if it is not Ed25519. */
export function parseAuditKey(text: string): AuditSigningKey {
  const value = text.trim().replace(/\\n/g, '\n');
  const privateKey = value.startsWith('-----BEGIN')
    ? createPrivateKey({ key: value, format: 'pem' })
    : createPrivateKey({ key: Buffer.from(value, 'base64'), format: 'der', type: 'pkcs8' });
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new TypeError(`an Ed25519 key is needed, got ${privateKey.asymmetricKeyType}`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: auditKeyId(publicKey) };
}

export function isAuditKey(text: string): boolean {
  try {
    parseAuditKey(text);
    return true;
  } catch {
    return false;
  }
}

export function auditKeyId(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/**
 * YAKUBA_AUDIT_KEY (production must set it; config enforces that); on a laptop a key is made
 * once and kept in the data directory, next to the development secret.
 */
export function resolveAuditKey(config: Config): AuditSigningKey {
  if (config.YAKUBA_AUDIT_KEY) return parseAuditKey(config.YAKUBA_AUDIT_KEY);
  const file = join(config.YAKUBA_DATA_DIR, 'audit-key.pem');
  if (existsSync(file)) return parseAuditKey(readFileSync(file, 'utf8'));
  mkdirSync(config.YAKUBA_DATA_DIR, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  return parseAuditKey(pem);
}
