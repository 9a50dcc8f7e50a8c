import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The policy of every page: no inline script or style, nothing from another origin. A page that
 * draws a map passes the tile server's source, which is then allowed for images and nothing else;
 * a page shown inside another page of the same site (the editor's preview) allows 'self' as its frame.
 */
export function contentSecurityPolicy(options: { imageSources?: readonly string[]; frameAncestors?: "'self'" } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data:", ...(options.imageSources ?? [])].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors ?? "'none'"}`,
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Strict headers for every response of both zones: no inline script or style is ever allowed. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), geolocation=(self), microphone=(), payment=(self)',
};

const entries = Object.entries(SECURITY_HEADERS);

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Sets the headers on the Node response before the application runs. Doing it here rather than
 * in a per-request middleware keeps them off the hot path (a Headers object per request halved
 * throughput); a route can still override one because its own headers are written later.
 */
export function withSecurityHeaders(listener: Listener): Listener {
  return (request, response) => {
    for (const [name, value] of entries) response.setHeader(name, value);
    listener(request, response);
  };
}
