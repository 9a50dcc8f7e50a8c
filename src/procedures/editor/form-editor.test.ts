import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { signInStaff } from '../../../test/staff-browser.ts';
import { signInResident } from '../../../test/resident-sign-in.ts';
import { TestBrowser } from '../../../test/http-client.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { FormDefinition } from '../../forms/form-definition.ts';
import { findDraftVersion, findProcedureBySlug } from '../service.ts';

const BASE = '/m/143421';
const EDITOR = `${BASE}/admin/procedures/inu-touroku`;

const SETTINGS = {
  slug: 'inu-touroku',
  title: '犬の登録',
  plainTitle: '犬を飼い始めたときの届出',
  keywords: 'いぬ\n畜犬登録',
  category: 'kurashi',
  summary: '生後91日以上の犬を飼い始めたときに、町に登録します。',
  audience: '町内で犬を飼い始めた方',
  bring: '狂犬病予防注射済証',
  feeKind: 'paid',
  feeAmount: '３０００',
  feeNote: '1頭につき',
  processingDays: '0',
  channels: 'counter',
  department: 'chomin',
  assurance: 'low',
  retentionYears: '5',
};

/** The draft as stored: what every change must leave valid. */
async function draftOf(t: TestApp): Promise<{ version: number; definition: FormDefinition }> {
  const draft = await withTenant(t.services.db, '143421', async (tx) => findDraftVersion(tx, (await findProcedureBySlug(tx, 'inu-touroku'))!.id));
  assert.ok(draft, 'the procedure has a draft');
  return draft;
}

function locationOf(response: Response): string {
  assert.equal(response.status, 303, `a change redirects back (got ${response.status})`);
  return response.headers.get('location')!;
}

