import type { MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import type { AppEnv } from '../http/app-env.ts';
import { isAssuranceLevel, type AssuranceLevel } from './assurance.ts';
import { liveSessionBounds, touchSession } from './session-store.ts';
import { readResidentCookie } from './resident-session-cookie.ts';
import { sql, type SQL } from 'drizzle-orm';
import { tenantRead } from '../db/tenant-trips.ts';

const TOUCH_AFTER_MS = 60_000;

export interface SignedInResident {
  id: string;
  municipalityCode: string;
  email: string;
  assurance: AssuranceLevel;
  /** Key of this browser's session, to mark it in the list of devices. */
  sessionIdHash: string;
  /** When the resident last signed in (shown on マイページ), read with the session. */
  lastSignInAt: Date | null;
}

interface SignedInRow {
  id_hash: string;
  assurance: string | null;
  last_seen_at: Date | string;
  resident_id: string;
  municipality_code: string;
  email: string;
  last_sign_in_at: Date | string | null;
}

/** The resident of a live, signed-in public session, in one statement. */
function signedInResident(rawId: string): SQL {
  const { idHash, now, idleSince } = liveSessionBounds(rawId, 'public');
  return sql`select s.id_hash, s.assurance, s.last_seen_at, r.id as resident_id, r.municipality_code, r.email, r.last_sign_in_at
    from sessions as s join residents as r on r.id = s.resident_id
    where s.id_hash = ${idHash} and s.zone = 'public' and s.stage = 'signed-in' and s.expires_at > ${now.toISOString()} and s.last_seen_at > ${idleSince.toISOString()}`;
}

/** Loads the resident signed in on this request, if any; the tenant scope keeps towns apart. */
export function residentSessionMiddleware(db: Queryable): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('resident', undefined);
    const municipality = c.get('municipality');
    const rawId = readResidentCookie(c);
    if (municipality && rawId) {
      // One round trip on every signed-in page; the touch, once a minute, is a second.
      const [[found]] = (await tenantRead(db, municipality.code, [signedInResident(rawId)])) as unknown as [SignedInRow[]];
      if (found) {
        c.set('resident', {
          id: found.resident_id,
          municipalityCode: found.municipality_code,
          email: found.email,
          assurance: isAssuranceLevel(found.assurance) ? found.assurance : 'none',
          sessionIdHash: found.id_hash,
          lastSignInAt: found.last_sign_in_at === null ? null : new Date(found.last_sign_in_at),
        });
        if (Date.now() - new Date(found.last_seen_at).getTime() > TOUCH_AFTER_MS) await withTenant(db, municipality.code, (tx) => touchSession(tx, found.id_hash));
      }
    }
    await next();
  };
}
