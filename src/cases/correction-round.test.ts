import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, desc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInResident } from '../../test/resident-sign-in.ts';
import { applyForNinshin } from '../../test/ninshin-application.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import type { TestBrowser } from '../../test/http-client.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { mailMessages } from '../platform/mail/schema.ts';
import { applicationDrafts } from '../procedures/schema.ts';
import { applicationAttachments, applicationEvents, applications, type ApplicationRow } from './schema.ts';

const BASE = '/m/143421';
const PASSWORD = 'ninomiya-demo-2026';

describe('the correction round (補正) corrects the data', () => {
  let t: TestApp;
  let resident: TestBrowser;
  let staff: TestBrowser;
  let id: string;
  const load = async (): Promise<ApplicationRow> => (await withTenant(t.services.db, '143421', (tx) => tx.select().from(applications).where(eq(applications.id, id))))[0]!;
  const caseUrl = () => `${BASE}/cases/${id}`;
  const statusUrl = () => `${BASE}/mypage/applications/${id}`;

  before(async () => {
    t = await createTestApp();
    resident = await signInResident(t.publicApp, t.services.db, 'hanako@example.jp');
    staff = (await signInStaff(t, 'staff@ninomiya.example.jp', PASSWORD)).browser;
    id = await applyForNinshin(resident);
  });
  after(() => t.close());

  it('offers 担当する only to someone who is not already handling the case', async () => {
    assert.match(await (await staff.get(caseUrl())).text(), /action="[^"]+\/actions\/take"/u);
    assert.equal((await staff.submit(caseUrl(), `${caseUrl()}/actions/take`, {})).status, 303);
    const mine = await (await staff.get(caseUrl())).text();
    assert.doesNotMatch(mine, /action="[^"]+\/actions\/take"/u, 'no 担当する when already mine');
    assert.equal((await staff.submit(caseUrl(), `${caseUrl()}/actions/take`, {})).status, 409);
  });

  it('lets staff pick the questions to reopen, keeping the ticks when the message is missing', async () => {
    const page = await (await staff.get(caseUrl())).text();
    assert.match(page, /直していただく項目/u);
    assert.match(page, /name="fields" value="todokede-nin:address"/u);
    const missing = await staff.submitMultipart(caseUrl(), `${caseUrl()}/actions/request_correction`, [['fields', 'todokede-nin:address'], ['message', '']]);
    assert.equal(missing.status, 400);
    assert.match(await missing.text(), /value="todokede-nin:address" checked/u);
    const asked = await staff.submitMultipart(caseUrl(), `${caseUrl()}/actions/request_correction`, [
      ['fields', 'todokede-nin:address'],
      ['fields', 'kenko:hasWorries'],
      ['fields', 'not-a-page:forged'],
      ['message', '住所の番地が住民票と違っています。あわせて、保健師への相談の希望をお聞かせください。'],
    ]);
    assert.equal(asked.status, 303);
    const [event] = await withTenant(t.services.db, '143421', (tx) => tx.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.kind, 'request_correction'))));
    assert.deepEqual((event!.detail as { fields: { field: string }[] }).fields.map((f) => f.field), ['address', 'hasWorries'], 'only questions the page offered');
    const waiting = await (await staff.get(caseUrl())).text();
    assert.doesNotMatch(waiting, /actions\/complete"/u, 'no 完了 while the resident is asked');
    assert.doesNotMatch(waiting, /actions\/request_correction"/u, 'no second request while one is open');
    assert.match(waiting, /直していただく項目：/u);
    const [mail] = await t.services.db.select().from(mailMessages).where(eq(mailMessages.toAddress, 'hanako@example.jp')).orderBy(desc(mailMessages.createdAt)).limit(1);
    assert.match(mail!.bodyText, /直していただく項目：\n・申請者：住所|直していただく項目：\n・[^\n]+：住所/u);
  });

  it('reopens only those questions (and what depends on them) prefilled, with the message beside them, through the same checks', async () => {
    const status = await (await resident.get(statusUrl())).text();
    assert.match(status, /補正のお願い/u);
    assert.match(status, /住所の番地が住民票と違っています/u);
    assert.match(status, /補正依頼<span class="step-state">（現在）/u, 'the stepper shows 補正依頼');
    const started = await resident.submit(statusUrl(), `${statusUrl()}/correction/start`, {});
    assert.equal(started.status, 303);
    const first = started.headers.get('location')!;
    assert.equal(first, `${statusUrl()}/correction/todokede-nin`);
    const page = await (await resident.get(first)).text();
    assert.match(page, /担当者からの補正のお願い：住所の番地が住民票と違っています/u);
    assert.match(page, /value="神奈川県中郡二宮町二宮1240番地"/u, 'prefilled with what was sent');
    assert.doesNotMatch(page, /name="name-family"/u, 'questions not reopened are not asked again');
    assert.match(page, /担当者から、この項目の見直しをお願いしています/u);

    const empty = await resident.submitMultipart(first, first, [['address', ''], ['_action', 'continue']]);
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /住所を入力してください/u);
    const fixed = await resident.submitMultipart(first, first, [['address', '神奈川県中郡二宮町二宮1204番地'], ['_action', 'continue']]);
    assert.equal(fixed.headers.get('location'), `${statusUrl()}/correction/kenko`);

    const kenko = `${statusUrl()}/correction/kenko`;
    const kenkoPage = await (await resident.get(kenko)).text();
    assert.match(kenkoPage, /name="worries"/u, 'the follow-up of a reopened question comes with it');
    assert.doesNotMatch(kenkoPage, /diagnosisDocument-upload/u);
    const needsFollowUp = await resident.submitMultipart(kenko, kenko, [['hasWorries', 'yes'], ['_action', 'continue']]);
    assert.equal(needsFollowUp.status, 400, 'a follow-up that now applies is required, as in a new application');
    const answered = await resident.submitMultipart(kenko, kenko, [['hasWorries', 'yes'], ['worries', '夜に眠れないことがあります'], ['_action', 'continue']]);
    assert.equal(answered.headers.get('location'), `${statusUrl()}/correction/check`);

    const check = await (await resident.get(`${statusUrl()}/correction/check`)).text();
    assert.match(check, /直した回答（3件）/u);
    assert.match(check, /data-label="変更前"><span>神奈川県中郡二宮町二宮1240番地<\/span><\/td>\s*<td role="cell" data-label="変更後"><span>神奈川県中郡二宮町二宮1204番地/u);
    assert.match(check, /（質問の対象外）<\/span><\/td>\s*<td role="cell" data-label="変更後"><span>夜に眠れないことがあります/u);
    const sent = await resident.submitMultipart(`${statusUrl()}/correction/check`, `${statusUrl()}/correction/submit`, [['message', '番地を直しました。']]);
    assert.equal(sent.status, 303);

    const row = await load();
    assert.equal(row.status, 'in_review');
    assert.equal((row.answers as Record<string, unknown>).address, '神奈川県中郡二宮町二宮1204番地');
    assert.equal((row.answers as Record<string, unknown>).worries, '夜に眠れないことがあります');
    assert.equal((row.answers as Record<string, unknown>).clinic, '湘南レディースクリニック', 'answers not reopened stay');
    const drafts = await withTenant(t.services.db, '143421', (tx) => tx.select().from(applicationDrafts).where(eq(applicationDrafts.correctionOf, id)));
    assert.equal(drafts.length, 0, 'the correction draft is gone once sent');
    const [attachment] = await withTenant(t.services.db, '143421', (tx) => tx.select().from(applicationAttachments).where(eq(applicationAttachments.applicationId, id)));
    assert.ok(await t.services.files.get(attachment!.storageKey!), 'the application’s own file is still there');
  });

  it('shows staff a before/after of every changed answer in the case history', async () => {
    const page = await (await staff.get(caseUrl())).text();
    assert.match(page, /審査中（補正回答あり）/u);
    assert.match(page, /変更した回答（3件）/u);
    assert.match(page, /<th scope="row" role="rowheader" data-label="項目"><span>住所<\/span><\/th>\s*<td role="cell" data-label="変更前"><span>神奈川県中郡二宮町二宮1240番地<\/span><\/td>\s*<td role="cell" data-label="変更後"><span>神奈川県中郡二宮町二宮1204番地<\/span><\/td>/u);
    assert.match(page, /番地を直しました。/u);
  });

  it('lets staff correct an answer with a reason, audited, mailed and shown to the resident', async () => {
    const list = await (await staff.get(`${caseUrl()}/correct`)).text();
    assert.match(list, /申請内容の訂正/u);
    const edit = `${caseUrl()}/correct/edit?q=${encodeURIComponent('ninshin:clinic')}`;
    assert.match(await (await staff.get(edit)).text(), /value="湘南レディースクリニック"/u);
    const noReason = await staff.submitMultipart(edit, edit, [['clinic', '湘南レディスクリニック'], ['reason', '']]);
    assert.equal(noReason.status, 400);
    const noReasonHtml = await noReason.text();
    assert.match(noReasonHtml, /訂正の理由を入力してください/u);
    assert.match(noReasonHtml, /value="湘南レディスクリニック"/u, 'the typed answer is kept');
    const done = await staff.submitMultipart(edit, edit, [['clinic', '湘南レディスクリニック'], ['reason', '電話で確認し、医療機関名の誤りを訂正']]);
    assert.equal(done.status, 303);
    assert.equal((await load()).answers && ((await load()).answers as Record<string, unknown>).clinic, '湘南レディスクリニック');
    const [audit] = await t.services.db.select().from(auditEvents).where(eq(auditEvents.action, 'case.answers_corrected'));
    assert.deepEqual((audit!.detail as { fields: string[] }).fields, ['clinic']);
    assert.doesNotMatch(JSON.stringify(audit!.detail), /湘南/u, 'the audit trail names the question, never the answer');
    const mails = await t.services.db.select().from(mailMessages).where(eq(mailMessages.toAddress, 'hanako@example.jp'));
    assert.ok(mails.some((m) => m.subject.includes('申請内容を訂正しました') && m.bodyText.includes('湘南レディースクリニック → 湘南レディスクリニック')));
    const status = await (await resident.get(statusUrl())).text();
    assert.match(status, /担当者による申請内容の訂正/u);
    assert.match(status, /電話で確認し、医療機関名の誤りを訂正/u);
    assert.match(status, /湘南レディースクリニック<\/span><\/td>\s*<td role="cell" data-label="変更後"><span>湘南レディスクリニック/u);
  });

  it('refuses a staff correction that would leave a follow-up unanswered', async () => {
    const edit = `${caseUrl()}/correct/edit?q=${encodeURIComponent('kenko:hasWorries')}`;
    assert.equal((await staff.submitMultipart(edit, edit, [['hasWorries', 'no'], ['reason', '電話で確認']])).status, 303);
    const refused = await staff.submitMultipart(edit, edit, [['hasWorries', 'yes'], ['reason', '電話で確認']]);
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /ほかの質問への回答が必要になります/u);
  });
});
