import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { sessions, staffAccounts } from '../platform/identity/schema.ts';
import { currentTotp } from '../platform/identity/totp.ts';
import { writeAuditCheckpoint } from '../platform/audit/audit-checkpoint.ts';

const PASSWORD = 'ninomiya-demo-2026';

describe('staff administration in the back office', () => {
  let t: TestApp;
  let admin: TestBrowser;
  before(async () => {
    t = await createTestApp();
    admin = (await signInStaff(t, 'admin@ninomiya.example.jp', PASSWORD)).browser;
  });
  after(() => t.close());

  const staffId = async (email: string) => (await t.services.db.select().from(staffAccounts).where(eq(staffAccounts.email, email)))[0]!.id;

  it('lists only this municipality’s staff', async () => {
    const html = await (await admin.get('/m/143421/admin/staff')).text();
    assert.match(html, /湘南 花子/);
    assert.match(html, /子育て・健康課/);
    assert.doesNotMatch(html, /大磯 次郎|admin@oiso/);
  });

  it('creates an account with a first password that works, keeping input on errors', async () => {
    const invalid = await admin.submit('/m/143421/admin/staff/new', '/m/143421/admin/staff/new', { displayName: '', email: 'not-an-address', role: 'staff' });
    assert.equal(invalid.status, 400);
    const html = await invalid.text();
    assert.match(html, /<title>エラー：職員を追加する/);
    assert.match(html, /value="not-an-address"/);
    const created = await admin.submit('/m/143421/admin/staff/new', '/m/143421/admin/staff/new', { displayName: '新任 職員', email: 'new@ninomiya.example.jp', role: 'staff' });
    const password = /data-first-password="true">([^<]+)</.exec(await created.text())?.[1];
    assert.ok(password);
    await signInStaff(t, 'new@ninomiya.example.jp', password);
    const duplicate = await admin.submit('/m/143421/admin/staff/new', '/m/143421/admin/staff/new', { displayName: 'x', email: 'NEW@ninomiya.example.jp', role: 'staff' });
    assert.match(await duplicate.text(), /既にあります/);
  });

  it('disables an account and ends its sessions at once, then re-enables it', async () => {
    const { browser: member } = await signInStaff(t, 'publisher@ninomiya.example.jp', PASSWORD);
    assert.equal((await member.get('/m/143421/')).status, 200);
    const id = await staffId('publisher@ninomiya.example.jp');
    const response = await admin.submit(`/m/143421/admin/staff/${id}`, `/m/143421/admin/staff/${id}/disable`, {});
    assert.equal(response.status, 303);
    assert.equal((await member.get('/m/143421/')).status, 303, 'the disabled person is signed out');
    assert.equal((await t.services.db.select().from(sessions).where(eq(sessions.staffId, id))).length, 0);
    await admin.submit(`/m/143421/admin/staff/${id}`, `/m/143421/admin/staff/${id}/enable`, {});
    const [account] = await t.services.db.select().from(staffAccounts).where(eq(staffAccounts.id, id));
    assert.equal(account!.disabled, false);
  });

  it('resets a second factor with an audit entry, so the person enrols again', async () => {
    const id = await staffId('head@ninomiya.example.jp');
    await signInStaff(t, 'head@ninomiya.example.jp', PASSWORD);
    await admin.submit(`/m/143421/admin/staff/${id}`, `/m/143421/admin/staff/${id}/reset-second-factor`, {});
    const [account] = await t.services.db.select().from(staffAccounts).where(eq(staffAccounts.id, id));
    assert.equal(account!.totpSecret, null);
    const entries = await t.services.db.select().from(auditEvents).where(eq(auditEvents.target, `staff:${id}`));
    assert.ok(entries.some((e) => e.action === 'staff.second_factor_reset'));
    await signInStaff(t, 'head@ninomiya.example.jp', PASSWORD);
    const detail = await (await admin.get(`/m/143421/admin/staff/${id}`)).text();
    assert.match(detail, /二要素認証のリセット/, 'the history shows the reset');
    assert.match(detail, /サインイン/);
  });

  it('changes a role; the person’s sessions end so the new role applies', async () => {
    const id = await staffId('staff@ninomiya.example.jp');
    await admin.submit(`/m/143421/admin/staff/${id}`, `/m/143421/admin/staff/${id}/role`, { role: 'section_head' });
    const [account] = await t.services.db.select().from(staffAccounts).where(eq(staffAccounts.id, id));
    assert.equal(account!.role, 'section_head');
  });

  it('refuses admin pages to other roles with a 403 page, and an admin cannot act on themselves', async () => {
    const created = await admin.submit('/m/143421/admin/staff/new', '/m/143421/admin/staff/new', { displayName: '公開 担当', email: 'open@ninomiya.example.jp', role: 'publisher' });
    const password = /data-first-password="true">([^<]+)</.exec(await created.text())![1]!;
    const { browser: staff } = await signInStaff(t, 'open@ninomiya.example.jp', password);
    for (const path of ['/m/143421/admin/staff', '/m/143421/admin/staff/new', '/m/143421/admin/jobs', '/m/143421/admin/audit']) {
      const response = await staff.get(path);
      assert.equal(response.status, 403, path);
      assert.match(await response.text(), /権限がありません/);
    }
    const self = await staffId('admin@ninomiya.example.jp');
    const refused = await admin.submit(`/m/143421/admin/staff/${self}`, `/m/143421/admin/staff/${self}/disable`, {});
    assert.equal(refused.status, 403);
  });

  it('does not let one municipality’s admin see or change another’s staff', async () => {
    const oisoAdmin = (await signInStaff(t, 'admin@oiso.example.jp', 'oiso-demo-2026', '/m/143413')).browser;
    const ninomiyaStaff = await staffId('staff@ninomiya.example.jp');
    assert.equal((await oisoAdmin.get(`/m/143413/admin/staff/${ninomiyaStaff}`)).status, 404);
    const page = await (await oisoAdmin.get('/m/143413/admin/staff')).text();
    assert.doesNotMatch(page, /ninomiya/);
    const response = await oisoAdmin.submit('/m/143413/admin/staff', `/m/143413/admin/staff/${ninomiyaStaff}/disable`, {});
    assert.equal(response.status, 404);
    const [account] = await t.services.db.select().from(staffAccounts).where(eq(staffAccounts.id, ninomiyaStaff));
    assert.equal(account!.disabled, false);
  });

  it('shows a locked-out person’s locks and lifts them all with 「ロックを解除する」, audited', async () => {
    const created = await admin.submit('/m/143421/admin/staff/new', '/m/143421/admin/staff/new', { displayName: 'ロック 試験', email: 'locked@ninomiya.example.jp', role: 'staff' });
    const password = /data-first-password="true">([^<]+)</.exec(await created.text())![1]!;
    const id = await staffId('locked@ninomiya.example.jp');
    const before = await (await admin.get(`/m/143421/admin/staff/${id}`)).text();
    assert.doesNotMatch(before, /ロックを解除する/, 'no button while nothing holds the account');
    const guesser = new TestBrowser(t.internalApp, 'localhost:3001');
    for (let i = 0; i < 5; i++) await guesser.submit('/m/143421/login', '/m/143421/login', { email: 'locked@ninomiya.example.jp', password: `guess-${i}` });
    await t.services.db.update(staffAccounts).set({ failedAttempts: 5, lockedUntil: new Date(Date.now() + 3600_000) }).where(eq(staffAccounts.id, id));
    const detail = await (await admin.get(`/m/143421/admin/staff/${id}`)).text();
    assert.match(detail, /<dt>サインインの制限<\/dt>/);
    assert.match(detail, /確認コードの誤りが続いたため、[^<]+までロックしています。/);
    assert.match(detail, new RegExp(`接続元 ${guesser.remoteAddress.replaceAll('.', '\\.')} からのパスワードを、[^<]+まで受け付けません。`));
    assert.match(detail, /<button class="button" type="submit">ロックを解除する<\/button>/);
    const unlocked = await admin.submit(`/m/143421/admin/staff/${id}`, `/m/143421/admin/staff/${id}/unlock`, {});
    assert.equal(unlocked.headers.get('location'), `/m/143421/admin/staff/${id}?done=unlocked`);
    assert.match(await (await admin.get(`/m/143421/admin/staff/${id}?done=unlocked`)).text(), /ロックを解除しました。/);
    const [account] = await t.services.db.select().from(staffAccounts).where(eq(staffAccounts.id, id));
    assert.deepEqual([account!.failedAttempts, account!.lockedUntil], [0, null]);
    const [entry] = await t.services.db.select().from(auditEvents).where(and(eq(auditEvents.target, `staff:${id}`), eq(auditEvents.action, 'staff.unlocked')));
    assert.deepEqual([entry!.actorId, entry!.detail], [await staffId('admin@ninomiya.example.jp'), { secondFactor: true, backoffs: 2 }]);
    assert.equal((await guesser.submit('/m/143421/login', '/m/143421/login', { email: 'locked@ninomiya.example.jp', password })).headers.get('location'), '/m/143421/login/enrol', 'the person signs in again at once');
    const self = await staffId('admin@ninomiya.example.jp');
    assert.equal((await admin.submit(`/m/143421/admin/staff/${self}`, `/m/143421/admin/staff/${self}/unlock`, {})).status, 403);
  });

  it('shows on the audit page whether the chain matches its latest signed checkpoint', async () => {
    const before = await (await admin.get('/m/143421/admin/audit')).text();
    assert.match(before, /署名付きのチェックポイントはまだありません。/);
    const { checkpoint } = await writeAuditCheckpoint({ db: t.services.db, store: t.services.audit.checkpoints, key: t.services.audit.key, log: { info() {} } }, '143421');
    const after = await (await admin.get('/m/143421/admin/audit')).text();
    assert.match(after, new RegExp(`署名付きのチェックポイント（令和[^、]+、受付順 ${checkpoint.seq} まで）とも一致しています。`));
  });

  it('signs in with a recovery code once, and signs out everywhere', async () => {
    const browser = new TestBrowser(t.internalApp, 'localhost:3001');
    const fresh = await createFreshWithCodes(t);
    const toCode = await browser.submit('/m/143421/login', '/m/143421/login', { email: fresh.email, password: fresh.password });
    assert.equal(toCode.headers.get('location'), '/m/143421/login/code');
    const ok = await browser.submit('/m/143421/login/code', '/m/143421/login/code', { code: fresh.codes[0]!.toLowerCase() });
    assert.equal(ok.status, 303);
    const second = new TestBrowser(t.internalApp, 'localhost:3001');
    await second.submit('/m/143421/login', '/m/143421/login', { email: fresh.email, password: fresh.password });
    const reused = await second.submit('/m/143421/login/code', '/m/143421/login/code', { code: fresh.codes[0]! });
    assert.equal(reused.status, 400, 'a recovery code works once');
    const everywhere = await browser.submit('/m/143421/', '/m/143421/logout/everywhere', {});
    assert.equal(everywhere.headers.get('location'), '/m/143421/login?signed_out=everywhere');
    const id = await staffId(fresh.email);
    assert.equal((await t.services.db.select().from(sessions).where(eq(sessions.staffId, id))).length, 0);
  });

  /** A new account enrolled through the pages, with the recovery codes it was shown. */
  async function createFreshWithCodes(app: TestApp) {
    const email = 'fresh@ninomiya.example.jp';
    const created = await admin.submit('/m/143421/admin/staff/new', '/m/143421/admin/staff/new', { displayName: '回復 試験', email, role: 'staff' });
    const password = /data-first-password="true">([^<]+)</.exec(await created.text())![1]!;
    const browser = new TestBrowser(app.internalApp, 'localhost:3001');
    await browser.submit('/m/143421/login', '/m/143421/login', { email, password });
    const page = await (await browser.get('/m/143421/login/enrol')).text();
    const secret = /data-totp-secret="true">([A-Z2-7]+)</.exec(page)![1]!;
    const done = await browser.submit('/m/143421/login/enrol', '/m/143421/login/enrol', { code: currentTotp(secret) });
    const codes = [...(await done.text()).matchAll(/<code>([A-Z0-9]{4}-[A-Z0-9]{4})<\/code>/g)].map((m) => m[1]!);
    return { email, password, codes };
  }
});
