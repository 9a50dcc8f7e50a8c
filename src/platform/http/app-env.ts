import type { Language } from '../i18n/languages.ts';
import type { Municipality } from '../tenancy/municipality.ts';
import type { StaffActor } from '../identity/staff-policy.ts';
import type { SignedInResident } from '../identity/resident-session-middleware.ts';

export type Zone = 'public' | 'internal';
export type TextSize = 'standard' | 'large' | 'xlarge';

export interface SignedInStaff extends StaffActor {
  email: string;
  displayName: string;
}

/** What middleware learns about a request before a route handles it. */
export interface AppEnv {
  Variables: {
    zone: Zone;
    municipality: Municipality | undefined;
    /** Prefix for links: '' or '/m/{code}'. */
    base: string;
    language: Language;
    textSize: TextSize;
    requestId: string;
    staff: SignedInStaff | undefined;
    resident: SignedInResident | undefined;
    sessionIdHash: string | undefined;
    /** Set once a page has asked for a CSRF token, so every form of the page gets the same one. */
    csrfToken: string | undefined;
    /** Set by a route whose page is the same for every visitor without a session. */
    cacheable: boolean | undefined;
  };
}
