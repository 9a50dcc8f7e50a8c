import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { residentEmailCodes, residents, sessions } from '../platform/identity/schema.ts';
import { signInResident } from '../../test/resident-sign-in.ts';

const BASE = '/m/143421';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** A 12-digit number with a valid check digit, computed here without the code under test. */
function individualNumber(first11: string): string {
  const weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const remainder = [...first11].reduce((sum, digit, i) => sum + Number(digit) * weights[i]!, 0) % 11;
  return `${first11}${remainder <= 1 ? 0 : 11 - remainder}`;
}

describe('マイページ', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const residentRow = async (email: string) => (await t.services.db.select().from(residents).where(eq(residents.email, email)))[0];
  const saveProfile = (browser: TestBrowser, form: Record<string, string>) => browser.submit(`${BASE}/mypage/profile`, `${BASE}/mypage/profile`, form);

  it('shows the account and what can be done with it', async () => {
    const browser = await signInResident(t.publicApp, t.services.db, 'page@example.jp');
    const html = await (await browser.get(`${BASE}/mypage`)).text();
    assert.match(html, /<title>マイページ｜二宮町<\/title>/);
    assert.match(html, /page@example.jp/);
    assert.match(html, /メールアドレスで確認済み/);
    for (const path of ['profile', 'sessions', 'export', 'delete']) assert.match(html, new RegExp(`href="/m/143421/mypage/${path}"`));
  });

  it('shows when the resident last signed in, as stored', async () => {
    const browser = await signInResident(t.publicApp, t.services.db, 'last-sign-in@example.jp');
    await t.services.db.update(residents).set({ lastSignInAt: new Date('2026-04-01T00:30:00Z') }).where(eq(residents.email, 'last-sign-in@example.jp'));
    const html = await (await browser.get(`${BASE}/mypage`)).text();
    assert.match(html, /最後にサインインした日時<\/th><td>[^<]*2026年[^<]*4月1日[^<]*9:30/);
  });

  it('saves the profile with フリガナ in full-width katakana and the phone in half-width digits', async () => {
    const browser = await signInResident(t.publicApp, t.services.db, 'profile@example.jp');
    const form = { name: '二宮 太郎', 'name-kana': 'にのみや ﾀﾛｳ', 'birth-year': '１９８５', 'birth-month': '4', 'birth-day': '1', address: '神奈川県中郡二宮町二宮961番地', phone: '０４６３－７１－３３１１' };
    const saved = await saveProfile(browser, form);
    assert.equal(saved.headers.get('location'), `${BASE}/mypage/profile?saved=1`);
    const row = await residentRow('profile@example.jp');
    assert.deepEqual(row!.profile, { name: '二宮 太郎', nameKana: 'ニノミヤ　タロウ', birthDate: '1985-04-01', address: '神奈川県中郡二宮町二宮961番地', phone: '0463-71-3311' });
    const page = await (await browser.get(`${BASE}/mypage/profile?saved=1`)).text();
    assert.match(page, /登録情報を保存しました/);
    assert.match(page, /value="ニノミヤ　タロウ"/);
    const audit = await t.services.db.select().from(auditEvents).where(eq(auditEvents.action, 'resident.profile_updated'));
    assert.doesNotMatch(JSON.stringify(audit), /二宮 太郎|0463/, 'the audit trail names fields, not values');

    const wrong = await saveProfile(browser, { ...form, 'name-kana': 'Taro', 'birth-day': '31', 'birth-month': '2' });
    assert.equal(wrong.status, 400);
    const html = await wrong.text();
    assert.match(html, /<title>エラー：登録情報｜二宮町<\/title>/);
    assert.match(html, /href="#name-kana"/);
    assert.match(html, /id="name-kana-error"/);
    assert.match(html, /value="Taro"/);
    assert.match(html, /value="神奈川県中郡二宮町二宮961番地"/);
    assert.equal(((await residentRow('profile@example.jp'))!.profile as { nameKana: string }).nameKana, 'ニノミヤ　タロウ', 'nothing saved is lost');
  });

  it('refuses an individual number in every field, and keeps it nowhere', async () => {
    const browser = await signInResident(t.publicApp, t.services.db, 'mynumber@example.jp');
    const number = individualNumber('40123456789');
    const shapes = [number, `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)}`, number.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)), `${number.slice(0, 4)}-${number.slice(4, 8)}-${number.slice(8)}`];
    const fields = ['name', 'name-kana', 'birth-year', 'birth-month', 'birth-day', 'address', 'phone'];
    for (const [i, field] of fields.entries()) {
      const response = await saveProfile(browser, { address: '二宮町二宮1番地', [field]: shapes[i % shapes.length]! });
      assert.equal(response.status, 400, field);
      const html = await response.text();
      assert.match(html, new RegExp(`id="${field}-error">個人番号（マイナンバー）は入力しないでください`), field);
      assert.doesNotMatch(html.replace(/\D/g, ''), new RegExp(number), `${field}: the number is not shown again`);
    }
    const row = await residentRow('mynumber@example.jp');
    assert.deepEqual(row!.profile, {}, 'nothing was stored');
    const everything = JSON.stringify({ logs: t.logs, audit: await t.services.db.select().from(auditEvents), sessions: await t.services.db.select().from(sessions) });
    assert.doesNotMatch(everything.replace(/\D/g, ' '), new RegExp(number));
    const refused = await t.services.db.select().from(auditEvents).where(eq(auditEvents.action, 'resident.individual_number_refused'));
    assert.equal(refused.length, fields.length);

    const notANumber = `${number.slice(0, 11)}${(Number(number[11]) + 1) % 10}`;
    assert.equal((await saveProfile(browser, { address: `二宮町二宮 ${notANumber}` })).status, 303, 'a wrong check digit is ordinary text');
    assert.equal(((await residentRow('mynumber@example.jp'))!.profile as { address: string }).address, `二宮町二宮 ${notANumber}`);
  });

  it('lists the devices signed in and signs out one or all the others', async () => {
    const phone = await signInResident(t.publicApp, t.services.db, 'devices@example.jp', { userAgent: ANDROID });
    const tablet = await signInResident(t.publicApp, t.services.db, 'devices@example.jp', { userAgent: IPHONE });
    const third = await signInResident(t.publicApp, t.services.db, 'devices@example.jp');
    const list = await (await phone.get(`${BASE}/mypage/sessions`)).text();
    assert.match(list, /Chrome（Android）[^<]*<span class="status-tag">この端末<\/span>/);
    assert.match(list, /Safari（iPhone）/);
    assert.equal([...list.matchAll(/name="session" value="/g)].length, 3);
    assert.doesNotMatch(list, new RegExp(phone.cookies.get('yakuba_resident')!));

    const iphoneRef = /Safari（iPhone）[\s\S]*?name="session" value="([^"]+)"/.exec(list)![1]!;
    const endOne = await phone.submit(`${BASE}/mypage/sessions`, `${BASE}/mypage/sessions/end`, { session: iphoneRef });
    assert.equal(endOne.headers.get('location'), `${BASE}/mypage/sessions?ended=one`);
    assert.equal((await tablet.get(`${BASE}/mypage`)).status, 303, 'the iPhone is signed out');
    assert.equal((await third.get(`${BASE}/mypage`)).status, 200);

    await phone.submit(`${BASE}/mypage/sessions`, `${BASE}/mypage/sessions/end-others`, {});
    assert.equal((await third.get(`${BASE}/mypage`)).status, 303, 'the other device is signed out');
    const after = await (await phone.get(`${BASE}/mypage/sessions?ended=others`)).text();
    assert.match(after, /この端末以外のすべての端末からサインアウトしました/);
    assert.equal([...after.matchAll(/name="session" value="/g)].length, 1);
  });

  it('hands over the resident’s data as a JSON file', async () => {
    const browser = await signInResident(t.publicApp, t.services.db, 'export@example.jp', { userAgent: ANDROID });
    await saveProfile(browser, { name: '大磯 花子', 'name-kana': 'おおいそ はなこ' });
    const response = await browser.get(`${BASE}/mypage/export`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^application\/json/);
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="my-data.json"');
    const text = await response.text();
    const data = JSON.parse(text);
    assert.equal(data.account.email, 'export@example.jp');
    assert.deepEqual(data.profile, { name: '大磯 花子', nameKana: 'オオイソ　ハナコ' });
    assert.equal(data.sessions.length, 1);
    assert.equal(data.sessions[0].userAgent, ANDROID);
    assert.equal(data.sessions[0].current, true);
    const actions = data.auditEvents.map((e: { action: string }) => e.action);
    for (const action of ['resident.signed_in', 'resident.profile_updated', 'resident.data_exported']) assert.ok(actions.includes(action), action);
    assert.doesNotMatch(text, /idHash|id_hash/);
    assert.ok(!text.includes(browser.cookies.get('yakuba_resident')!));
  });

  it('deletes the account and its sign-in data, and the audit trail keeps the deletion', async () => {
    const browser = await signInResident(t.publicApp, t.services.db, 'delete@example.jp');
    await signInResident(t.publicApp, t.services.db, 'delete@example.jp');
    const resident = await residentRow('delete@example.jp');
    const confirm = await (await browser.get(`${BASE}/mypage/delete`)).text();
    assert.match(confirm, /<title>アカウントの削除｜二宮町<\/title>/);
    assert.match(confirm, /すでに提出された申請や届出は、法令で定められた期間/);
    const done = await browser.submit(`${BASE}/mypage/delete`, `${BASE}/mypage/delete`, {});
    assert.equal(done.status, 200);
    assert.match(await done.text(), /アカウントを削除しました/);
    assert.equal(browser.cookies.get('yakuba_resident'), undefined);
    assert.equal(await residentRow('delete@example.jp'), undefined);
    assert.equal((await t.services.db.select().from(sessions).where(eq(sessions.residentId, resident!.id))).length, 0);
    assert.equal((await t.services.db.select().from(residentEmailCodes).where(eq(residentEmailCodes.email, 'delete@example.jp'))).length, 0);
    const [deleted] = await t.services.db.select().from(auditEvents).where(eq(auditEvents.action, 'resident.deleted'));
    assert.equal(deleted!.actorId, resident!.id);
    assert.doesNotMatch(JSON.stringify(deleted), /delete@example.jp/);
    assert.equal((await browser.get(`${BASE}/mypage`)).status, 303);
    await signInResident(t.publicApp, t.services.db, 'delete@example.jp');
    assert.notEqual((await residentRow('delete@example.jp'))!.id, resident!.id, 'signing in again makes a new account');
  });
});
