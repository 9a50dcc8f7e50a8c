import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';

export const staffAccounts = pgTable(
  'staff_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    passwordHash: text('password_hash').notNull(),
    totpSecret: text('totp_secret'),
    totpEnrolledAt: timestamp('totp_enrolled_at', { withTimezone: true }),
    totpLastStep: integer('totp_last_step'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('staff_accounts_email_idx').on(table.municipalityCode, table.email)],
);

/** Server-side sessions; the cookie holds only a random id whose hash is the key. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    zone: text('zone').notNull(),
    staffId: uuid('staff_id'),
    residentId: uuid('resident_id'),
    /** none | low | substantial | high (see assurance.ts). */
    assurance: text('assurance').notNull().default('none'),
    stage: text('stage').notNull(),
    userAgent: text('user_agent'),
    data: jsonb('data').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_staff_idx').on(table.staffId), index('sessions_resident_idx').on(table.residentId)],
);

/** 課: a staff member belongs to one or more. */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    code: text('code').notNull(),
    nameJa: text('name_ja').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('departments_code_idx').on(table.municipalityCode, table.code)],
);

export const staffDepartments = pgTable(
  'staff_departments',
  {
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    staffId: uuid('staff_id').notNull(),
    departmentId: uuid('department_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.staffId, table.departmentId] })],
);

/** One-time codes for a staff member who has lost the authenticator; only hashes are kept. */
export const staffRecoveryCodes = pgTable(
  'staff_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    staffId: uuid('staff_id').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('staff_recovery_codes_staff_idx').on(table.staffId)],
);

/** A resident's account: an e-mail address they proved, and what they chose to keep for prefill. */
export const residents = pgTable(
  'residents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    email: text('email').notNull(),
    profile: jsonb('profile').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('residents_email_idx').on(table.municipalityCode, table.email)],
);

/** One-time sign-in codes sent by e-mail; only a hash of the code is kept. */
export const residentEmailCodes = pgTable(
  'resident_email_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    email: text('email').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('resident_email_codes_email_idx').on(table.municipalityCode, table.email)],
);

/** Fixed-window counters for rate limits (per account, per address), shared by all processes. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.municipalityCode, table.key, table.windowStart] })],
);

/**
 * Growing back-offs after failed sign-ins, one row per thing counted (an account, or an account
 * from one address): consecutive failures and until when further attempts are refused.
 */
export const signInBackoffs = pgTable(
  'sign_in_backoffs',
  {
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    key: text('key').notNull(),
    failures: integer('failures').notNull().default(0),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.municipalityCode, table.key] })],
);

export type StaffAccountRow = typeof staffAccounts.$inferSelect;
export type ResidentRow = typeof residents.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/** Passkeys (WebAuthn credentials) of staff members and residents; the public key only. */
export const passkeys = pgTable(
  'passkeys',
  {
    credentialId: text('credential_id').primaryKey(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    staffId: uuid('staff_id'),
    residentId: uuid('resident_id'),
    publicKey: text('public_key').notNull(),
    counter: integer('counter').notNull().default(0),
    transports: text('transports').array().notNull().default([]),
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (table) => [index('passkeys_staff_idx').on(table.staffId), index('passkeys_resident_idx').on(table.residentId)],
);

export type PasskeyRow = typeof passkeys.$inferSelect;
