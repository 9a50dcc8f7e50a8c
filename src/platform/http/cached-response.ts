import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface CachedPage {
  /** Encoded once: turning the Japanese text into UTF-8 on every request was the main cost. */
  body: Uint8Array<ArrayBuffer>;
  /** The same body gzipped once, for clients that accept it; absent for small or already-compressed bodies. */
  gzip?: Uint8Array<ArrayBuffer>;
  etag: string;
  /** Headers the route set that every copy must carry (type, Last-Modified, Content-Disposition, CORS). */
  headers: Record<string, string>;
  expiresAt: number;
}

/** Headers of a cacheable response that are kept with it; the rest is derived again on each hit. */
const KEPT_HEADERS = ['content-type', 'last-modified', 'content-disposition', 'access-control-allow-origin', 'cache-control', 'link', 'content-security-policy', 'cross-origin-resource-policy'];
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|ld\+json|xml|rdf\+xml|vnd\.oai\.openapi\+json)|text\/turtle)/u;
const MIN_COMPRESS_BYTES = 1024;

export function cachedPageOf(body: Uint8Array<ArrayBuffer>, source: Headers, seconds: number): CachedPage {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = source.get(name);
    if (value) headers[name] = value;
  }
  const type = headers['content-type'] ?? 'text/html; charset=UTF-8';
  headers['content-type'] = type;
  const gzip = body.byteLength >= MIN_COMPRESS_BYTES && COMPRESSIBLE.test(type) ? new Uint8Array(gzipSync(body)) : undefined;
  return { body, gzip, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, headers, expiresAt: Date.now() + seconds * 1000 };
}

export interface ConditionalRequest {
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  acceptEncoding?: string;
}

export interface Reply {
  status: 200 | 304;
  headers: Record<string, string | number>;
  body?: Uint8Array<ArrayBuffer>;
}

/** What to send for a cached page: 304 when the client's copy is current, else the body, gzipped when accepted. */
export function replyFor(page: CachedPage, request: ConditionalRequest): Reply {
  const validators: Record<string, string> = { ETag: page.etag };
  if (page.headers['last-modified']) validators['Last-Modified'] = page.headers['last-modified'];
  if (page.gzip) validators['Vary'] = 'Accept-Encoding';
  if (isNotModified(page, request)) return { status: 304, headers: validators };
  const gzip = page.gzip && acceptsGzip(request.acceptEncoding) ? page.gzip : undefined;
  const body = gzip ?? page.body;
  const headers: Record<string, string | number> = { ...page.headers, ...validators, 'Content-Length': body.byteLength };
  if (gzip) headers['Content-Encoding'] = 'gzip';
  return { status: 200, headers, body };
}

function isNotModified(page: CachedPage, request: ConditionalRequest): boolean {
  if (request.ifNoneMatch !== undefined) {
    return request.ifNoneMatch.split(',').some((tag) => {
      const trimmed = tag.trim().replace(/^W\//u, '');
      return trimmed === page.etag || trimmed === '*';
    });
  }
  const lastModified = page.headers['last-modified'];
  if (!request.ifModifiedSince || !lastModified) return false;
  const since = Date.parse(request.ifModifiedSince);
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding!.trim().toLowerCase() !== 'gzip' && coding!.trim() !== '*') return false;
    const q = params.find((p) => p.trim().startsWith('q='));
    return !q || Number(q.trim().slice(2)) > 0;
  });
}
