import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { signInStaff } from '../../../test/staff-browser.ts';
import type { TestBrowser } from '../../../test/http-client.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { FormDefinition } from '../../forms/form-definition.ts';
import { editingBase, findProcedureBySlug } from '../service.ts';

const BASE = '/m/143421';
const EDITOR = `${BASE}/admin/procedures/ninshin-todokede`;

async function current(t: TestApp): Promise<FormDefinition> {
  return withTenant(t.services.db, '143421', async (tx) => (await editingBase(tx, (await findProcedureBySlug(tx, 'ninshin-todokede'))!))!.definition);
}

function field(definition: FormDefinition, name: string) {
  return definition.pages.flatMap((p) => p.fields).find((f) => f.name === name)!;
}

describe('the form editor: pages, conditional required, renamed names, checks, live preview', () => {
  let t: TestApp;
  let admin: TestBrowser;
  before(async () => {
    t = await createTestApp();
    admin = (await signInStaff(t, 'admin@ninomiya.example.jp', 'ninomiya-demo-2026')).browser;
  });
  after(() => t.close());

  it('renames a page and gives it an introduction and a condition on an earlier page', async () => {
    const page = `${EDITOR}/pages/kenko`;
    const saved = await admin.submit(page, page, { pageTitle: '体調や生活のこと', intro: '保健師がお話を伺います。' });
    assert.equal(saved.headers.get('location'), `${EDITOR}?done=saved&draft=new&page=kenko#page-kenko`, 'the first change starts the draft');
    const condition = `${page}/conditions`;
    const form = await (await admin.get(condition)).text();
    assert.match(form, /<option value="firstPregnancy">初めての妊娠ですか<\/option>/u);
    assert.doesNotMatch(form, /<option value="hasWorries">/u, 'not the page’s own questions');
    const conditioned = await admin.submit(condition, condition, { 'cond-count': '1', 'cond-0-field': 'firstPregnancy', 'cond-0-op': 'equals', 'cond-0-values': 'yes', _action: 'save' });
    assert.equal(conditioned.headers.get('location'), `${EDITOR}/pages/kenko?done=saved&page=kenko#page-condition-title`);
    const definition = await current(t);
    const kenko = definition.pages.find((p) => p.id === 'kenko')!;
    assert.equal(kenko.title, '体調や生活のこと');
    assert.equal(kenko.intro, '保健師がお話を伺います。');
    assert.deepEqual(kenko.showIf, { field: 'firstPregnancy', equals: 'yes' });
    assert.match(await (await admin.get(EDITOR)).text(), /「初めての妊娠ですか」が「はい」のときだけ表示します。/u);
  });

  it('refuses to make a page repeat while another page’s condition reads it, keeping what was typed, and says where', async () => {
    const page = `${EDITOR}/pages/ninshin`;
    const refused = await admin.submit(page, page, { pageTitle: '妊娠について', intro: '', repeat: 'yes', itemLabel: 'お子さん', repeatMin: '1', repeatMax: '5' });
    assert.equal(refused.status, 400);
    const html = await refused.text();
    assert.match(html, /ページ3「体調や生活のこと」 › showIf：条件に使う項目「firstPregnancy」がありません（繰り返しでない項目のみ使えます）/u);
    assert.match(html, /id="itemLabel" name="itemLabel" type="text" value="お子さん"/u);
    assert.match(html, /id="repeat" name="repeat" value="yes" checked=""/u);

    const clear = `${EDITOR}/pages/kenko/conditions`;
    assert.equal((await admin.submit(clear, clear, { _action: 'clear' })).status, 303);
    const repeated = await admin.submit(page, page, { pageTitle: '妊娠について', intro: '', repeat: 'yes', itemLabel: 'お子さん', repeatMin: '1', repeatMax: '5' });
    assert.equal(repeated.status, 303);
    assert.deepEqual((await current(t)).pages.find((p) => p.id === 'ninshin')!.repeat, { name: 'childList', itemLabel: 'お子さん', min: 1, max: 5 });
    const back = await admin.submit(page, page, { pageTitle: '妊娠について', intro: '', repeatMin: '1', repeatMax: '5' });
    assert.equal(back.status, 303);
    assert.equal((await current(t)).pages.find((p) => p.id === 'ninshin')!.repeat, undefined);
  });

  it('makes an attachment required under a condition: choosing 条件によって必須 leads to the condition', async () => {
    const path = `${EDITOR}/pages/kenko/fields/diagnosisDocument`;
    const chosen = await admin.submit(path, path, { label: '妊娠の診断を受けたことがわかる書類', hint: '', required: 'conditional', accept: 'pdf' });
    assert.equal(chosen.headers.get('location'), `${path}/conditions/required?done=saved&page=kenko`);
    const page = await (await admin.get(chosen.headers.get('location')!)).text();
    assert.match(page, /<h1>必須にする条件：妊娠の診断を受けたことがわかる書類<\/h1>/u);
    assert.match(page, /いまの設定：いつも任意です。/u);
    const saved = await admin.submit(`${path}/conditions/required`, `${path}/conditions/required`, { 'cond-count': '1', 'cond-0-field': 'hasWorries', 'cond-0-op': 'answered' });
    assert.equal(saved.status, 303);
    const document = field(await current(t), 'diagnosisDocument');
    assert.deepEqual(document.required, { field: 'hasWorries', answered: true });
    assert.deepEqual(document.accept, ['pdf']);
    assert.match(await (await admin.get(path)).text(), /id="required-2" name="required" value="conditional" checked=""/u);
  });

  it('renames a question not yet published and the condition that reads it follows', async () => {
    const add = `${EDITOR}/pages/kenko/fields/new`;
    assert.equal((await admin.submit(add, add, { type: 'yesNo', label: '保健師から連絡してもよいですか', required: 'yes' })).status, 303);
    assert.equal((await admin.submit(add, add, { type: 'phone', label: '連絡先の電話番号', required: 'yes', name: 'contact' })).status, 400, 'a name already taken is refused');
    assert.equal((await admin.submit(add, add, { type: 'phone', label: '連絡先の電話番号', required: 'yes' })).status, 303);
    let definition = await current(t);
    assert.deepEqual(definition.pages.at(-1)!.fields.slice(-2).map((f) => f.name), ['contact', 'contactPhone']);
    const show = `${EDITOR}/pages/kenko/fields/contactPhone/conditions/show`;
    assert.equal((await admin.submit(show, show, { 'cond-count': '1', 'cond-0-field': 'contact', 'cond-0-op': 'equals', 'cond-0-values': 'yes' })).status, 303);

    const edit = `${EDITOR}/pages/kenko/fields/contact`;
    assert.match(await (await admin.get(edit)).text(), /id="name" name="name" type="text" value="contact"/u, 'a new question’s name can still change');
    const bad = await admin.submit(edit, edit, { label: '保健師から連絡してもよいですか', required: 'yes', name: '1st' });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /項目名は英字で始まる半角英数字で入力してください/u);
    const renamed = await admin.submit(edit, edit, { label: '保健師から連絡してもよいですか', required: 'yes', name: 'mayContact' });
    assert.equal(renamed.headers.get('location'), `${EDITOR}?done=saved&page=kenko#field-kenko-mayContact`);
    definition = await current(t);
    assert.deepEqual(field(definition, 'contactPhone').showIf, { field: 'mayContact', equals: 'yes' });
  });

  it('edits and removes a check', async () => {
    const path = `${EDITOR}/pages/ninshin/fields/dueDate/checks`;
    const add = await admin.submit(`${path}/new`, `${path}/new`, { level: 'warning', message: '出産予定日が1年以上先です', 'cond-count': '1', 'cond-0-field': 'dueDate', 'cond-0-op': 'after', 'cond-0-ref': 'today', 'cond-0-days': '365' });
    assert.equal(add.status, 303);
    const edit = `${path}/check-1`;
    const form = await (await admin.get(edit)).text();
    assert.match(form, /name="cond-0-days" type="text" value="365"/u);
    const reworded = await admin.submit(edit, edit, { level: 'error', message: '出産予定日は1年以内の日付を入力してください', 'cond-count': '1', 'cond-0-field': 'dueDate', 'cond-0-op': 'after', 'cond-0-ref': 'field', 'cond-0-refField': 'diagnosisDate', 'cond-0-days': '300' });
    assert.equal(reworded.status, 303);
    assert.deepEqual(field(await current(t), 'dueDate').checks, [{ id: 'check-1', level: 'error', when: { field: 'dueDate', after: { field: 'diagnosisDate', days: 300 } }, message: '出産予定日は1年以内の日付を入力してください' }]);
    assert.equal((await admin.submit(edit, edit, { _action: 'clear' })).headers.get('location'), `${EDITOR}/pages/ninshin/fields/dueDate?done=deleted&page=ninshin#checks-title`);
    assert.equal(field(await current(t), 'dueDate').checks, undefined);
  });

  it('renders the preview of a change being typed without saving it (the live preview with JavaScript)', async () => {
    const edit = `${EDITOR}/pages/ninshin/fields/clinic`;
    const preview = await admin.submit(edit, edit, { label: '診断を受けた病院・診療所の名前', hint: '', required: 'yes', maxLength: '100', _preview: '1' });
    assert.equal(preview.status, 200);
    const html = await preview.text();
    assert.match(html, /<label for="clinic">診断を受けた病院・診療所の名前/u);
    assert.match(html, /<h1>妊娠について<\/h1>/u);
    assert.equal(field(await current(t), 'clinic').label, '診断を受けた医療機関の名称', 'nothing was saved');
    const invalid = await admin.submit(edit, edit, { label: '', _preview: '1' });
    assert.equal(invalid.status, 204, 'an incomplete change leaves the preview as it was');
  });

  it('deletes a page after its own confirmation step', async () => {
    const page = `${EDITOR}/pages/kenko/delete`;
    const confirm = await (await admin.get(page)).text();
    assert.match(confirm, /<h1>ページ「体調や生活のこと」を削除しますか<\/h1>/u);
    assert.match(confirm, /質問5件/u);
    const deleted = await admin.submit(page, page, {});
    assert.equal(deleted.headers.get('location'), `${EDITOR}?done=deleted#pages-title`);
    assert.deepEqual((await current(t)).pages.map((p) => p.id), ['todokede-nin', 'ninshin']);
  });

  it('refuses going online without a page and a declaration, at the fields that say so', async () => {
    const entries: [string, string][] = [['title', '不燃ごみの戸別収集'], ['category', 'kurashi'], ['summary', '申し込み'], ['audience', '町内の方'], ['feeKind', 'free'], ['processingDays', '5'], ['channels', 'online'], ['department', 'chomin'], ['assurance', 'low'], ['retentionYears', '5']];
    const refused = await admin.submitMultipart(`${BASE}/admin/procedures/new`, `${BASE}/admin/procedures/new`, entries);
    assert.equal(refused.status, 400);
    const html = await refused.text();
    assert.match(html, /<p class="field-error" id="channels-error">オンライン申請する手続きには、少なくとも1ページの質問が必要です<\/p>/u);
    assert.match(html, /<p class="field-error" id="declaration-error">オンライン申請する手続きには、申請前の宣誓文が必要です<\/p>/u);
    assert.match(html, /value="不燃ごみの戸別収集"/u);
    const counter = await admin.submitMultipart(`${BASE}/admin/procedures/new`, `${BASE}/admin/procedures/new`, entries.map(([k, v]): [string, string] => [k, k === 'channels' ? 'counter' : v]));
    assert.equal(counter.headers.get('location'), `${BASE}/admin/procedures/tetsuzuki-1?done=saved&draft=new`, 'an address is made when none is given');
  });
});
