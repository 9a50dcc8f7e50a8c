import { createHash } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { assertValidContentType, assertValidStorageKey, isValidStorageKey, type FileStore } from './file-store.ts';

export interface S3StoreOptions {
  id?: string;
  /** e.g. https://s3.ap-northeast-1.amazonaws.com, or a MinIO / other S3-compatible endpoint. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** Prepended to every key, e.g. "yakuba/". */
  prefix?: string;
  /** Retries of 5xx and 429 answers, with exponential back-off. */
  retries?: number;
}

/** S3-compatible object storage: one object per key, the content type kept as the object's own. */
export function createS3Store(options: S3StoreOptions): FileStore {
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    ...(options.sessionToken ? { sessionToken: options.sessionToken } : {}),
    service: 's3',
    region: options.region,
    retries: options.retries ?? 3,
  });
  const prefix = options.prefix ?? '';
  if (prefix && !(prefix.endsWith('/') && isValidStorageKey(prefix.slice(0, -1)))) {
    throw new TypeError(`S3 prefix must be key segments ending in "/", got ${JSON.stringify(prefix)}`);
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(options.bucket)) {
    throw new TypeError(`invalid S3 bucket name ${JSON.stringify(options.bucket)}`);
  }
  const base = new URL(options.endpoint);
  // Path-style addressing (endpoint/bucket/key): what S3-compatible stores such as MinIO expect.
  const objectUrl = (key: string) => {
    assertValidStorageKey(key);
    const url = new URL(base);
    url.pathname = `${base.pathname.replace(/\/$/, '')}/${options.bucket}/${prefix}${key}`;
    return url.toString();
  };

  return {
    id: options.id ?? 's3',

    async put(key, bytes, contentType) {
      const url = objectUrl(key);
      assertValidContentType(contentType);
      const body = new Uint8Array(bytes);
      const response = await client.fetch(url, {
        method: 'PUT',
        body,
        headers: {
          'Content-Type': contentType,
          // A signed payload hash: the store refuses the upload if a byte changed on the way.
          'X-Amz-Content-Sha256': createHash('sha256').update(body).digest('hex'),
        },
      });
      await expectOk(response, 'PUT', key);
    },

    async get(key) {
      const response = await client.fetch(objectUrl(key), { method: 'GET' });
      if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      await expectOk(response, 'GET', key, false);
      const bytes = Buffer.from(await response.arrayBuffer());
      return { bytes, contentType: response.headers.get('content-type') ?? 'application/octet-stream' };
    },

    async delete(key) {
      const response = await client.fetch(objectUrl(key), { method: 'DELETE' });
      if (response.status === 404) {
        await response.body?.cancel();
        return;
      }
      await expectOk(response, 'DELETE', key);
    },
  };
}

async function expectOk(response: Response, method: string, key: string, consume = true): Promise<void> {
  if (response.ok) {
    if (consume) await response.body?.cancel();
    return;
  }
  const text = (await response.text()).slice(0, 300);
  const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? '';
  throw new Error(`object store ${method} ${key} failed: ${response.status} ${code}`.trim());
}
