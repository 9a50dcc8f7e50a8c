import { Hono, type MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../platform/http/app-env.ts';
import { isHttps } from '../platform/http/csrf.ts';
import { returnLocation } from '../platform/http/safe-return.ts';
import { renderPage } from '../platform/http/render.ts';
import { markPageCacheable } from '../platform/http/page-cache.ts';
import { LANGUAGE_COOKIE, TEXT_SIZE_COOKIE, isTextSize } from '../platform/http/tenant-middleware.ts';
import { LANGUAGES, isLanguage } from '../platform/i18n/languages.ts';
import type { Services } from '../platform/services.ts';
import { municipalityName } from '../views/municipality-name.ts';
import { AccessibilityPage, accessibilityTitle } from './accessibility-page.tsx';
import { homeText } from './home-messages.ts';
import { HomePage } from './home-page.tsx';
import { MunicipalityChooser } from './municipality-chooser.tsx';
import { publicPage } from '../views/public-page.tsx';

const YEAR_SECONDS = 365 * 24 * 3600;

/** Requests on a shared host without `/m/{code}` get the list of municipalities. */
const requireMunicipality: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('municipality')) return c.notFound();
  await next();
};

export function portalRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c, next) => {
    if (c.get('municipality')) return next();
    // The same list for every visitor: without this the busiest page of a shared host renders on every request.
    markPageCacheable(c);
    return renderPage(c, <MunicipalityChooser municipalities={services.directory.list()} />);
  });
  app.use(requireMunicipality);

  app.get('/', (c) =>
    publicPage(c, {
      title: homeText.title,
      languages: LANGUAGES,
      body: (language) => <HomePage language={language} base={c.get('base')} municipalityName={municipalityName(c.get('municipality')!, language)} />,
    }),
  );

  app.get('/accessibility', (c) =>
    publicPage(c, {
      title: accessibilityTitle,
      languages: LANGUAGES,
      body: (language) => (
        <AccessibilityPage language={language} municipalityName={municipalityName(c.get('municipality')!, language)} phone={c.get('municipality')!.phone} />
      ),
    }),
  );

  app.get('/settings/:setting{language|text-size}', (c) => {
    const value = c.req.query('value');
    const valid = c.req.param('setting') === 'language' ? isLanguage(value) : isTextSize(value);
    if (valid) {
      const name = c.req.param('setting') === 'language' ? LANGUAGE_COOKIE : TEXT_SIZE_COOKIE;
      setCookie(c, name, value!, { path: '/', maxAge: YEAR_SECONDS, sameSite: 'Lax', httpOnly: true, secure: isHttps(c) });
    }
    return c.redirect(returnLocation(c, c.req.query('return')), 303);
  });
  return app;
}
