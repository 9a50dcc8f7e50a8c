import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSX } from 'hono/jsx/jsx-runtime';

/** Sends a server-rendered page. */
export function renderPage(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200) {
  return c.html(`<!DOCTYPE html>${page}`, status);
}
