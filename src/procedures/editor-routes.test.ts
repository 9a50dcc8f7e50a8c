import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import { signInResident } from '../../test/resident-sign-in.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';

const BASE = '/m/143421';
const PASSWORD = 'ninomiya-demo-2026';
const EDITOR = `${BASE}/admin/procedures/ninshin-todokede`;

function textareaOf(html: string): string {
  const raw = /<textarea id="definition"[^>]*>([\s\S]*?)<\/textarea>/u.exec(html)?.[1];
  assert.ok(raw !== undefined, 'the editor shows the definition');
  return raw.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&#39;', "'").replaceAll('&amp;', '&').replace(/^\n/u, '');
}

describe('procedure editor: edit, check, preview, publish and unpublish', () => {
  let t: TestApp;
  let admin: TestBrowser;
  before(async () => {
    t = await createTestApp();
    admin = (await signInStaff(t, 'admin@ninomiya.example.jp', PASSWORD)).browser;
  });
  after(() => t.close());

  it('shows problems by line and place, keeps the text, and refuses a changed id', async () => {
    const list = await (await admin.get(`${BASE}/admin/procedures`)).text();
    assert.match(list, /妊娠の届出<\/a><\/td><td>妊娠・出産・子育て<\/td><td>オンライン<\/td><td>公開中（第1版）/u);
    const text = textareaOf(await (await admin.get(EDITOR)).text());
    assert.equal(JSON.parse(text).id, 'ninshin-todokede');

    const broken = text.replace('"title": "妊娠の届出"', '"title": "妊娠の届出",,');
    const syntax = await admin.submit(EDITOR, EDITOR, { definition: broken });
    assert.equal(syntax.status, 400);
    const syntaxHtml = await syntax.text();
    assert.match(syntaxHtml, /<title>エラー：/u);
    assert.match(syntaxHtml, /3行目\d+文字目（JSONの書き方）/u);
    assert.equal(textareaOf(syntaxHtml), broken, 'what was typed is kept');

    const wrongType = text.replace('"type": "textarea"', '"type": "essay"');
    const invalid = await (await admin.submit(EDITOR, EDITOR, { definition: wrongType })).text();
    const line = wrongType.split('\n').findIndex((l) => l.includes('"essay"')) + 1;
    assert.match(invalid, new RegExp(`${line}行目\\d+文字目（ページ3「[^」]+」 › 項目\\d+「[^」]+」 › type）</a>：無効な選択`, 'u'));
    assert.match(invalid, new RegExp(`${line} ▶ +&quot;type&quot;: &quot;essay&quot;`, 'u'), 'the line is shown, numbered as in the text box');

    const renamed = await (await admin.submit(EDITOR, EDITOR, { definition: text.replace('"id": "ninshin-todokede"', '"id": "ninshin-2"') })).text();
    assert.match(renamed, /手続きIDは変更できません/u);
  });

  it('saves a new version that residents see only once published; drafts keep the version they began with', async () => {
    const resident = await signInResident(t.publicApp, t.services.db, 'mother@example.jp');
    const started = await resident.submit(`${BASE}/procedures/ninshin-todokede/apply`, `${BASE}/procedures/ninshin-todokede/apply`, {});
    const draftPage = started.headers.get('location')!;
    const anonymous = new TestBrowser(t.publicApp);
    assert.match(await (await anonymous.get(`${BASE}/procedures/ninshin-todokede`)).text(), /<h1>妊娠の届出<\/h1>/u, 'the page is now in the page cache');

    const text = textareaOf(await (await admin.get(EDITOR)).text());
    const edited = text.replace('"title": "妊娠の届出"', '"title": "妊娠の届出（母子健康手帳の交付）"').replace('"title": "体調や相談したいこと"', '"title": "体調や、保健師に相談したいこと"');
    const saved = await admin.submit(EDITOR, EDITOR, { definition: edited });
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), `${EDITOR}?saved=2`);
    const editor = await (await admin.get(saved.headers.get('location')!)).text();
    assert.match(editor, /第2版として保存しました。まだ公開されていません/u);
    assert.match(await (await anonymous.get(`${BASE}/procedures/ninshin-todokede`)).text(), /<h1>妊娠の届出<\/h1>/u, 'not published yet');

    const preview = await (await admin.get(`${EDITOR}/versions/2/preview`)).text();
    assert.match(preview, /プレビュー（第2版）/u);
    assert.match(preview, /<h1>妊娠の届出（母子健康手帳の交付）<\/h1>/u);
    const pagePreview = await (await admin.get(`${EDITOR}/versions/2/preview?page=kenko`)).text();
    assert.match(pagePreview, /<h1>体調や、保健師に相談したいこと<\/h1>/u);
    assert.match(pagePreview, /プレビューです。この画面からは送信できません。/u);
    assert.doesNotMatch(pagePreview, /name="_action" value="continue"/u);

    const published = await admin.submit(`${EDITOR}?saved=2`, `${EDITOR}/publish`, { version: '2' });
    assert.equal(published.headers.get('location'), `${EDITOR}?published=2`);
    assert.match(await (await anonymous.get(`${BASE}/procedures/ninshin-todokede`)).text(), /<h1>妊娠の届出（母子健康手帳の交付）<\/h1>/u, 'published at once, past the page cache');
    const draftHtml = await (await resident.get(draftPage)).text();
    assert.match(draftHtml, /｜妊娠の届出｜/u, 'the draft started on version 1 keeps version 1');

    const unpublished = await admin.submit(EDITOR, `${EDITOR}/unpublish`, {});
    assert.equal(unpublished.headers.get('location'), `${EDITOR}?unpublished=1`);
    assert.equal((await anonymous.get(`${BASE}/procedures/ninshin-todokede`)).status, 404);
    assert.doesNotMatch(await (await anonymous.get(`${BASE}/procedures`)).text(), /妊娠の届出/u);
    assert.equal((await resident.get(draftPage)).status, 200, 'a draft in progress can still be finished');

    const audit = await withTenant(t.services.db, '143421', (tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.actorType, 'staff'))));
    const actions = audit.map((e) => e.action);
    for (const action of ['procedure.save_version', 'procedure.publish', 'procedure.unpublish']) assert.ok(actions.includes(action), action);
  });

  it('adds a new procedure with an unused id, and is for admins only', async () => {
    const template = textareaOf(await (await admin.get(`${BASE}/admin/procedures/new`)).text());
    const taken = await admin.submit(`${BASE}/admin/procedures/new`, `${BASE}/admin/procedures/new`, { definition: template.replace('atarashii-tetsuzuki', 'kaigo-nintei') });
    assert.equal(taken.status, 400);
    assert.match(await taken.text(), /手続きID「kaigo-nintei」はすでに使われています/u);
    const added = await admin.submit(`${BASE}/admin/procedures/new`, `${BASE}/admin/procedures/new`, { definition: template.replace('（手続きの名称）', '犬の登録') });
    assert.equal(added.headers.get('location'), `${BASE}/admin/procedures/atarashii-tetsuzuki?saved=1`);
    assert.match(await (await admin.get(`${BASE}/admin/procedures`)).text(), /犬の登録<\/a><\/td><td>[^<]+<\/td><td>窓口・郵送<\/td><td>非公開/u);

    const staff = (await signInStaff(t, 'staff@ninomiya.example.jp', PASSWORD)).browser;
    assert.equal((await staff.get(`${BASE}/admin/procedures`)).status, 403);
    assert.equal((await staff.get(`${EDITOR}/versions/1/preview`)).status, 403);
  });
});
