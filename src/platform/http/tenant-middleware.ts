import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { getPath } from 'hono/utils/url';
import { isLanguage } from '../i18n/languages.ts';
import { resolveTenant } from '../tenancy/resolve-tenant.ts';
import type { MunicipalityDirectory } from '../tenancy/municipality-directory.ts';
import type { AppEnv, TextSize } from './app-env.ts';

export const LANGUAGE_COOKIE = 'yakuba_lang';
export const TEXT_SIZE_COOKIE = 'yakuba_text';
const TEXT_SIZES: readonly TextSize[] = ['standard', 'large', 'xlarge'];

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && (TEXT_SIZES as readonly string[]).includes(value);
}

/** Finds the municipality of the request and the reader's language and text size. */
export function tenantMiddleware(directory: MunicipalityDirectory): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { municipality, base } = resolveTenant(directory, c.req.header('host'), getPath(c.req.raw));
    if (base && !municipality) return c.notFound();
    c.set('municipality', municipality);
    c.set('base', base);
    const language = getCookie(c, LANGUAGE_COOKIE);
    c.set('language', isLanguage(language) && municipality?.languages.includes(language) ? language : 'ja');
    const textSize = getCookie(c, TEXT_SIZE_COOKIE);
    c.set('textSize', isTextSize(textSize) ? textSize : 'standard');
    await next();
  };
}
