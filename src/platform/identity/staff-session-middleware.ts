import type { Context, MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { SessionRow } from './schema.ts';
import { departmentIdsOf, findStaffById } from './staff-accounts.ts';
import { isStaffRole } from './staff-roles.ts';
import { findLiveSession, touchSession } from './session-store.ts';
import { readStaffCookie } from './staff-session-cookie.ts';

const TOUCH_AFTER_MS = 60_000;

/** Loads the staff member signed in on this request, if any. */
export function staffSessionMiddleware(db: Queryable): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('staff', undefined);
    const municipality = c.get('municipality');
    const rawId = readStaffCookie(c);
    if (municipality && rawId) {
      await withTenant(db, municipality.code, async (tx) => {
        const session = await findLiveSession(tx, rawId, 'internal');
        if (!session) return;
        c.set('sessionIdHash', session.idHash);
        if (session.stage !== 'signed-in') return;
        const staff = await findStaffById(tx, session.staffId!);
        if (!staff || staff.disabled) return;
        c.set('staff', {
          id: staff.id,
          municipalityCode: staff.municipalityCode,
          email: staff.email,
          displayName: staff.displayName,
          role: isStaffRole(staff.role) ? staff.role : 'staff',
          departmentIds: await departmentIdsOf(tx, staff.id),
        });
        if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) await touchSession(tx, session.idHash);
      });
    }
    await next();
  };
}

/** Sends anyone not fully signed in to the sign-in page. */
export const requireStaff: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('staff')) return c.redirect(`${c.get('base')}/login`, 303);
  await next();
};

/** The half-finished session between password and second factor. */
export async function pendingSession(db: Queryable, c: Context<AppEnv>): Promise<SessionRow | undefined> {
  const municipality = c.get('municipality');
  const rawId = readStaffCookie(c);
  if (!municipality || !rawId) return undefined;
  const session = await withTenant(db, municipality.code, (tx) => findLiveSession(tx, rawId, 'internal'));
  return session?.stage === 'password-verified' ? session : undefined;
}
