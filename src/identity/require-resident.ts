import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { meetsAssurance, type AssuranceLevel } from '../platform/identity/assurance.ts';
import { stepUpPage } from './resident-step-up-page.tsx';

/**
 * Guards a resident page. Without a session the resident signs in and comes back here; with a
 * session below the level, a page says which sign-in this needs instead of a bare refusal.
 */
export function requireResident(level: AssuranceLevel): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const resident = c.get('resident');
    const url = new URL(c.req.url);
    const here = `${c.req.path}${url.search}`;
    if (!resident) return c.redirect(`${c.get('base')}/login?return=${encodeURIComponent(here)}`, 303);
    if (!meetsAssurance(resident.assurance, level)) return stepUpPage(c, level, here);
    await next();
  };
}
