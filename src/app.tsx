import type { Hono } from 'hono';
import { backofficeRoutes } from './backoffice/routes.tsx';
import { StaffMunicipalityChooser } from './backoffice/staff-chooser.tsx';
import type { AppEnv } from './platform/http/app-env.ts';
import { renderPage } from './platform/http/render.ts';
import { pageCache } from './platform/http/page-cache.ts';
import { CSRF_COOKIE } from './platform/http/csrf.ts';
import { LANGUAGE_COOKIE, TEXT_SIZE_COOKIE } from './platform/http/tenant-middleware.ts';
import { createZoneApp } from './platform/http/zone-app.tsx';
import { staffSessionMiddleware } from './platform/identity/staff-session-middleware.ts';
import { staffSignInRoutes } from './platform/identity/staff-sign-in-routes.tsx';
import type { Services } from './platform/services.ts';
import { portalRoutes } from './portal/routes.tsx';

/** The resident portal: nothing of the back office is mounted here. */
export function createPublicApp(services: Services): Hono<AppEnv> {
  const cache = pageCache({ maxEntries: 5000, preferenceCookies: [LANGUAGE_COOKIE, TEXT_SIZE_COOKIE, CSRF_COOKIE] });
  const app = createZoneApp('public', services, { pageCache: cache });
  app.route('/', portalRoutes(services));
  return app;
}

/** The staff back office, for the municipality's internal network. */
export function createInternalApp(services: Services): Hono<AppEnv> {
  const app = createZoneApp('internal', services);
  app.get('/metrics', async (c) => {
    c.header('Content-Type', services.metrics.registry.contentType);
    return c.body(await services.metrics.registry.metrics());
  });
  app.use(async (c, next) => {
    if (c.get('municipality')) return next();
    if (c.req.path === '/') return renderPage(c, <StaffMunicipalityChooser municipalities={services.directory.list()} />);
    return c.notFound();
  });
  app.use(staffSessionMiddleware(services.db));
  app.route('/', staffSignInRoutes(services));
  app.route('/', backofficeRoutes(services));
  return app;
}
