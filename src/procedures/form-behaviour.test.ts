import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInResident } from '../../test/resident-sign-in.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import type { TestBrowser } from '../../test/http-client.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { applications } from '../cases/schema.ts';
import { residents, sessions } from '../platform/identity/schema.ts';

const BASE = '/m/143421';

function daysAgo(days: number): string[] {
  return new Date(Date.now() - days * 86400_000).toISOString().slice(0, 10).split('-');
}

const APPLICANT: [string, string][] = [
  ['name-family', '二宮'], ['name-given', '花子'], ['kana-family', 'ニノミヤ'], ['kana-given', 'ハナコ'],
  ['birthDate-year', '1980'], ['birthDate-month', '4'], ['birthDate-day', '1'], ['postalCode', '259-0123'], ['phone', '0463-71-3311'],
];

describe('forms that help people answer right (罹災証明書, 妊娠の届出)', () => {
  let t: TestApp;
  let browser: TestBrowser;
  before(async () => {
    t = await createTestApp();
    browser = await signInResident(t.publicApp, t.services.db, 'higai@example.jp');
  });
  after(() => t.close());

  async function start(slug: string): Promise<string> {
    const started = await browser.submit(`${BASE}/procedures/${slug}/apply`, `${BASE}/procedures/${slug}/apply`, {});
    assert.equal(started.status, 303, 'an e-mail sign-in is enough to start');
    return started.headers.get('location')!.split('/').slice(0, -1).join('/');
  }

  async function send(page: string, entries: [string, string][]) {
    return browser.submitMultipart(page, page, [...entries, ['_action', 'continue']]);
  }

  it('罹災証明書 can be applied for without the My Number card, and says how identity is checked', async () => {
    const page = await (await browser.get(`${BASE}/procedures/risai-shomeisho`)).text();
    assert.match(page, /マイナンバーカードがなくても/u);
    const startPage = await (await browser.get(`${BASE}/procedures/risai-shomeisho/apply`)).text();
    assert.doesNotMatch(startPage, /追加の本人確認が必要です/u);
    assert.match(startPage, /各ページで保存されます/u);
  });

  it('states the number of pages as a range on the start page, and the pages still to come on each page', async () => {
    const slug = 'hoiku-riyou-moshikomi';
    const parent = await signInResident(t.publicApp, t.services.db, 'hoiku@example.jp');
    // This procedure asks for the My Number card; the card sign-in itself is tested elsewhere.
    await withTenant(t.services.db, '143421', async (tx) => {
      const [resident] = await tx.select().from(residents).where(eq(residents.email, 'hoiku@example.jp'));
      await tx.update(sessions).set({ assurance: 'high' }).where(eq(sessions.residentId, resident!.id));
    });
    const startPage = await (await parent.get(`${BASE}/procedures/${slug}/apply`)).text();
    const [, min, max] = /質問は(\d+)〜(\d+)ページ/u.exec(startPage) ?? [];
    assert.ok(min && max && Number(min) < Number(max), 'a range, since a page applies only after some answers');
    assert.match(startPage, /ページの数は、答えによって変わります/u);
    const started = await parent.submit(`${BASE}/procedures/${slug}/apply`, `${BASE}/procedures/${slug}/apply`, {});
    const first = await (await parent.get(started.headers.get('location')!)).text();
    const [, current, restMin, restMax] = /(\d+)ページ目（このあと(\d+)(?:〜(\d+))?ページと、申請内容の確認があります）/u.exec(first) ?? [];
    assert.equal(current, '1');
    assert.equal(Number(current) + Number(restMin), Number(min), 'the first page counts the same pages as the start page');
    assert.equal(Number(current) + Number(restMax ?? restMin), Number(max));
    assert.doesNotMatch(first, /\d+ \/ \d+ ページ目/u, 'no total that jumps as answers change');
  });

  it('asks to confirm an address without a house number, keeps the answers, and goes on once confirmed', async () => {
    const draft = await start('risai-shomeisho');
    const page = `${draft}/shinseisha`;
    const warned = await send(page, [...APPLICANT, ['address', '神奈川県中郡二宮町二宮']]);
    assert.equal(warned.status, 200);
    const html = await warned.text();
    assert.match(html, /入力内容をご確認ください/u);
    assert.match(html, /住所に番地が入っていないようです（神奈川県中郡二宮町二宮）/u);
    assert.match(html, /name="_confirm" value="address:no-house-number"/u);
    assert.match(html, /value="二宮"/u, 'what was typed is kept');
    assert.doesNotMatch(html, /<title>エラー：/u, 'a warning is not an error');
    const confirmed = await send(page, [...APPLICANT, ['address', '神奈川県中郡二宮町二宮'], ['_confirm', 'address:no-house-number']]);
    assert.equal(confirmed.status, 303);
    assert.match(confirmed.headers.get('location')!, /\/setai$/u);
    const again = await send(page, [...APPLICANT, ['address', '神奈川県中郡二宮町二宮']]);
    assert.equal(again.status, 303, 'a confirmed warning is not asked again while the answer stays the same');
    const changed = await send(page, [...APPLICANT, ['address', '神奈川県中郡二宮町山西']]);
    assert.equal(changed.status, 200, 'a new answer is asked about again');
  });

  it('refuses an impossible 罹災 date at the field, in the words of the procedure', async () => {
    const draft = await start('risai-shomeisho');
    await send(`${draft}/shinseisha`, [...APPLICANT, ['address', '神奈川県中郡二宮町二宮1240番地']]);
    await send(`${draft}/setai`, [['applicantType', 'head']]);
    const [year, month, day] = daysAgo(120);
    const refused = await send(`${draft}/saigai`, [['disasterDate-year', year!], ['disasterDate-month', month!], ['disasterDate-day', day!], ['cause', 'wind']]);
    assert.equal(refused.status, 400);
    const html = await refused.text();
    assert.match(html, /<title>エラー：/u);
    assert.match(html, /href="#disasterDate-year">被害を受けた日から3か月を過ぎているため/u);
    const [y, m, d] = daysAgo(10);
    assert.equal((await send(`${draft}/saigai`, [['disasterDate-year', y!], ['disasterDate-month', m!], ['disasterDate-day', d!], ['cause', 'wind']])).status, 303);
  });

  it('shows a follow-up under a heading saying who answers it, marked 必須, and requires it only when it applies', async () => {
    const draft = await start('risai-shomeisho');
    const html = await (await browser.get(`${draft}/setai`)).text();
    const block = /<div class="conditional" data-show-if="([^"]+)"[^>]*>([\s\S]*?)<\/div>\s*(?:<div class="conditional"|<div class="field">|<div class="actions">)/u.exec(html);
    assert.ok(block, 'the follow-ups are grouped with their condition for the script');
    assert.match(block[2]!, /「あなたは、被害を受けた世帯の」で「世帯主です」以外を選んだ方のみお答えください/u);
    assert.match(block[2]!, /世帯主の氏名<span class="required">※必須<\/span>/u, 'marked as it is when it applies, never 任意');
    assert.match(html, /src="\/assets\/app\.js\?v=/u);
    const asHead = await send(`${draft}/setai`, [['applicantType', 'head']]);
    assert.equal(asHead.status, 303, 'not asked of the head of household');
    const asMember = await send(`${draft}/setai`, [['applicantType', 'member']]);
    assert.equal(asMember.status, 400);
    assert.match(await asMember.text(), /世帯主の氏名の姓を入力してください|世帯主の氏名を入力してください/u);
  });

  it('words the messages for questions and declarations as natural Japanese', async () => {
    const draft = await start('risai-shomeisho');
    const empty = await (await send(`${draft}/setai`, [])).text();
    assert.match(empty, /「あなたは、被害を受けた世帯の」について、当てはまるものを選んでください/u);
    assert.doesNotMatch(empty, /世帯のを選んで/u);
  });

  it('never overwrites a fuller address with the postal code lookup, and says what the code stands for', async () => {
    const draft = await start('risai-shomeisho');
    const page = `${draft}/shinseisha`;
    const empty = await (await browser.submitMultipart(page, page, [['postalCode', '2590123'], ['address', ''], ['_action', 'lookup:postalCode']])).text();
    assert.match(empty, /name="address" type="text" value="神奈川県中郡二宮町二宮"/u);
    const fuller = await (await browser.submitMultipart(page, page, [['postalCode', '2590123'], ['address', '神奈川県中郡二宮町二宮1240番地の3'], ['_action', 'lookup:postalCode']])).text();
    assert.match(fuller, /value="神奈川県中郡二宮町二宮1240番地の3"/u, 'the fuller address stays');
    const other = await (await browser.submitMultipart(page, page, [['postalCode', '2590123'], ['address', '神奈川県中郡二宮町山西1823番地'], ['_action', 'lookup:postalCode']])).text();
    assert.match(other, /value="神奈川県中郡二宮町山西1823番地"/u);
    assert.match(other, /郵便番号259-0123の地域は「神奈川県中郡二宮町二宮」です/u);
  });

  it('flags an unusual combination in a repeating page and shows confirmed warnings to staff on the case', async () => {
    const draft = await start('risai-shomeisho');
    await send(`${draft}/shinseisha`, [...APPLICANT, ['address', '神奈川県中郡二宮町二宮']]);
    assert.equal((await send(`${draft}/shinseisha`, [...APPLICANT, ['address', '神奈川県中郡二宮町二宮'], ['_confirm', 'address:no-house-number']])).status, 303);
    await send(`${draft}/setai`, [['applicantType', 'head']]);
    const [y, m, d] = daysAgo(5);
    assert.equal((await send(`${draft}/saigai`, [['disasterDate-year', y!], ['disasterDate-month', m!], ['disasterDate-day', d!], ['cause', 'earthquake']])).status, 303);
    const building: [string, string][] = [['buildings-count', '1'], ['buildings-0-buildingAddress', '神奈川県中郡二宮町二宮1240番地'], ['buildings-0-buildingOwnership', 'own'], ['buildings-0-buildingStructure', 'wood'], ['buildings-0-damageParts', 'roof'], ['buildings-0-damageParts', 'floodBelow'], ['buildings-0-damageDetail', '床下まで浸水した']];
    const warned = await send(`${draft}/juka`, building);
    assert.equal(warned.status, 200);
    const html = await warned.text();
    assert.match(html, /住家（1）：被害の原因を「地震」として、浸水の被害を選んでいます/u);
    assert.equal((await send(`${draft}/juka`, [...building, ['_confirm', 'buildings-0-damageParts:quake-flood']])).status, 303);
    await send(`${draft}/hantei`, [['selfAssessment', 'no'], ['copies', '1'], ['purposes', 'insurance'], ['receiveBy', 'mail']]);
    await send(`${draft}/tenpu`, []);
    const submitted = await browser.submit(`${draft}/check`, `${draft}/submit`, { declaration: 'yes' });
    assert.equal(submitted.status, 303, 'submitted');
    const id = submitted.headers.get('location')!.split('/').at(-1)!;
    const [row] = await withTenant(t.services.db, '143421', (tx) => tx.select().from(applications).where(eq(applications.id, id)));
    assert.equal(row!.applicantAssurance, 'low');
    assert.deepEqual((row!.confirmedWarnings as { question: string }[]).map((w) => w.question), ['住所', '被害を受けたところ（当てはまるものすべて）']);
    const admin = (await signInStaff(t, 'admin@ninomiya.example.jp', 'ninomiya-demo-2026')).browser;
    const casePage = await (await admin.get(`${BASE}/cases/${id}`)).text();
    assert.match(casePage, /申請者が「間違いない」と確認した注意事項があります（2件）/u);
    assert.match(casePage, /メールアドレスの確認のみ/u, 'staff see that identity is still to be checked');
  });
});
