import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3Server {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  objects: Map<string, { bytes: Buffer; contentType: string }>;
  requests: { method: string; path: string; status: number }[];
  /** Answer the next `count` requests with this status, as a busy store does. */
  failNext(count: number, status: number): void;
  close(): Promise<void>;
}

/**
 * An in-process stand-in for an S3-compatible store, for tests only: path-style PUT, GET and
 * DELETE of objects in one bucket, with every request's Signature Version 4 checked independently
 * of the client library, and the signed payload hash checked against the body.
 */
export async function startFakeS3Server(): Promise<FakeS3Server> {
  const bucket = 'yakuba-test';
  const region = 'ap-northeast-1';
  const accessKeyId = 'AKIAFAKEFORTESTS';
  const secretAccessKey = 'fake-secret-key-for-tests-only';
  const objects = new Map<string, { bytes: Buffer; contentType: string }>();
  const requests: FakeS3Server['requests'] = [];
  let failures = { count: 0, status: 503 };

  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const status = (code: number, xml = '') => {
      requests.push({ method: request.method ?? '', path, status: code });
      response.writeHead(code, xml ? { 'content-type': 'application/xml' } : {}).end(xml);
    };
    if (failures.count > 0) {
      failures.count--;
      return status(failures.status, errorXml('SlowDown'));
    }
    const signatureProblem = verifySignature(request, body, { accessKeyId, secretAccessKey, region });
    if (signatureProblem) return status(403, errorXml(signatureProblem));
    const prefix = `/${bucket}/`;
    if (!path.startsWith(prefix)) return status(404, errorXml('NoSuchBucket'));
    const key = decodeURIComponent(path.slice(prefix.length));
    switch (request.method) {
      case 'PUT':
        objects.set(key, { bytes: body, contentType: request.headers['content-type'] ?? 'binary/octet-stream' });
        return status(200);
      case 'GET': {
        const object = objects.get(key);
        if (!object) return status(404, errorXml('NoSuchKey'));
        requests.push({ method: 'GET', path, status: 200 });
        response.writeHead(200, { 'content-type': object.contentType, 'content-length': object.bytes.length }).end(object.bytes);
        return;
      }
      case 'DELETE':
        objects.delete(key);
        return status(204);
      default:
        return status(405, errorXml('MethodNotAllowed'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    objects,
    requests,
    failNext(count, status) {
      failures = { count, status };
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function errorXml(code: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** Returns an S3 error code when the request's SigV4 signature or payload hash is wrong. */
function verifySignature(
  request: IncomingMessage,
  body: Buffer,
  credentials: { accessKeyId: string; secretAccessKey: string; region: string },
): string | undefined {
  const authorization = request.headers.authorization ?? '';
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(authorization);
  if (!match) return 'AccessDenied';
  const [, accessKeyId, date, region, signedHeaders, signature] = match as unknown as string[];
  if (accessKeyId !== credentials.accessKeyId) return 'InvalidAccessKeyId';
  if (region !== credentials.region) return 'AuthorizationHeaderMalformed';
  const amzDate = header(request, 'x-amz-date');
  const payloadHash = header(request, 'x-amz-content-sha256');
  if (!amzDate.startsWith(date!) || !payloadHash) return 'AccessDenied';
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body)) return 'XAmzContentSHA256Mismatch';
  const headerNames = signedHeaders!.split(';');
  if (!headerNames.includes('host') || !headerNames.includes('x-amz-date')) return 'AccessDenied';
  const url = new URL(request.url ?? '/', 'http://localhost');
  const query = [...url.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).sort().join('&');
  const canonicalRequest = [
    request.method,
    url.pathname,
    query,
    headerNames.map((name) => `${name}:${header(request, name).trim().replace(/\s+/g, ' ')}\n`).join(''),
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, date!), region!), 's3'), 'aws4_request');
  const expected = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  return expected === signature ? undefined : 'SignatureDoesNotMatch';
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}
