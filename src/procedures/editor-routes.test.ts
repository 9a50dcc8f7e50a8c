import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import { signInResident } from '../../test/resident-sign-in.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { procedureVersions } from './schema.ts';
import { findProcedureBySlug, listVersions } from './service.ts';

const BASE = '/m/143421';
const PASSWORD = 'ninomiya-demo-2026';
const EDITOR = `${BASE}/admin/procedures/ninshin-todokede`;
const JSON_VIEW = `${EDITOR}/json`;

function textareaOf(html: string): string {
  const raw = /<textarea id="definition"[^>]*>([\s\S]*?)<\/textarea>/u.exec(html)?.[1];
  assert.ok(raw !== undefined, 'the editor shows the definition');
  return raw.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&#39;', "'").replaceAll('&amp;', '&').replace(/^\n/u, '');
}

async function versionsOf(t: TestApp, slug: string) {
  return withTenant(t.services.db, '143421', async (tx) => listVersions(tx, (await findProcedureBySlug(tx, slug))!.id));
}

describe('procedure editor: drafts, the JSON view, preview, publish and unpublish', () => {
  let t: TestApp;
  let admin: TestBrowser;
  before(async () => {
    t = await createTestApp();
    admin = (await signInStaff(t, 'admin@ninomiya.example.jp', PASSWORD)).browser;
  });
  after(() => t.close());

  it('JSON view: shows problems by line and place, keeps the text, and refuses a changed id', async () => {
    const list = await (await admin.get(`${BASE}/admin/procedures`)).text();
    assert.match(list, /妊娠の届出<\/a><\/td><td>妊娠・出産・子育て<\/td><td>オンライン<\/td><td>公開中（第1版）<\/td>/u);
    const text = textareaOf(await (await admin.get(JSON_VIEW)).text());
    assert.equal(JSON.parse(text).id, 'ninshin-todokede');

    const broken = text.replace('"title": "妊娠の届出"', '"title": "妊娠の届出",,');
    const syntax = await admin.submit(JSON_VIEW, JSON_VIEW, { definition: broken });
    assert.equal(syntax.status, 400);
    const syntaxHtml = await syntax.text();
    assert.match(syntaxHtml, /<title>エラー：/u);
    assert.match(syntaxHtml, /3行目\d+文字目（JSONの書き方）/u);
    assert.equal(textareaOf(syntaxHtml), broken, 'what was typed is kept');

    const wrongType = text.replace('"type": "textarea"', '"type": "essay"');
    const invalid = await (await admin.submit(JSON_VIEW, JSON_VIEW, { definition: wrongType })).text();
    const line = wrongType.split('\n').findIndex((l) => l.includes('"essay"')) + 1;
    assert.match(invalid, new RegExp(`${line}行目\\d+文字目（ページ3「[^」]+」 › 項目\\d+「[^」]+」 › type）</a>：無効な選択`, 'u'));
    assert.match(invalid, new RegExp(`${line} ▶ +&quot;type&quot;: &quot;essay&quot;`, 'u'), 'the line is shown, numbered as in the text box');

    const tooLong = await (await admin.submit(JSON_VIEW, JSON_VIEW, { definition: text.replace('"title": "妊娠の届出"', `"title": "${'長'.repeat(121)}"`) })).text();
    assert.match(tooLong, /（title）<\/a>：120文字以内で入力してください/u, 'the same plain messages as the form editor');

    const renamed = await (await admin.submit(JSON_VIEW, JSON_VIEW, { definition: text.replace('"id": "ninshin-todokede"', '"id": "ninshin-2"') })).text();
    assert.match(renamed, /手続きIDは変更できません/u);
    assert.equal((await versionsOf(t, 'ninshin-todokede')).length, 1, 'nothing refused was stored');
  });

  it('JSON view and form editor are one draft: a change in either shows in the other, and the text round-trips', async () => {
    const text = textareaOf(await (await admin.get(JSON_VIEW)).text());
    const same = await admin.submit(JSON_VIEW, JSON_VIEW, { definition: text });
    assert.equal(same.headers.get('location'), `${JSON_VIEW}?done=saved&draft=new`);
    const again = await (await admin.get(same.headers.get('location')!)).text();
    assert.match(again, /下書き（第2版）を作成しました。/u);
    assert.equal(textareaOf(again), text, 'saved unchanged, read back unchanged');

    const field = `${EDITOR}/pages/kenko/fields/worries`;
    const fieldPage = await (await admin.get(field)).text();
    const label = /id="label" name="label" type="text" value="([^"]+)"/u.exec(fieldPage)![1]!;
    const saved = await admin.submit(field, field, { label: `${label}（任意）`, hint: '', required: 'no' });
    assert.equal(saved.status, 303);
    const json = JSON.parse(textareaOf(await (await admin.get(JSON_VIEW)).text()));
    const worries = json.pages.find((p: { id: string }) => p.id === 'kenko').fields.find((f: { name: string }) => f.name === 'worries');
    assert.equal(worries.label, `${label}（任意）`, 'the form change is in the JSON');
    assert.equal(worries.required, false);

    const edited = textareaOf(await (await admin.get(JSON_VIEW)).text()).replace(`"label": "${label}（任意）"`, '"label": "相談したいこと（JSONで変更）"');
    assert.equal((await admin.submit(JSON_VIEW, JSON_VIEW, { definition: edited })).headers.get('location'), `${JSON_VIEW}?done=saved`);
    assert.match(await (await admin.get(field)).text(), /<h1>質問の編集：相談したいこと（JSONで変更）<\/h1>/u, 'the JSON change is in the form');
    assert.deepEqual((await versionsOf(t, 'ninshin-todokede')).map((v) => [v.version, v.draft]), [[2, true], [1, false]], 'every change went into the one draft');
  });

  it('residents see only the published version while the draft changes; drafts keep the version they began with', async () => {
    const resident = await signInResident(t.publicApp, t.services.db, 'mother@example.jp');
    const started = await resident.submit(`${BASE}/procedures/ninshin-todokede/apply`, `${BASE}/procedures/ninshin-todokede/apply`, {});
    const draftPage = started.headers.get('location')!;
    const anonymous = new TestBrowser(t.publicApp);
    assert.match(await (await anonymous.get(`${BASE}/procedures/ninshin-todokede`)).text(), /<h1>妊娠を届け出る（母子健康手帳の交付）<\/h1>\s*<p class="legal-name">正式名称：妊娠の届出<\/p>/u, 'the page is now in the page cache');

    const home = await (await admin.get(EDITOR)).text();
    assert.match(home, /下書き（第2版）を編集しています/u);
    assert.match(home, /住民の方には第1版が表示されています。/u);
    assert.match(await (await admin.get(`${BASE}/admin/procedures`)).text(), /公開中（第1版）・下書きあり（第2版）/u);
    const pagePreview = await (await admin.get(`${EDITOR}/versions/2/preview?page=kenko`)).text();
    assert.match(pagePreview, /相談したいこと（JSONで変更）/u);
    assert.match(pagePreview, /プレビューです。この画面からは送信できません。/u);
    assert.doesNotMatch(pagePreview, /name="_action" value="continue"/u);
    assert.doesNotMatch(await (await resident.get(draftPage.replace(/\/[^/]+$/u, '/kenko'))).text(), /JSONで変更/u, 'the resident’s draft is on version 1');

    const confirm = await (await admin.get(`${EDITOR}/publish`)).text();
    assert.match(confirm, /質問「相談したいこと（JSONで変更）」を変更しました。/u);
    const published = await admin.submit(`${EDITOR}/publish`, `${EDITOR}/publish`, { version: '2' });
    assert.equal(published.headers.get('location'), `${EDITOR}?published=2`);
    assert.match(await (await admin.get(published.headers.get('location')!)).text(), /第2版を公開しました/u);
    assert.deepEqual((await versionsOf(t, 'ninshin-todokede')).map((v) => [v.version, v.draft]), [[2, false], [1, false]], 'publishing fixed the draft');
    assert.doesNotMatch(await (await resident.get(draftPage.replace(/\/[^/]+$/u, '/kenko'))).text(), /JSONで変更/u, 'a draft started on version 1 keeps version 1');

    const next = await admin.submit(`${EDITOR}/settings`, `${EDITOR}/pages/kenko/fields/worries`, { label: '相談したいこと', hint: '', required: 'no' });
    assert.match(next.headers.get('location')!, /draft=new/u, 'editing a published version starts a new draft');
    assert.deepEqual((await versionsOf(t, 'ninshin-todokede')).map((v) => [v.version, v.draft]), [[3, true], [2, false], [1, false]]);

    const unpublished = await admin.submit(EDITOR, `${EDITOR}/unpublish`, {});
    assert.equal(unpublished.headers.get('location'), `${EDITOR}?unpublished=1`);
    assert.equal((await anonymous.get(`${BASE}/procedures/ninshin-todokede`)).status, 404);
    assert.doesNotMatch(await (await anonymous.get(`${BASE}/procedures`)).text(), /妊娠の届出/u);
    assert.equal((await resident.get(draftPage)).status, 200, 'a draft in progress can still be finished');
    assert.match(await (await admin.get(`${BASE}/admin/procedures`)).text(), /非公開・下書きあり（第3版）/u);

    const audit = await withTenant(t.services.db, '143421', (tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.actorType, 'staff'))));
    const actions = audit.map((e) => e.action);
    for (const action of ['procedure.start_draft', 'procedure.edit_draft', 'procedure.publish', 'procedure.unpublish']) assert.ok(actions.includes(action), action);
  });

  it('keeps fixed versions as they are: the database refuses to change one, and their question names stay', async () => {
    const procedure = (await withTenant(t.services.db, '143421', (tx) => findProcedureBySlug(tx, 'ninshin-todokede')))!;
    await assert.rejects(
      withTenant(t.services.db, '143421', (tx) => tx.update(procedureVersions).set({ definition: sql`'{}'::jsonb` }).where(and(eq(procedureVersions.procedureId, procedure.id), eq(procedureVersions.version, 1)))),
      (error: Error) => /fixed and cannot be changed/u.test(String((error.cause as Error | undefined)?.message ?? error.message)),
    );
    await assert.rejects(
      withTenant(t.services.db, '143421', (tx) => tx.delete(procedureVersions).where(and(eq(procedureVersions.procedureId, procedure.id), eq(procedureVersions.version, 2)))),
      (error: Error) => /fixed and cannot be deleted/u.test(String((error.cause as Error | undefined)?.message ?? error.message)),
    );
    const fieldPage = await (await admin.get(`${EDITOR}/pages/kenko/fields/worries`)).text();
    assert.match(fieldPage, /項目名：<code>worries<\/code>（公開した版で使われているため、変更できません。/u);
    assert.doesNotMatch(fieldPage, /id="name" name="name"/u);
  });

  it('throws a draft away after its own confirmation step, and rolls back by publishing an older version', async () => {
    const confirm = await (await admin.get(`${EDITOR}/discard`)).text();
    assert.match(confirm, /<h1>下書き（第3版）を破棄しますか<\/h1>/u);
    const discarded = await admin.submit(`${EDITOR}/discard`, `${EDITOR}/discard`, {});
    assert.equal(discarded.headers.get('location'), `${EDITOR}?done=discarded`);
    assert.deepEqual((await versionsOf(t, 'ninshin-todokede')).map((v) => v.version), [2, 1]);
    const rolledBack = await admin.submit(EDITOR, `${EDITOR}/publish`, { version: '1' });
    assert.equal(rolledBack.headers.get('location'), `${EDITOR}?published=1`);
    assert.match(await (await new TestBrowser(t.publicApp).get(`${BASE}/procedures/ninshin-todokede`)).text(), /<h1>妊娠を届け出る（母子健康手帳の交付）<\/h1>\s*<p class="legal-name">正式名称：妊娠の届出<\/p>/u);
  });

  it('adds a new procedure as JSON with an unused id, and is for admins only', async () => {
    const template = textareaOf(await (await admin.get(`${BASE}/admin/procedures/new/json`)).text());
    const taken = await admin.submit(`${BASE}/admin/procedures/new/json`, `${BASE}/admin/procedures/new/json`, { definition: template.replace('atarashii-tetsuzuki', 'kaigo-nintei') });
    assert.equal(taken.status, 400);
    assert.match(await taken.text(), /手続きID「kaigo-nintei」はすでに使われています/u);
    const added = await admin.submit(`${BASE}/admin/procedures/new/json`, `${BASE}/admin/procedures/new/json`, { definition: template.replace('（法令や様式での正式な名称）', '犬の登録') });
    assert.equal(added.headers.get('location'), `${BASE}/admin/procedures/atarashii-tetsuzuki?done=saved&draft=new`);
    assert.match(await (await admin.get(`${BASE}/admin/procedures`)).text(), /犬の登録<\/a><\/td><td>[^<]+<\/td><td>窓口・郵送<\/td><td>非公開・下書きあり（第1版）/u);
    const discarded = await admin.submit(`${BASE}/admin/procedures/atarashii-tetsuzuki/discard`, `${BASE}/admin/procedures/atarashii-tetsuzuki/discard`, {});
    assert.equal(discarded.headers.get('location'), `${BASE}/admin/procedures?done=discarded`, 'a procedure never published goes with its draft');
    assert.doesNotMatch(await (await admin.get(`${BASE}/admin/procedures`)).text(), /犬の登録/u);

    const staff = (await signInStaff(t, 'staff@ninomiya.example.jp', PASSWORD)).browser;
    assert.equal((await staff.get(`${BASE}/admin/procedures`)).status, 403);
    assert.equal((await staff.get(`${EDITOR}/versions/1/preview`)).status, 403);
    assert.equal((await staff.get(`${EDITOR}/pages/kenko/fields/worries`)).status, 403);
  });
});