describe('the form editor: a procedure built from scratch without JSON, published and filled in by a resident', () => {
  let t: TestApp;
  let admin: TestBrowser;
  before(async () => {
    t = await createTestApp();
    admin = (await signInStaff(t, 'admin@ninomiya.example.jp', 'ninomiya-demo-2026')).browser;
  });
  after(() => t.close());

  it('creates the procedure from its settings as a draft that residents do not see', async () => {
    const form = await (await admin.get(`${BASE}/admin/procedures/new`)).text();
    assert.match(form, /<option value="chomin"[^>]*>町民課<\/option>/u, 'departments come from the departments table');
    assert.match(form, /マイナンバーカード<\/label><span class="hint choice-hint"[^>]*>カードで本人であることを確認します/u, 'each assurance level is explained');
    const created = await admin.submit(`${BASE}/admin/procedures/new`, `${BASE}/admin/procedures/new`, SETTINGS);
    assert.equal(locationOf(created), `${EDITOR}?done=saved&draft=new`);
    const home = await (await admin.get(locationOf(created))).text();
    assert.match(home, /下書き（第1版）を作成しました。/u);
    assert.match(home, /この手続きは非公開です|下書き（第1版）を編集しています/u);
    const { definition } = await draftOf(t);
    assert.deepEqual(definition.fee, { amountYen: 3000, note: '1頭につき' }, 'full-width digits are read');
    assert.deepEqual(definition.keywords, ['いぬ', '畜犬登録']);
    assert.equal(definition.plainTitle, '犬を飼い始めたときの届出');
    assert.match(await (await admin.get(`${BASE}/admin/procedures`)).text(), /犬の登録<\/a><\/td><td>[^<]+<\/td><td>窓口・郵送<\/td><td>非公開・下書きあり（第1版）/u);
    assert.equal((await new TestBrowser(t.publicApp).get(`${BASE}/procedures/inu-touroku`)).status, 404);
  });

  it('adds two pages and questions of several kinds, with names made from the labels', async () => {
    const owner = await admin.submit(`${EDITOR}/pages/new`, `${EDITOR}/pages/new`, { pageTitle: '飼い主について', type: 'name', label: '飼い主の氏名', required: 'yes' });
    assert.match(locationOf(owner), /\/inu-touroku\?done=added&page=page#page-page$/u);
    for (const [type, label] of [['phone', '電話番号'], ['date', '飼い主の生年月日']] as const) {
      locationOf(await admin.submit(`${EDITOR}/pages/page/fields/new`, `${EDITOR}/pages/page/fields/new`, { type, label, required: 'yes' }));
    }
    const dog = await admin.submit(`${EDITOR}/pages/new`, `${EDITOR}/pages/new`, { pageTitle: '犬について', type: 'choice', label: '犬の種類', options: '小型犬\n中型犬\n大型犬', required: 'yes' });
    assert.match(locationOf(dog), /page=dog#page-dog$/u);
    for (const [type, label] of [['text', '犬の名前'], ['yesNo', '今年度の予防注射を受けましたか'], ['date', '注射を受けた日']] as const) {
      locationOf(await admin.submit(`${EDITOR}/pages/dog/fields/new`, `${EDITOR}/pages/dog/fields/new`, { type, label, required: 'yes' }));
    }
    const { definition } = await draftOf(t);
    assert.deepEqual(definition.pages.map((p) => [p.id, p.fields.map((f) => `${f.name}:${f.type}`)]), [
      ['page', ['name:name', 'phone:phone', 'birthDate:date']],
      ['dog', ['dogKind:choice', 'dogName:text', 'yesNo:yesNo', 'date:date']],
    ]);
    assert.deepEqual(definition.pages[1]!.fields[0]!.options, [{ value: '小型犬', label: '小型犬' }, { value: '中型犬', label: '中型犬' }, { value: '大型犬', label: '大型犬' }]);

    const home = await (await admin.get(EDITOR)).text();
    assert.match(home, /ページ2：犬について/u);
    assert.match(home, /<iframe class="preview-frame" src="\/m\/143421\/admin\/procedures\/inu-touroku\/versions\/1\/preview\?frame=1#main"/u, 'the preview is beside the editor');
  });

  it('refuses a choice without options, keeping what was typed, with the message at the field', async () => {
    const refused = await admin.submit(`${EDITOR}/pages/dog/fields/new`, `${EDITOR}/pages/dog/fields/new`, { type: 'multiChoice', label: '飼っている場所', options: '屋内', hint: '当てはまるものをすべて' });
    assert.equal(refused.status, 400);
    const html = await refused.text();
    assert.match(html, /<title>エラー：質問の追加：犬について｜/u);
    assert.match(html, /<a href="#options">「選択（複数）」の質問には、選択肢を2つ以上/u);
    assert.match(html, /<textarea id="options" name="options" rows="4" aria-invalid="true" aria-describedby="options-hint options-error">屋内<\/textarea>/u);
    assert.match(html, /value="飼っている場所"/u);
    assert.match(html, /<input type="radio" id="type-9" name="type" value="multiChoice" checked=""/u);
  });

  it('edits a question: options added, reordered and removed; a label the definition check refuses stays typed', async () => {
    const field = `${EDITOR}/pages/dog/fields/dogKind`;
    const page = await (await admin.get(field)).text();
    assert.match(page, /<h1>質問の編集：犬の種類<\/h1>/u);
    assert.match(page, /<iframe class="preview-frame" src="[^"]+\/versions\/1\/preview\?page=dog&amp;frame=1#dogKind"/u, 'the preview shows the question’s page, at the question');
    const base = { label: '犬の種類', hint: '', required: 'yes', 'opt-count': '3', 'opt-0-label': '小型犬', 'opt-0-value': '小型犬', 'opt-1-label': '中型犬', 'opt-1-value': '中型犬', 'opt-2-label': '大型犬', 'opt-2-value': '大型犬' };
    const added = await admin.submit(field, field, { ...base, 'opt-new-label': 'わからない', 'opt-new-value': 'unknown', _action: 'add-option' });
    assert.equal(locationOf(added), `${field}?done=saved&page=dog#options`, 'back to the options, where the person was');
    const moved = await admin.submit(field, field, { ...base, 'opt-count': '4', 'opt-3-label': 'わからない', 'opt-3-value': 'unknown', _action: 'option-up:1' });
    locationOf(moved);
    let options = (await draftOf(t)).definition.pages[1]!.fields[0]!.options!;
    assert.deepEqual(options.map((o) => o.value), ['中型犬', '小型犬', '大型犬', 'unknown']);

    const removed = await admin.submit(field, field, { ...base, 'opt-count': '4', 'opt-0-label': '中型犬', 'opt-0-value': '中型犬', 'opt-1-label': '小型犬', 'opt-1-value': '小型犬', 'opt-3-label': 'わからない', 'opt-3-value': 'unknown', _action: 'option-remove:3' });
    locationOf(removed);
    options = (await draftOf(t)).definition.pages[1]!.fields[0]!.options!;
    assert.deepEqual(options.map((o) => o.label), ['中型犬', '小型犬', '大型犬']);

    const long = '犬'.repeat(201);
    const refused = await admin.submit(field, field, { ...base, label: long, hint: '登録の区分に使います' });
    assert.equal(refused.status, 400);
    const html = await refused.text();
    assert.match(html, /<a href="#label">200文字以内で入力してください<\/a>/u, 'the definition check speaks at the field');
    assert.match(html, /<p class="field-error" id="label-error">200文字以内で入力してください<\/p>/u);
    assert.ok(html.includes(`value="${long}"`), 'the label typed is kept');
    assert.match(html, />登録の区分に使います<\/textarea>/u, 'and the rest of the form too');
    assert.equal((await draftOf(t)).definition.pages[1]!.fields[0]!.label, '犬の種類', 'nothing was saved');

    const tooFew = await admin.submit(field, field, { ...base, 'opt-count': '2', _action: 'option-remove:1' });
    assert.equal(tooFew.status, 400);
    assert.match(await tooFew.text(), /選択肢は2つ以上必要です/u);
  });

  it('shows a follow-up question only after a 「はい」, built from choices without JSON', async () => {
    const target = `${EDITOR}/pages/dog/fields/date/conditions/show`;
    const page = await (await admin.get(target)).text();
    assert.match(page, /<form method="post" action="\/m\/143421\/admin\/procedures\/inu-touroku\/pages\/dog\/fields\/date\/conditions\/show"/u);
    assert.match(page, /<optgroup label="犬について"><option value="dogKind">犬の種類<\/option><option value="dogName">犬の名前<\/option><option value="yesNo">今年度の予防注射を受けましたか<\/option><\/optgroup>/u, 'only earlier questions can be chosen');
    assert.match(page, /<optgroup label="飼い主について">/u);
    assert.doesNotMatch(page, /<option value="date">/u, 'not the question itself');

    const refreshed = await admin.submit(target, target, { 'cond-count': '1', 'cond-0-field': 'yesNo', 'cond-0-op': 'equals', _action: 'refresh' });
    assert.equal(refreshed.status, 200);
    const html = await refreshed.text();
    assert.match(html, /<option value="equals" selected="">（上の質問）が次のいずれか<\/option>/u);
    assert.match(html, /name="cond-0-values" value="yes"[^>]*\/><label for="cond-0-values">はい<\/label>/u, 'the answers of the chosen question are offered');

    const incomplete = await admin.submit(target, target, { 'cond-count': '1', 'cond-0-field': 'yesNo', 'cond-0-op': 'equals', _action: 'save' });
    assert.equal(incomplete.status, 400);
    assert.match(await incomplete.text(), /<a href="#cond-0-values">当てはまる答えを1つ以上選んでください<\/a>/u);

    const saved = await admin.submit(target, target, { 'cond-count': '1', 'cond-0-field': 'yesNo', 'cond-0-op': 'equals', 'cond-0-values': 'yes', _action: 'save' });
    assert.equal(locationOf(saved), `${EDITOR}/pages/dog/fields/date?done=saved&page=dog#conditions-title`);
    const field = (await draftOf(t)).definition.pages[1]!.fields[3]!;
    assert.deepEqual(field.showIf, { field: 'yesNo', equals: 'yes' });
    const fieldPage = await (await admin.get(`${EDITOR}/pages/dog/fields/date`)).text();
    assert.match(fieldPage, /「今年度の予防注射を受けましたか」が「はい」のときだけ表示します。/u);
  });

  it('adds a warning check and an error check with conditions on dates and ages', async () => {
    const warning = `${EDITOR}/pages/dog/fields/date/checks/new`;
    const form = await (await admin.get(warning)).text();
    assert.match(form, /<form method="post" action="\/m\/143421\/admin\/procedures\/inu-touroku\/pages\/dog\/fields\/date\/checks\/new"/u);
    assert.match(form, /<option value="date" selected="">注射を受けた日（この質問）<\/option>/u, 'a check starts from its own question');
    assert.match(form, /「\{value\}」と書くと答えが、「\{age\}」と書くと生年月日から数えた年齢が入ります/u);
    const savedWarning = await admin.submit(warning, warning, {
      level: 'warning', message: '注射から1年以上たっています（{value}）。今年度の注射がお済みか、ご確認ください。',
      'cond-count': '1', 'cond-0-field': 'date', 'cond-0-op': 'before', 'cond-0-ref': 'today', 'cond-0-days': '-365', _action: 'save',
    });
    assert.match(locationOf(savedWarning), /\/pages\/dog\/fields\/date\?done=saved&page=dog#checks-title$/u);

    const error = `${EDITOR}/pages/page/fields/birthDate/checks/new`;
    const badAge = await admin.submit(error, error, { level: 'error', message: '', 'cond-count': '1', 'cond-0-field': 'birthDate', 'cond-0-op': 'ageUnder', 'cond-0-value': '十八', _action: 'save' });
    assert.equal(badAge.status, 400);
    const badHtml = await badAge.text();
    assert.match(badHtml, /住民の方に表示する文を入力してください/u);
    assert.match(badHtml, /年齢を0から150までの整数で入力してください/u);
    assert.match(badHtml, /value="十八"/u);
    locationOf(await admin.submit(error, error, { level: 'error', message: '登録は18歳以上の方にお願いしています（いま{age}歳）。', 'cond-count': '1', 'cond-0-field': 'birthDate', 'cond-0-op': 'ageUnder', 'cond-0-value': '18', _action: 'save' }));

    const { definition } = await draftOf(t);
    assert.deepEqual(definition.pages[1]!.fields[3]!.checks, [{ id: 'check-1', level: 'warning', when: { field: 'date', before: { today: -365 } }, message: '注射から1年以上たっています（{value}）。今年度の注射がお済みか、ご確認ください。' }]);
    assert.deepEqual(definition.pages[0]!.fields[2]!.checks, [{ id: 'check-1', level: 'error', when: { field: 'birthDate', ageUnder: 18 }, message: '登録は18歳以上の方にお願いしています（いま{age}歳）。' }]);
    assert.match(await (await admin.get(`${EDITOR}/pages/page/fields/birthDate`)).text(), /<strong>エラー<\/strong>：「飼い主の生年月日」から数えた年齢が18歳未満のとき「登録は18歳以上/u);
  });

  it('reorders questions and pages with buttons and returns to the item moved', async () => {
    const home = await (await admin.get(EDITOR)).text();
    assert.match(home, /<form class="inline-form" method="post" action="\/m\/143421\/admin\/procedures\/inu-touroku\/pages\/page\/fields\/phone\/move">/u);
    const up = await admin.submit(EDITOR, `${EDITOR}/pages/page/fields/phone/move`, { direction: 'up' });
    assert.equal(locationOf(up), `${EDITOR}?done=moved&page=page#field-page-phone`);
    const page = await admin.submit(EDITOR, `${EDITOR}/pages/dog/move`, { direction: 'up' });
    assert.equal(locationOf(page), `${EDITOR}?done=moved&page=dog#page-dog`);
    const { definition } = await draftOf(t);
    assert.deepEqual(definition.pages.map((p) => p.id), ['dog', 'page']);
    assert.deepEqual(definition.pages[1]!.fields.map((f) => f.name), ['phone', 'name', 'birthDate']);
    const notice = await (await admin.get(locationOf(page))).text();
    assert.match(notice, /<p class="notice" role="status">順番を変更しました。公開するまで、住民の方には表示されません。<\/p>/u);
    assert.match(notice, /versions\/1\/preview\?page=dog&amp;frame=1/u, 'the preview shows the page that was moved');

    const cannot = await admin.submit(EDITOR, `${EDITOR}/pages/dog/move`, { direction: 'up' });
    assert.equal(cannot.status, 400);
    assert.match(await cannot.text(), /これ以上移動できません/u);
  });

  it('moves a question to another page and refuses to delete one a condition reads', async () => {
    locationOf(await admin.submit(`${EDITOR}/pages/page/fields/phone`, `${EDITOR}/pages/page/fields/phone/move`, { toPage: 'dog' }));
    assert.deepEqual((await draftOf(t)).definition.pages[0]!.fields.map((f) => f.name), ['dogKind', 'dogName', 'yesNo', 'date', 'phone']);
    locationOf(await admin.submit(`${EDITOR}/pages/dog/fields/phone`, `${EDITOR}/pages/dog/fields/phone/move`, { toPage: 'page' }));

    const confirm = await (await admin.get(`${EDITOR}/pages/dog/fields/yesNo/delete`)).text();
    assert.match(confirm, /このままでは削除できません/u);
    assert.match(confirm, /質問「注射を受けた日」の表示する条件/u);
    assert.doesNotMatch(confirm, /この質問を削除する<\/button>/u);
    const forced = await admin.submit(`${EDITOR}/pages/dog/fields/dogName`, `${EDITOR}/pages/dog/fields/yesNo/delete`, {});
    assert.equal(forced.status, 400, 'the definition check refuses it too');

    const ok = await (await admin.get(`${EDITOR}/pages/dog/fields/dogName/delete`)).text();
    assert.match(ok, /<h1>質問「犬の名前」を削除しますか<\/h1>/u);
    assert.match(ok, /この質問を削除する<\/button>/u);
  });

  it('shows each page in the preview as the resident will see it', async () => {
    const preview = await admin.get(`${EDITOR}/versions/1/preview?page=dog&frame=1`);
    assert.match(preview.headers.get('content-security-policy')!, /frame-ancestors 'self'/u);
    assert.equal(preview.headers.get('x-frame-options'), 'SAMEORIGIN');
    const html = await preview.text();
    assert.match(html, /<h1>犬について<\/h1>/u);
    assert.match(html, /<legend>犬の種類<span class="required">※必須<\/span><\/legend>/u);
    assert.match(html, /<label for="dogKind">中型犬<\/label>/u);
    assert.match(html, /プレビュー（下書き 第1版）/u);
    assert.doesNotMatch(html, /編集画面に戻る/u, 'the frame has no way out of the editor');
  });

  it('goes online once a declaration is given, is published, and a resident fills it in', async () => {
    const settings = `${EDITOR}/settings`;
    const online = { ...SETTINGS, channels: ['online', 'counter'] };
    delete (online as Partial<typeof online>).slug;
    const refused = await admin.submitMultipart(settings, settings, Object.entries(online).flatMap(([k, v]) => [v].flat().map((item): [string, string] => [k, item])));
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /<a href="#declaration">オンライン申請する手続きには、申請前の宣誓文が必要です<\/a>/u);
    const entries = Object.entries({ ...online, declaration: '記入した内容に誤りはありません。' }).flatMap(([k, v]) => [v].flat().map((item): [string, string] => [k, item]));
    locationOf(await admin.submitMultipart(settings, settings, entries));

    const confirm = await (await admin.get(`${EDITOR}/publish`)).text();
    assert.match(confirm, /初めて公開します。/u);
    const published = await admin.submit(`${EDITOR}/publish`, `${EDITOR}/publish`, { version: '1' });
    assert.equal(locationOf(published), `${EDITOR}?published=1`);
    assert.match(await (await admin.get(`${BASE}/admin/procedures`)).text(), /犬の登録<\/a><\/td><td>[^<]+<\/td><td>オンライン<\/td><td>公開中（第1版）<\/td>/u);

    const resident = await signInResident(t.publicApp, t.services.db, 'inu@example.jp');
    assert.match(await (await resident.get(`${BASE}/procedures/inu-touroku`)).text(), /<h1>犬を飼い始めたときの届出<\/h1>\s*<p class="legal-name">正式名称：犬の登録<\/p>/u);
    const started = await resident.submit(`${BASE}/procedures/inu-touroku/apply`, `${BASE}/procedures/inu-touroku/apply`, {});
    const dogPage = locationOf(started);
    assert.match(dogPage, /\/dog$/u, 'the page moved up comes first');
    const dogHtml = await (await resident.get(dogPage)).text();
    assert.match(dogHtml, /<label for="dogKind">中型犬<\/label>/u);
    const shot = new Date(Date.now() - 30 * 86400_000).toISOString().slice(0, 10).split('-');
    const next = await resident.submitMultipart(dogPage, dogPage, [['dogKind', '小型犬'], ['dogName', 'ポチ'], ['yesNo', 'yes'], ['date-year', shot[0]!], ['date-month', shot[1]!], ['date-day', shot[2]!], ['_action', 'continue']]);
    const ownerPage = locationOf(next);
    assert.match(ownerPage, /\/page$/u);
    const answered = await resident.submitMultipart(ownerPage, ownerPage, [
      ['phone', '0463-71-3311'], ['name-family', '二宮'], ['name-given', '一郎'], ['birthDate-year', '昭和60'], ['birthDate-month', '1'], ['birthDate-day', '15'], ['_action', 'continue'],
    ]);
    const check = locationOf(answered);
    assert.match(check, /\/check$/u);
    const checkHtml = await (await resident.get(check)).text();
    assert.match(checkHtml, /ポチ/u);
    assert.match(checkHtml, /記入した内容に誤りはありません。/u);
    const submitted = await resident.submit(check, check.replace(/\/check$/u, '/submit'), { declaration: 'yes' });
    assert.match(locationOf(submitted), /\/done|\/receipt|\/applications\//u);
  });
});
