import type { Hono } from 'hono';
import { backofficeRoutes } from './backoffice/routes.tsx';
import { caseStaffRoutes } from './cases/staff-routes.tsx';
import { staffCorrectionRoutes } from './cases/staff-correction-routes.tsx';
import { figuresRoutes } from './cases/figures-routes.tsx';
import { counterRoutes } from './procedures/counter-routes.tsx';
import { editorRoutes } from './procedures/editor-routes.tsx';
import { procedureDefinitions } from './procedures/definitions.ts';
import { StaffMunicipalityChooser } from './backoffice/staff-chooser.tsx';
import type { AppEnv } from './platform/http/app-env.ts';
import { renderPage } from './platform/http/render.ts';
import { createZoneApp } from './zone-app.tsx';
import { staffSessionMiddleware } from './platform/identity/staff-session-middleware.ts';
import { staffSignInRoutes } from './identity/staff-sign-in-routes.tsx';
import { staffPasskeyRoutes } from './identity/staff-passkey-routes.tsx';
import type { Services } from './platform/services.ts';
import type { ListenOptions } from './platform/http/listen.ts';
import { cacheHitRecorder } from './platform/http/metrics.ts';
import { portalRoutes } from './portal/routes.tsx';
import { residentSessionMiddleware } from './platform/identity/resident-session-middleware.ts';
import { residentSignInRoutes } from './identity/resident-sign-in-routes.tsx';
import { residentPasskeyRoutes } from './identity/resident-passkey-routes.tsx';
import { mypageRoutes } from './mypage/routes.tsx';
import { applyRoutes } from './procedures/apply-routes.tsx';
import { correctionRoutes } from './procedures/correction-routes.tsx';
import { caseResidentRoutes } from './cases/resident-routes.tsx';
import { mynumberRoutes } from './identity/mynumber-routes.tsx';
import { selectIdentityProviders } from './plugins.ts';
import { opendataPublicRoutes } from './opendata/public-routes.tsx';
import { fileRoutes } from './opendata/file-routes.ts';
import { ckanRoutes } from './opendata/api/ckan-routes.ts';
import { dcatRoutes } from './opendata/api/dcat-routes.ts';
import { mapRoutes } from './opendata/map/map-routes.tsx';
import { OPENDATA_UPLOAD_PATH, publishRoutes } from './opendata/publish-routes.tsx';

/** The resident portal: nothing of the back office is mounted here. */
export function createPublicApp(services: Services): Hono<AppEnv> {
  const app = createZoneApp('public', services, { pageCache: services.pageCache.middleware() });
  app.route('/', portalRoutes(services));
  // Before the other open data pages, so that /opendata/datasets/:slug/map is not taken for a dataset.
  app.route('/', mapRoutes(services));
  app.route('/', opendataPublicRoutes(services));
  app.route('/', fileRoutes(services));
  app.route('/', ckanRoutes(services));
  app.route('/', dcatRoutes(services));
  // After the portal: its pages are the same whoever is signed in, so they cost no session lookup.
  app.use(residentSessionMiddleware(services.db));
  app.route('/', residentSignInRoutes(services));
  app.route('/', residentPasskeyRoutes(services));
  app.route('/', mypageRoutes(services));
  app.route('/', applyRoutes(services));
  app.route('/', correctionRoutes(services));
  app.route('/', caseResidentRoutes(services, procedureDefinitions));
  app.route('/', mynumberRoutes(services, selectIdentityProviders(services.config, services.secret)));
  return app;
}

/** The staff back office, for the municipality's internal network. */
export function createInternalApp(services: Services): Hono<AppEnv> {
  const app = createZoneApp('internal', services, { largeUploads: OPENDATA_UPLOAD_PATH });
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
  app.route('/', staffPasskeyRoutes(services));
  app.route('/', backofficeRoutes(services));
  app.route('/', figuresRoutes(services));
  app.route('/', staffCorrectionRoutes(services, procedureDefinitions));
  app.route('/', caseStaffRoutes(services, procedureDefinitions));
  app.route('/', counterRoutes(services));
  app.route('/', editorRoutes(services));
  app.route('/', publishRoutes(services));
  return app;
}

/** How the public zone is served: cached pages are answered before the router. */
export function publicListenOptions(services: Services): ListenOptions {
  return { pageCache: { cache: services.pageCache, onHit: cacheHitRecorder(services.metrics) } };
}
