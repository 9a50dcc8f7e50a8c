import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../platform/http/app-env.ts';
import { renderPage } from '../platform/http/render.ts';
import { markPageCacheable } from '../platform/http/page-cache.ts';
import type { Language } from '../platform/i18n/languages.ts';
import { PublicLayout } from './public-layout.tsx';

/** Renders a resident page in the layout of the request's municipality; unless told otherwise it may be cached for anonymous visitors. */
function csrfToken(c: Context<AppEnv>): string | undefined {
  return c.get('csrfToken');
}

export function publicPage(
  c: Context<AppEnv>,
  page: {
    title: Record<Language, string> | string;
    languages: readonly Language[];
    body: (language: Language) => Child;
    /** false for pages with forms or personal data. */
    cacheable?: boolean;
    status?: ContentfulStatusCode;
    /** Enhancement scripts under /assets; the page must work without them. */
    scripts?: string[];
  },
) {
  const municipality = c.get('municipality')!;
  if (page.cacheable !== false) markPageCacheable(c);
  else c.header('Cache-Control', 'no-store');
  // The frame follows the resident's language on every page; a text not yet written in it is shown in Japanese, with a note that says so.
  const chosen = c.get('language');
  const language = page.languages.includes(chosen) ? chosen : 'ja';
  const title = typeof page.title === 'string' ? page.title : page.title[language];
  // Rendered first, so a form in it has asked for the CSRF token before the head is built.
  const body = page.body(language);
  return renderPage(
    c,
    <PublicLayout
      municipality={municipality}
      base={c.get('base')}
      language={chosen}
      contentLanguage={language}
      textSize={c.get('textSize')}
      path={c.req.path}
      title={title}
      signedIn={c.get('resident') !== undefined}
      scripts={page.scripts}
      csrfToken={page.scripts ? csrfToken(c) : undefined}
    >
      {body}
    </PublicLayout>,
    page.status,
  );
}
