import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { queueMail } from '../mail/send-mail.ts';
import { consumeRateLimit, refundRateLimit } from './rate-limit.ts';
import { staffAccounts, type StaffAccountRow } from './schema.ts';
import { activeBackoffsStartingWith, backedOffUntil, backoffSeconds, clearBackoff, clearBackoffsStartingWith, recordBackoffFailure, type BackoffRule } from './sign-in-backoff.ts';

const DAY = 24 * 3600;

/**
 * Wrong passwords for one account from one address: that address is held off for longer and
 * longer (up to an hour). This is where a guesser is stopped.
 */
export const PASSWORD_FROM_ADDRESS: BackoffRule = { freeFailures: 5, firstSeconds: 60, maxSeconds: 3600, forgetAfterSeconds: DAY };

/**
 * Wrong passwords for one account from anywhere: a short back-off (at most 15 minutes), so that
 * somebody typing a colleague's address cannot keep that colleague out for long.
 */
export const PASSWORD_FOR_ACCOUNT: BackoffRule = { freeFailures: 10, firstSeconds: 60, maxSeconds: 900, forgetAfterSeconds: DAY };

/** Wrong second-factor codes come after the right password, so they lock the account itself. */
export const SECOND_FACTOR: BackoffRule = { freeFailures: 5, firstSeconds: 60, maxSeconds: 3600, forgetAfterSeconds: DAY };

/** Wrong second-factor codes from one address, across accounts, per 15 minutes. */
export const SECOND_FACTOR_PER_ADDRESS = { limit: 10, windowSeconds: 900 };

const accountKey = (staffId: string) => `staff-password:${staffId}`;
const addressKey = (staffId: string, ip: string) => `staff-password:${staffId}:ip:${ip}`;

export type LockKind = 'address' | 'account' | 'second-factor';

/** Until when this account may not try a password from this address, if it is held off now. */
export async function passwordBackoff(tx: Queryable, staff: StaffAccountRow, ip: string): Promise<Date | undefined> {
  const fromAddress = await backedOffUntil(tx, staff.municipalityCode, addressKey(staff.id, ip));
  const forAccount = await backedOffUntil(tx, staff.municipalityCode, accountKey(staff.id));
  return latest(fromAddress, forAccount);
}

/** Counts a wrong password against the pair (account, address) and the account; returns a back-off that began now. */
export async function countPasswordFailure(tx: Queryable, staff: StaffAccountRow, ip: string): Promise<{ kind: LockKind; until: Date } | undefined> {
  const pair = await recordBackoffFailure(tx, staff.municipalityCode, addressKey(staff.id, ip), PASSWORD_FROM_ADDRESS);
  const account = await recordBackoffFailure(tx, staff.municipalityCode, accountKey(staff.id), PASSWORD_FOR_ACCOUNT);
  if (account.started) return { kind: 'account', until: account.blockedUntil! };
  if (pair.started) return { kind: 'address', until: pair.blockedUntil! };
  return undefined;
}

/** The right password from this address: its count starts again; other addresses keep theirs. */
export async function clearPasswordFailures(tx: Queryable, staff: StaffAccountRow, ip: string): Promise<void> {
  await clearBackoff(tx, staff.municipalityCode, addressKey(staff.id, ip));
  await clearBackoff(tx, staff.municipalityCode, accountKey(staff.id));
}

export function isLocked(staff: StaffAccountRow): boolean {
  return staff.lockedUntil !== null && staff.lockedUntil > new Date();
}

/**
 * Reads the account row for update: concurrent attempts for one account wait for each other, so
 * every one of them sees the failures counted before it.
 */
export async function lockStaffRow(tx: Queryable, staffId: string): Promise<StaffAccountRow | undefined> {
  const [row] = await tx.select().from(staffAccounts).where(eq(staffAccounts.id, staffId)).for('update');
  return row;
}

/** One more wrong second-factor code on a row read with lockStaffRow; returns the lock if one began now. */
export async function countSecondFactorFailure(tx: Queryable, staff: StaffAccountRow): Promise<Date | undefined> {
  const failures = staff.failedAttempts + 1;
  const seconds = backoffSeconds(failures, SECOND_FACTOR);
  const [row] = await tx
    .update(staffAccounts)
    .set({
      failedAttempts: sql`${staffAccounts.failedAttempts} + 1`,
      lockedUntil: seconds > 0 ? sql`now() + ${seconds}::double precision * interval '1 second'` : null,
    })
    .where(eq(staffAccounts.id, staff.id))
    .returning({ lockedUntil: staffAccounts.lockedUntil });
  return seconds > 0 && failures === SECOND_FACTOR.freeFailures ? row!.lockedUntil! : undefined;
}

