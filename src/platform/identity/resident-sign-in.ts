import type { Language } from '../i18n/languages.ts';
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { queueMail } from '../mail/send-mail.ts';
import { consumeRateLimit } from './rate-limit.ts';
import { residentEmailCodes, residents, type ResidentRow } from './schema.ts';
import { RESIDENT_ABSOLUTE_HOURS, createSession, deleteSession, hashSessionId } from './session-store.ts';
import {
  CODES_PER_ADDRESS, CODES_PER_CLIENT, CODE_LIFETIME_MINUTES, CODE_MAX_ATTEMPTS,
  addressKey, createEmailCode, emailCodeMatches, hashEmailCode, normalizeResidentEmail, signInMail,
} from './resident-email-code.ts';

export interface SignInOrigin {
  ip: string;
  userAgent?: string | null;
  /** The language the resident reads the site in: the code mail is written in it. */
  language?: Language;
}

interface Town {
  code: string;
  nameJa: string;
  nameEn: string;
}

/**
 * Sends a fresh code unless a rate limit is reached. The caller shows the same page either way,
 * and nothing here looks at whether an account exists, so the answer reveals nothing about it.
 */
export function requestSignInCode(db: Queryable, secret: string, town: Town, rawEmail: string, origin: SignInOrigin): Promise<void> {
  const email = normalizeResidentEmail(rawEmail);
  return withTenant(db, town.code, async (tx) => {
    const byAddress = await consumeRateLimit(tx, town.code, { key: `resident-code:address:${addressKey(secret, email)}`, ...CODES_PER_ADDRESS });
    const byClient = await consumeRateLimit(tx, town.code, { key: `resident-code:ip:${origin.ip}`, ...CODES_PER_CLIENT });
    if (!byAddress || !byClient) {
      const resident = await findResidentByEmail(tx, email);
      await auditResident(tx, town.code, resident, 'resident.sign_in_failed', { step: 'request', reason: 'rate-limited', ip: origin.ip });
      return;
    }
    // Only the newest code is valid: a resident who asks again should not have two live codes.
    await tx.delete(residentEmailCodes).where(and(eq(residentEmailCodes.email, email), isNull(residentEmailCodes.consumedAt)));
    const code = createEmailCode();
    const expiresAt = new Date(Date.now() + CODE_LIFETIME_MINUTES * 60_000);
    await tx.insert(residentEmailCodes).values({
      municipalityCode: town.code,
      email,
      codeHash: hashEmailCode(secret, town.code, email, code),
      expiresAt,
    });
    await queueMail(tx, { municipalityCode: town.code, to: email, ...signInMail(town, code, expiresAt, origin.language) });
  });
}

export type CodeFailure = 'wrong' | 'unusable';
export type CodeOutcome = { ok: true; rawSessionId: string; residentId: string } | { ok: false; reason: CodeFailure };

/** Checks the newest code for the address; on success the resident gets a new session id. */
export function verifySignInCode(
  db: Queryable,
  secret: string,
  municipalityCode: string,
  rawEmail: string,
  code: string,
  origin: SignInOrigin & { previousRawSessionId?: string },
): Promise<CodeOutcome> {
  const email = normalizeResidentEmail(rawEmail);
  return withTenant(db, municipalityCode, async (tx) => {
    const existing = await findResidentByEmail(tx, email);
    const fail = async (reason: string, outcome: CodeFailure): Promise<CodeOutcome> => {
      await auditResident(tx, municipalityCode, existing, 'resident.sign_in_failed', { step: 'code', reason, ip: origin.ip });
      return { ok: false, reason: outcome };
    };
    const [latest] = await tx
      .select()
      .from(residentEmailCodes)
      .where(and(eq(residentEmailCodes.email, email), isNull(residentEmailCodes.consumedAt)))
      .orderBy(desc(residentEmailCodes.createdAt))
      .limit(1);
    if (!latest) return fail('no-code', 'unusable');
    if (latest.expiresAt <= new Date()) return fail('expired', 'unusable');
    // Counting before comparing makes two parallel guesses count as two.
    const [counted] = await tx
      .update(residentEmailCodes)
      .set({ attempts: sql`${residentEmailCodes.attempts} + 1` })
      .where(and(eq(residentEmailCodes.id, latest.id), lt(residentEmailCodes.attempts, CODE_MAX_ATTEMPTS), isNull(residentEmailCodes.consumedAt)))
      .returning({ attempts: residentEmailCodes.attempts });
    if (!counted) return fail('too-many-attempts', 'unusable');
    if (!emailCodeMatches(latest.codeHash, hashEmailCode(secret, municipalityCode, email, code))) {
      return fail('wrong-code', counted.attempts >= CODE_MAX_ATTEMPTS ? 'unusable' : 'wrong');
    }
    await tx.update(residentEmailCodes).set({ consumedAt: new Date() }).where(eq(residentEmailCodes.id, latest.id));
    const resident = existing ?? (await createResident(tx, municipalityCode, email));
    await tx.update(residents).set({ lastSignInAt: new Date() }).where(eq(residents.id, resident.id));
    if (origin.previousRawSessionId) await deleteSession(tx, hashSessionId(origin.previousRawSessionId));
    const rawSessionId = await createSession(tx, {
      municipalityCode,
      zone: 'public',
      stage: 'signed-in',
      residentId: resident.id,
      assurance: 'low',
      userAgent: origin.userAgent?.slice(0, 400) ?? null,
      lifetimeHours: RESIDENT_ABSOLUTE_HOURS,
    });
    await auditResident(tx, municipalityCode, resident, 'resident.signed_in', { method: 'email-code', ip: origin.ip, firstTime: !existing });
    return { ok: true, rawSessionId, residentId: resident.id };
  });
}

export function signOutResident(db: Queryable, municipalityCode: string, session: { idHash: string; residentId: string }): Promise<void> {
  return withTenant(db, municipalityCode, async (tx) => {
    await deleteSession(tx, session.idHash);
    await recordAudit(tx, { municipalityCode, actorType: 'resident', actorId: session.residentId, action: 'resident.signed_out', target: `resident:${session.residentId}`, detail: {} });
  });
}

async function findResidentByEmail(tx: Queryable, email: string): Promise<ResidentRow | undefined> {
  const [row] = await tx.select().from(residents).where(eq(residents.email, email));
  return row;
}

/** Two first sign-ins at once must end with one account, not a unique-key error. */
async function createResident(tx: Queryable, municipalityCode: string, email: string): Promise<ResidentRow> {
  await tx.insert(residents).values({ municipalityCode, email }).onConflictDoNothing();
  return (await findResidentByEmail(tx, email))!;
}

function auditResident(tx: Queryable, municipalityCode: string, resident: ResidentRow | undefined, action: string, detail: Record<string, unknown>) {
  return recordAudit(tx, {
    municipalityCode,
    actorType: 'resident',
    actorId: resident?.id ?? null,
    action,
    target: resident ? `resident:${resident.id}` : null,
    detail,
  });
}
