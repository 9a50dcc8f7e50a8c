import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, like } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { mailMessages } from '../platform/mail/schema.ts';
import { signInBackoffs, staffAccounts } from '../platform/identity/schema.ts';
import { createStaffAccount } from '../platform/identity/staff-accounts.ts';
import { backoffSeconds } from '../platform/identity/sign-in-backoff.ts';
import { PASSWORD_FOR_ACCOUNT, PASSWORD_FROM_ADDRESS, SECOND_FACTOR_PER_ADDRESS } from '../platform/identity/staff-lockout.ts';
import { currentTotp } from '../platform/identity/totp.ts';

const BASE = '/m/143421';
const PASSWORD = 'lockout-test-password-2026';
let accounts = 0;

describe('staff lockout: counted atomically, per account and per address', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  /** A new enrolled account, so that each test starts from no failures. */
  async function newAccount(): Promise<{ id: string; email: string; secret: string }> {
    const email = `lockout${++accounts}@ninomiya.example.jp`;
    const account = await withTenant(t.services.db, '143421', (tx) => createStaffAccount(tx, { municipalityCode: '143421', email, displayName: `試験 ${accounts}`, role: 'staff', password: PASSWORD }));
    const { secret } = await signInStaff(t, email, PASSWORD);
    return { id: account.id, email, secret };
  }

  const internal = (remoteAddress?: string) => new TestBrowser(t.internalApp, 'localhost:3001', remoteAddress);
  const tryPassword = (browser: TestBrowser, email: string, password: string) => browser.submit(`${BASE}/login`, `${BASE}/login`, { email, password });
  const failures = async (staffId: string, reason: string) =>
    (await t.services.db.select().from(auditEvents).where(and(eq(auditEvents.target, `staff:${staffId}`), eq(auditEvents.action, 'staff.sign_in_failed')))).filter((e) => (e.detail as { reason?: string }).reason === reason);
  const mailsTo = (email: string) => t.services.db.select().from(mailMessages).where(eq(mailMessages.toAddress, email));
  const account = async (id: string) => (await t.services.db.select().from(staffAccounts).where(eq(staffAccounts.id, id)))[0]!;

  /** A browser past the password step, on the code page, with the CSRF token of that page. */
  async function atCodeStep(email: string, remoteAddress?: string) {
    const browser = internal(remoteAddress);
    const toCode = await tryPassword(browser, email, PASSWORD);
    assert.equal(toCode.headers.get('location'), `${BASE}/login/code`);
    const page = await (await browser.get(`${BASE}/login/code`)).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    return { browser, guess: (code: string) => browser.post(`${BASE}/login/code`, { code, _csrf: csrf }) };
  }

  it('checks at most five of 60 second-factor codes sent at once, then locks the account and tells its holder', async () => {
    const { id, email, secret } = await newAccount();
    const { guess } = await atCodeStep(email);
    const wrong = String((Number(currentTotp(secret)) + 500_000) % 1_000_000).padStart(6, '0');
    const answers = await Promise.all(Array.from({ length: 60 }, () => guess(wrong)));
    assert.ok(answers.every((answer) => answer.status === 400));
    assert.equal((await failures(id, 'wrong-code')).length, 5, 'only five codes were compared');
    assert.equal((await failures(id, 'locked')).length, 55);
    const locked = await account(id);
    assert.equal(locked.failedAttempts, 5);
    assert.ok(locked.lockedUntil && locked.lockedUntil > new Date());
    const right = await guess(currentTotp(secret));
    assert.equal(right.status, 400, 'the right code does not open a locked account');
    assert.match(await right.text(), /確認コードの誤りが続いたため、このアカウントを一時的にロックしました。[^<]*ごろに自動的に解除されます。[^<]*「ロックを解除する」を依頼してください。/);
    const notices = await mailsTo(email);
    assert.equal(notices.length, 1, 'one notice, not one per guess');
    assert.equal(notices[0]!.subject, '【二宮町】職員用ページへのサインインを一時的に制限しました');
    assert.match(notices[0]!.bodyText, /確認コードの誤りが続きました/);
    assert.match(notices[0]!.bodyText, /パスワードが他の人に知られているおそれがあります。すぐに管理者に連絡してください。/);
  });

  it('limits wrong second-factor codes per address across accounts, also when they arrive at once', async () => {
    const address = '198.51.100.7';
    const targets = [await newAccount(), await newAccount(), await newAccount()];
    const steps = await Promise.all(targets.map((target) => atCodeStep(target.email, address)));
    await Promise.all(steps.flatMap((step) => Array.from({ length: 4 }, (_, n) => step.guess(`00000${n}`))));
    const compared = (await Promise.all(targets.map((target) => failures(target.id, 'wrong-code')))).flat();
    assert.equal(compared.length, SECOND_FACTOR_PER_ADDRESS.limit, 'no more codes compared than the address may try');
    const limited = (await Promise.all(targets.map((target) => failures(target.id, 'rate-limited')))).flat();
    assert.equal(limited.length, 12 - SECOND_FACTOR_PER_ADDRESS.limit);
    const fresh = await newAccount();
    const elsewhere = await atCodeStep(fresh.email, address);
    const refused = await elsewhere.guess('123456');
    assert.match(await refused.text(), /この接続元から確認コードの誤りが続いたため/);
    await t.services.db.update(staffAccounts).set({ totpLastStep: 0 }).where(eq(staffAccounts.id, fresh.id));
    const other = await atCodeStep(fresh.email, '198.51.100.8');
    assert.equal((await other.guess(currentTotp(fresh.secret))).status, 303, 'another address signs in');
  });

  it('holds off the address that guesses a colleague’s password, not the colleague at another desk', async () => {
    const { id, email } = await newAccount();
    const guesser = internal();
    for (let i = 0; i < PASSWORD_FROM_ADDRESS.freeFailures; i++) assert.equal((await tryPassword(guesser, email, `guess-${i}`)).status, 400);
    const refused = await tryPassword(guesser, email, PASSWORD);
    assert.equal(refused.status, 400, 'the right password from the guessing address is refused for now');
    const html = await refused.text();
    assert.match(html, /<h2>サインインできない場合<\/h2>/);
    assert.match(html, /管理者に連絡し、「ロックを解除する」を依頼してください/);
    assert.equal((await failures(id, 'backed-off')).length, 1);
    const colleague = internal();
    assert.equal((await tryPassword(colleague, email, PASSWORD)).headers.get('location'), `${BASE}/login/code`, 'the holder signs in from their own desk');
    const [notice] = await mailsTo(email);
    assert.match(notice!.bodyText, new RegExp(`接続元 ${guesser.remoteAddress.replaceAll('.', '\\.')} から、パスワードの誤りが続きました。この接続元からのサインインを制限しています（ほかの端末からはサインインできます）。`));
    assert.equal((await account(id)).lockedUntil, null, 'the account itself is not locked');
  });

  it('backs the account off only briefly when wrong passwords come from many addresses', async () => {
    const { id, email } = await newAccount();
    for (let n = 0; n < PASSWORD_FOR_ACCOUNT.freeFailures; n++) await tryPassword(internal(`203.0.113.${n + 1}`), email, `guess-${n}`);
    const anyone = internal();
    assert.equal((await tryPassword(anyone, email, PASSWORD)).status, 400, 'a short back-off for the account');
    const [row] = await t.services.db.select().from(signInBackoffs).where(eq(signInBackoffs.key, `staff-password:${id}`));
    assert.ok(row!.blockedUntil!.getTime() - Date.now() <= PASSWORD_FOR_ACCOUNT.firstSeconds * 1000);
    assert.equal(backoffSeconds(1000, PASSWORD_FOR_ACCOUNT), 15 * 60, 'never more than 15 minutes for the account as a whole');
    assert.ok((await mailsTo(email)).some((mail) => /すべての接続元からのサインインを、短い時間、制限しています/.test(mail.bodyText)));
    await t.services.db.update(signInBackoffs).set({ blockedUntil: new Date(Date.now() - 1000) }).where(like(signInBackoffs.key, `staff-password:${id}%`));
    assert.equal((await tryPassword(anyone, email, PASSWORD)).headers.get('location'), `${BASE}/login/code`, 'it ends by itself');
    assert.equal((await t.services.db.select().from(signInBackoffs).where(eq(signInBackoffs.key, `staff-password:${id}`))).length, 0, 'and the right password starts the count again');
  });

  it('counts wrong passwords sent at once one by one', async () => {
    const { id, email } = await newAccount();
    const guesser = internal();
    const page = await (await guesser.get(`${BASE}/login`)).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    await Promise.all(Array.from({ length: 20 }, (_, n) => guesser.post(`${BASE}/login`, { email, password: `guess-${n}`, _csrf: csrf })));
    assert.equal((await failures(id, 'password')).length, PASSWORD_FROM_ADDRESS.freeFailures, 'passwords compared before the address was held off');
    assert.equal((await failures(id, 'backed-off')).length, 20 - PASSWORD_FROM_ADDRESS.freeFailures);
  });
});
