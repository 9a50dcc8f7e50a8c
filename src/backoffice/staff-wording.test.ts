import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import { signInResident } from '../../test/resident-sign-in.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { createJobRunner } from '../platform/jobs/job-runner.ts';
import { jobs } from '../platform/jobs/schema.ts';
import { createJobHandlerRegistry } from '../plugins.ts';

const BASE = '/m/143421';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/u;
const quiet = { info() {}, warn() {}, error() {} };

/** The text of <main>, without tags. */
function mainText(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main.replace(/<[^>]+>/gu, ' ');
}

describe('staff pages name things in words, not codes', () => {
  let t: TestApp;
  let admin: TestBrowser;
  before(async () => {
    t = await createTestApp();
    admin = (await signInStaff(t, 'admin@ninomiya.example.jp', 'ninomiya-demo-2026')).browser;
    await signInResident(t.publicApp, t.services.db, 'someone@example.jp');
    const runner = createJobRunner({ db: t.services.db, handlers: createJobHandlerRegistry(t.services.config, t.services.mailTransport, quiet), workerId: 'wording', log: quiet });
    while (await runner.runOnce());
    await t.services.db.insert(jobs).values({ municipalityCode: '143421', kind: 'cases.retention', status: 'dead', attempts: 5, lastError: 'connection refused' });
  });
  after(() => t.close());

  it('says what became of each mail in the development outbox', async () => {
    const text = mainText(await (await admin.get(`${BASE}/dev/outbox`)).text());
    assert.match(text, /状態：開発用送信箱に保管（実際には送信していません）/u);
    assert.doesNotMatch(text, /dev_outbox|queued/u);
  });

  it('names actions, people and targets in the audit log, with the code in small type for support', async () => {
    const html = await (await admin.get(`${BASE}/admin/audit`)).text();
    assert.match(html, /<td>サインイン<span class="code-note">staff\.signed_in<\/span><\/td>/u);
    assert.match(html, /<td>職員（二宮 太郎）<\/td>/u);
    assert.match(html, /住民のサインイン<span class="code-note">resident\.signed_in<\/span>/u);
    const cells = [...html.matchAll(/<td>([^<]*)<\/td>/gu)].map((m) => m[1]!);
    assert.ok(cells.every((cell) => !UUID.test(cell) && !/^(staff|resident|system)(：|$)/u.test(cell)), cells.filter((cell) => UUID.test(cell)).join(' / '));
  });

  it('names background jobs, with the code in small type', async () => {
    const html = await (await admin.get(`${BASE}/admin/jobs`)).text();
    assert.match(html, /保存期間を過ぎた個人情報の削除（毎晩）<span class="code-note">cases\.retention<\/span>/u);
  });
});

describe('favicon', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('answers /favicon.ico with an icon instead of a 404, and links an SVG icon in the town’s colour', async () => {
    const browser = new TestBrowser(t.publicApp);
    const ico = await browser.get('/favicon.ico');
    assert.equal(ico.status, 200);
    assert.equal(ico.headers.get('content-type'), 'image/x-icon');
    const bytes = new Uint8Array(await ico.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 4)], [0, 0, 1, 0], 'an ICO header');
    assert.deepEqual([...bytes.slice(22, 26)], [0x89, 0x50, 0x4e, 0x47], 'with a PNG inside');
    const page = await (await browser.get(`${BASE}/`)).text();
    const href = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)"/u.exec(page)?.[1];
    assert.equal(href, '/theme/143421.svg');
    const svg = await browser.get(href!);
    assert.equal(svg.headers.get('content-type'), 'image/svg+xml');
    assert.match(await svg.text(), /fill="#1d5e3a"/u);
    assert.equal((await new TestBrowser(t.internalApp, 'localhost:3001').get('/favicon.ico')).status, 200, 'the staff zone too');
  });
});
