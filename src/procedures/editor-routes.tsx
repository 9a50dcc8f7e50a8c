import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { requireStaff } from '../platform/identity/staff-session-middleware.ts';
import { authorize } from '../platform/identity/staff-policy.ts';
import type { Services } from '../platform/services.ts';
import { checkRoutes } from './editor/check-routes.tsx';
import { conditionRoutes } from './editor/condition-routes.tsx';
import { fieldRoutes } from './editor/field-routes.tsx';
import { homeRoutes } from './editor/home-routes.tsx';
import { jsonRoutes } from './editor/json-routes.tsx';
import { pageRoutes } from './editor/page-routes.tsx';
import { settingsRoutes } from './editor/settings-routes.tsx';

const requireEditor: MiddlewareHandler<AppEnv> = async (c, next) => {
  authorize(c.get('staff')!, 'procedure.edit', { municipalityCode: c.get('municipality')!.code });
  await next();
};

/**
 * 手続きの管理 for admins: build and change procedures in forms (or as JSON), preview any version
 * as residents see it, and publish the draft. Fixed paths (…/new) come before the ones they resemble.
 */
export function editorRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const path of ['/admin/procedures', '/admin/procedures/*']) app.use(path, requireStaff, requireEditor);
  for (const area of [settingsRoutes, jsonRoutes, pageRoutes, fieldRoutes, conditionRoutes, checkRoutes, homeRoutes]) app.route('/', area(services));
  return app;
}
