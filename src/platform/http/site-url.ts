import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { isHttps } from './csrf.ts';

/** Scheme and host the visitor used, e.g. `https://example.jp` (behind a TLS proxy too). */
export function siteOrigin(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  const protocol = isHttps(c) ? 'https:' : url.protocol;
  return `${protocol}//${c.req.header('host') ?? url.host}`;
}

/** Absolute address of the tenant's site, e.g. `https://example.jp/m/143421`, for links that leave the page (APIs, files, metadata). */
export function siteUrl(c: Context<AppEnv>): string {
  return `${siteOrigin(c)}${c.get('base') ?? ''}`;
}