/** Counts a wrong second-factor code against the address; false once the address is over its limit. */
export function consumeSecondFactorAttempt(tx: Queryable, municipalityCode: string, ip: string): Promise<boolean> {
  return consumeRateLimit(tx, municipalityCode, { key: `staff-second-factor:ip:${ip}`, ...SECOND_FACTOR_PER_ADDRESS });
}

/** A right code gives its address's attempt back, so colleagues behind one address are not held off by each other's sign-ins. */
export async function refundSecondFactorAttempt(tx: Queryable, municipalityCode: string, ip: string): Promise<void> {
  await refundRateLimit(tx, municipalityCode, { key: `staff-second-factor:ip:${ip}`, ...SECOND_FACTOR_PER_ADDRESS });
}

export interface AccountLocks {
  secondFactorUntil?: Date;
  accountUntil?: Date;
  addresses: { ip: string; until: Date }[];
}

/** Every hold on one account that is running now, for the administrator's page. */
export async function accountLocks(tx: Queryable, staff: StaffAccountRow): Promise<AccountLocks> {
  const running = await activeBackoffsStartingWith(tx, staff.municipalityCode, accountKey(staff.id));
  const account = running.find((entry) => entry.key === accountKey(staff.id));
  const prefix = `${accountKey(staff.id)}:ip:`;
  return {
    secondFactorUntil: isLocked(staff) ? staff.lockedUntil! : undefined,
    accountUntil: account?.blockedUntil,
    addresses: running.filter((entry) => entry.key.startsWith(prefix)).map((entry) => ({ ip: entry.key.slice(prefix.length), until: entry.blockedUntil })),
  };
}

export function isHeldOff(locks: AccountLocks): boolean {
  return locks.secondFactorUntil !== undefined || locks.accountUntil !== undefined || locks.addresses.length > 0;
}

/** Lifts every hold on the account; returns what there was, for the audit trail. */
export async function liftAccountLocks(tx: Queryable, staff: StaffAccountRow): Promise<{ secondFactor: boolean; backoffs: number }> {
  await tx.update(staffAccounts).set({ failedAttempts: 0, lockedUntil: null }).where(eq(staffAccounts.id, staff.id));
  const backoffs = await clearBackoffsStartingWith(tx, staff.municipalityCode, accountKey(staff.id));
  return { secondFactor: isLocked(staff), backoffs };
}

const jst = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' });

export function formatLockTime(date: Date): string {
  return jst.format(date);
}

/**
 * Tells the account holder that sign-in is held off and what to do; at most one notice of each
 * kind an hour, so a guesser cannot fill the mailbox.
 */
export async function queueLockNotice(tx: Queryable, staff: StaffAccountRow, townName: string, lock: { kind: LockKind; until: Date; ip: string }): Promise<void> {
  if (!(await consumeRateLimit(tx, staff.municipalityCode, { key: `staff-lock-notice:${staff.id}:${lock.kind}`, limit: 1, windowSeconds: 3600 }))) return;
  const reason = {
    address: `接続元 ${lock.ip} から、パスワードの誤りが続きました。この接続元からのサインインを制限しています（ほかの端末からはサインインできます）。`,
    account: `パスワードの誤りが続きました（最後の接続元：${lock.ip}）。すべての接続元からのサインインを、短い時間、制限しています。`,
    'second-factor': `正しいパスワードの後に、確認コードの誤りが続きました（接続元：${lock.ip}）。アカウントをロックしています。`,
  }[lock.kind];
  const notMe =
    lock.kind === 'second-factor'
      ? 'ご自身の操作でない場合は、パスワードが他の人に知られているおそれがあります。すぐに管理者に連絡してください。'
      : 'ご自身の操作でない場合は、他の人があなたのアカウントでサインインしようとした可能性があります。管理者に連絡してください。';
  await queueMail(tx, {
    municipalityCode: staff.municipalityCode,
    to: staff.email,
    subject: `【${townName}】職員用ページへのサインインを一時的に制限しました`,
    text: [
      `${staff.displayName} 様`,
      '',
      `${townName}の職員用ページで、あなたのアカウント（${staff.email}）へのサインインに続けて失敗したため、安全のため、サインインを一時的に制限しました。`,
      '',
      reason,
      `制限は ${formatLockTime(lock.until)} ごろに自動的に解けます。`,
      '',
      'ご自身の操作による場合は、制限が解けてから、正しいパスワードと確認コードでもう一度サインインしてください。急ぐ場合は、管理者に「ロックを解除する」を依頼してください。',
      notMe,
      '',
      '※このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。',
      townName,
    ].join('\n'),
  });
}

function latest(...dates: (Date | undefined)[]): Date | undefined {
  const defined = dates.filter((date): date is Date => date !== undefined);
  return defined.length === 0 ? undefined : new Date(Math.max(...defined.map((date) => date.getTime())));
}
