/** Where uploaded files live once they exist: local disk by default, object storage at scale. */
export interface FileStore {
  id: string;
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<{ bytes: Buffer; contentType: string } | undefined>;
  delete(key: string): Promise<void>;
}

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`invalid storage key ${JSON.stringify(key.slice(0, 80))}`);
    this.name = 'InvalidStorageKeyError';
  }
}

const MAX_KEY_LENGTH = 512;
// Segments of [a-z0-9_-] joined by single slashes: no dots means no "..", no extension games and
// no clash with the backends' own suffixes; no leading slash means never absolute.
const KEY_PATTERN = /^[a-z0-9_-]+(?:\/[a-z0-9_-]+)*$/;

export function isValidStorageKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key);
}

export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(key);
}

const CONTENT_TYPE_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(?:; ?[a-z0-9_-]+=[a-z0-9_.-]+)*$/i;

export function assertValidContentType(contentType: string): void {
  if (contentType.length > 200 || !CONTENT_TYPE_PATTERN.test(contentType)) {
    throw new TypeError(`invalid content type ${JSON.stringify(contentType.slice(0, 80))}`);
  }
}
