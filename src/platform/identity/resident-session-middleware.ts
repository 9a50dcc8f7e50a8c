import type { MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import type { AppEnv } from '../http/app-env.ts';
import { isAssuranceLevel, type AssuranceLevel } from './assurance.ts';
import { residents } from './schema.ts';
import { findLiveSession, touchSession } from './session-store.ts';
import { readResidentCookie } from './resident-session-cookie.ts';
import { eq } from 'drizzle-orm';

const TOUCH_AFTER_MS = 60_000;

export interface SignedInResident {
  id: string;
  municipalityCode: string;
  email: string;
  assurance: AssuranceLevel;
  /** Key of this browser's session, to mark it in the list of devices. */
  sessionIdHash: string;
}

/** Loads the resident signed in on this request, if any; the tenant scope keeps towns apart. */
export function residentSessionMiddleware(db: Queryable): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('resident', undefined);
    const municipality = c.get('municipality');
    const rawId = readResidentCookie(c);
    if (municipality && rawId) {
      await withTenant(db, municipality.code, async (tx) => {
        const session = await findLiveSession(tx, rawId, 'public');
        if (!session || session.stage !== 'signed-in' || !session.residentId) return;
        const [resident] = await tx.select().from(residents).where(eq(residents.id, session.residentId));
        if (!resident) return;
        c.set('resident', {
          id: resident.id,
          municipalityCode: resident.municipalityCode,
          email: resident.email,
          assurance: isAssuranceLevel(session.assurance) ? session.assurance : 'none',
          sessionIdHash: session.idHash,
        });
        if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) await touchSession(tx, session.idHash);
      });
    }
    await next();
  };
}
