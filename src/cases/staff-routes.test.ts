import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import type { TestBrowser } from '../../test/http-client.ts';
import { ninshinTodokede } from '../../seeds/procedures/ninshin-todokede.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { departments } from '../platform/identity/schema.ts';
import { mailMessages } from '../platform/mail/schema.ts';
import { formDefinitionSchema } from '../forms/form-definition.ts';
import { saveProcedureVersion } from '../procedures/service.ts';
import { FIXED_COLUMNS } from './case-export.ts';
import { applicationEvents, applications, type ApplicationRow } from './schema.ts';
import { submitApplication } from './submit-application.ts';
import { answerCorrection } from './corrections.ts';

const PASSWORD = 'ninomiya-demo-2026';
const TOWN = '/m/143421';

describe('staff case handling', () => {
  let t: TestApp;
  let staff: TestBrowser;
  let head: TestBrowser;
  let procedure: { id: string; version: number };

  before(async () => {
    t = await createTestApp();
    staff = (await signInStaff(t, 'staff@ninomiya.example.jp', PASSWORD)).browser;
    head = (await signInStaff(t, 'head@ninomiya.example.jp', PASSWORD)).browser;
    const saved = await withTenant(t.services.db, '143421', (tx) => saveProcedureVersion(tx, '143421', formDefinitionSchema.parse(ninshinTodokede), null));
    procedure = { id: saved.procedureId, version: saved.version };
  });
  after(() => t.close());

  async function createCase(options: { clinic?: string; now?: Date; withFile?: boolean; residentId?: string } = {}): Promise<ApplicationRow> {
    const fileId = randomUUID();
    const storageKey = `drafts/${randomUUID()}/${fileId}`;
    if (options.withFile) await t.services.files.put(storageKey, Buffer.from('%PDF-1.7\n%test\n'), 'application/pdf');
    const answers = {
      name: { family: '二宮', given: '花子' },
      kana: { family: 'ニノミヤ', given: 'ハナコ' },
      birthDate: '1995-05-05',
      postalCode: '2590123',
      address: '神奈川県中郡二宮町二宮1-1',
      phone: '0463-00-0000',
      dueDate: '2026-10-01',
      diagnosisDate: '2026-03-01',
      clinic: options.clinic ?? '二宮レディースクリニック',
      babies: '1',
      firstPregnancy: 'yes',
      hasWorries: 'no',
      ...(options.withFile ? { diagnosisDocument: [fileId] } : {}),
    };
    const files = options.withFile ? [{ field: 'diagnosisDocument', label: '妊娠の診断を受けたことがわかる書類', filename: '診断書 (1).pdf', contentType: 'application/pdf', size: 15, storageKey }] : [];
    const { application } = await withTenant(t.services.db, '143421', (tx) =>
      submitApplication(
        tx,
        {
          municipalityCode: '143421',
          municipalityName: '二宮町',
          idempotencyKey: randomUUID(),
          procedure: { id: procedure.id, slug: 'ninshin-todokede', title: '妊娠の届出', departmentCode: 'kosodate', processingDays: 3, retentionYears: 5 },
          version: procedure.version,
          answers,
          files,
          channel: 'online',
          contactEmail: 'resident@example.jp',
          residentId: options.residentId ?? null,
        },
        options.now,
      ),
    );
    return application;
  }

  const caseUrl = (a: ApplicationRow) => `${TOWN}/cases/${a.id}`;
  const act = (browser: TestBrowser, a: ApplicationRow, kind: string, form: Record<string, string> = {}) => browser.submit(caseUrl(a), `${caseUrl(a)}/actions/${kind}`, form);
  const reload = async (a: ApplicationRow) => (await t.services.db.select().from(applications).where(eq(applications.id, a.id)))[0]!;
  const audits = (a: ApplicationRow, action: string) => t.services.db.select().from(auditEvents).where(and(eq(auditEvents.target, a.receiptNumber), eq(auditEvents.action, action)));

  it('lists a case for its department’s staff, not for another department or town', async () => {
    const a = await createCase();
    const inbox = await staff.get(`${TOWN}/cases`);
    assert.equal(inbox.status, 200);
    const html = await inbox.text();
    assert.match(html, new RegExp(a.receiptNumber));
    assert.match(html, /<th scope="col" role="columnheader">処理期限<\/th>/);
    assert.match(html, /受付済で担当者が決まっていない申請/);

    const [kaigo] = await t.services.db.select().from(departments).where(and(eq(departments.municipalityCode, '143421'), eq(departments.code, 'kaigo')));
    const admin = (await signInStaff(t, 'admin@ninomiya.example.jp', PASSWORD)).browser;
    const created = await admin.submit(`${TOWN}/admin/staff/new`, `${TOWN}/admin/staff/new`, { displayName: '介護 職員', email: 'kaigo@ninomiya.example.jp', role: 'staff', departmentIds: kaigo!.id });
    const password = /data-first-password="true">([^<]+)</.exec(await created.text())![1]!;
    const kaigoStaff = (await signInStaff(t, 'kaigo@ninomiya.example.jp', password)).browser;
    assert.doesNotMatch(await (await kaigoStaff.get(`${TOWN}/cases`)).text(), new RegExp(a.receiptNumber));
    assert.equal((await kaigoStaff.get(caseUrl(a))).status, 403);

    const oiso = (await signInStaff(t, 'admin@oiso.example.jp', 'oiso-demo-2026', '/m/143413')).browser;
    assert.doesNotMatch(await (await oiso.get('/m/143413/cases')).text(), new RegExp(a.receiptNumber));
    assert.equal((await oiso.get(`/m/143413/cases/${a.id}`)).status, 404);
  });

  it('takes a case: 審査中, assigned, with audit entries for the view and the action', async () => {
    const a = await createCase();
    const response = await act(staff, a, 'take');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${caseUrl(a)}?done=take`);
    const row = await reload(a);
    assert.equal(row.status, 'in_review');
    assert.ok(row.assignedTo);
    assert.equal((await audits(a, 'case.take')).length, 1);
    assert.ok((await audits(a, 'case.view')).length >= 1, 'the page read before the form was posted is audited');
    const page = await (await staff.get(`${caseUrl(a)}?done=take`)).text();
    assert.match(page, /この申請の担当者になりました/);
    assert.match(page, /湘南 花子/);
  });

  it('asks the resident for a correction by mail; an empty request is refused at the field', async () => {
    const a = await createCase();
    const empty = await act(staff, a, 'request_correction', { message: '  ' });
    assert.equal(empty.status, 400);
    const html = await empty.text();
    assert.match(html, /<title>エラー：/);
    assert.match(html, /href="#correction-message">補正を依頼する内容を入力してください/);
    assert.equal((await reload(a)).status, 'received');

    const tooLong = 'あ'.repeat(4001);
    const kept = await act(staff, a, 'note', { message: tooLong });
    assert.equal(kept.status, 400);
    assert.ok((await kept.text()).includes(tooLong), 'the text typed is kept');

    const response = await act(staff, a, 'request_correction', { message: '診断書の写しを添付してください。' });
    assert.equal(response.status, 303);
    assert.equal((await reload(a)).status, 'correction_requested');
    const mails = await t.services.db.select().from(mailMessages).where(eq(mailMessages.toAddress, 'resident@example.jp'));
    const mail = mails.find((m) => m.subject.includes('補正') && m.subject.includes(a.receiptNumber));
    assert.ok(mail);
    assert.match(mail.bodyText, /診断書の写しを添付してください/);
    assert.match(await (await staff.get(caseUrl(a))).text(), /補正依頼/);
  });

  it('lets only a section head reject, with the reason in the history', async () => {
    const a = await createCase();
    const page = await (await staff.get(caseUrl(a))).text();
    assert.doesNotMatch(page, /却下の理由/, 'the form is not offered to 職員');
    const refused = await act(staff, a, 'reject', { reason: '対象外のため' });
    assert.equal(refused.status, 403);
    assert.equal((await reload(a)).status, 'received');

    const response = await act(head, a, 'reject', { reason: '町外に転出されているため、対象外です。' });
    assert.equal(response.status, 303);
    assert.equal((await reload(a)).status, 'rejected');
    const history = await (await head.get(caseUrl(a))).text();
    assert.match(history, /町外に転出されているため、対象外です。/);
    assert.match(history, /却下/);
  });

  it('completes a case, adds internal notes marked as such, and refuses acting on a closed case with 409', async () => {
    const a = await createCase();
    await act(staff, a, 'note', { message: '電話で出産予定日を確認済み' });
    assert.equal((await act(staff, a, 'complete', { message: '母子健康手帳は面談の際にお渡しします。' })).status, 303);
    const row = await reload(a);
    assert.equal(row.status, 'completed');
    assert.ok(row.decidedAt);
    const page = await (await staff.get(caseUrl(a))).text();
    assert.match(page, /内部メモ/);
    assert.match(page, /申請者には表示されません/);
    const [note] = await t.services.db.select().from(applicationEvents).where(and(eq(applicationEvents.applicationId, a.id), eq(applicationEvents.kind, 'note')));
    assert.equal(note!.internal, true);
    const late = await staff.post(`${caseUrl(a)}/actions/take`, { _csrf: /name="_csrf" value="([^"]+)"/.exec(page)![1]! });
    assert.equal(late.status, 409);
    assert.match(await late.text(), /すでに「完了」です/);
  });

  it('escapes what the resident wrote, and records each view', async () => {
    const a = await createCase({ clinic: '<script>alert(1)</script>' });
    const before = (await audits(a, 'case.view')).length;
    const html = await (await staff.get(caseUrl(a))).text();
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(html, /<script>alert\(1\)/);
    assert.match(html, /平成7年（1995年）5月5日/);
    assert.equal((await audits(a, 'case.view')).length, before + 1);
  });

  it('shows the day personal data will be deleted, counted from the fiscal year after closing', async () => {
    const open = await createCase();
    const openPage = await (await staff.get(caseUrl(open))).text();
    assert.match(openPage, /個人情報の削除予定日<\/dt><dd>処理が終わった時点で決まります（保存期間5年、処理が終わった日の属する年度の翌年度4月1日から起算）/);

    const closed = await createCase();
    // 23:30 on 31 March in Japan is 14:30 UTC the same day: still 令和8年度, so deleted from 1 April 2032.
    await t.services.db.update(applications).set({ status: 'completed', decidedAt: new Date('2027-03-31T23:30:00+09:00') }).where(eq(applications.id, closed.id));
    const closedPage = await (await staff.get(caseUrl(closed))).text();
    assert.match(closedPage, /個人情報の削除予定日<\/dt><dd>令和14年（2032年）4月1日（保存期間5年/);

    await t.services.db.update(applications).set({ decidedAt: new Date('2027-04-01T00:30:00+09:00') }).where(eq(applications.id, closed.id));
    assert.match(await (await staff.get(caseUrl(closed))).text(), /個人情報の削除予定日<\/dt><dd>令和15年（2033年）4月1日/, 'closed on 1 April in Japan (still 31 March in UTC): a year later');
  });

  it('shows that personal data was deleted after the retention period', async () => {
    const a = await createCase();
    await t.services.db.update(applications).set({ personalDataDeletedAt: new Date() }).where(eq(applications.id, a.id));
    const html = await (await staff.get(caseUrl(a))).text();
    assert.match(html, /保存期間を過ぎたため、個人情報は削除されました/);
    assert.doesNotMatch(html, /二宮レディースクリニック/);
  });

  it('filters the inbox and flags overdue cases in words', async () => {
    const late = await createCase({ now: new Date('2026-01-06T01:00:00Z') });
    const html = await (await staff.get(`${TOWN}/cases?overdue=1`)).text();
    assert.match(html, new RegExp(`${late.receiptNumber}[\\s\\S]*?（期限超過）`));
    const fresh = await createCase();
    assert.doesNotMatch(html, new RegExp(fresh.receiptNumber));
    const mine = await (await staff.get(`${TOWN}/cases?assigned=me&status=all`)).text();
    assert.doesNotMatch(mine, new RegExp(fresh.receiptNumber));
    const residentId = randomUUID();
    const answered = await createCase({ residentId });
    await act(staff, answered, 'request_correction', { message: '書類を添付してください。' });
    await withTenant(t.services.db, '143421', (tx) => answerCorrection(tx, residentId, answered.id, { message: '添付しました。', files: [] }));
    const needing = await (await staff.get(`${TOWN}/cases?status=correction_answered`)).text();
    assert.match(needing, new RegExp(`${answered.receiptNumber}[\\s\\S]*?審査中（補正回答あり）`));
    assert.doesNotMatch(needing, new RegExp(fresh.receiptNumber));
    assert.match(needing, /補正への回答が届いた申請<span class="figure">1件/);
    const bad = await staff.get(`${TOWN}/cases?from=2026-13-01`);
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /受付日（から）は 2026-04-01 のように/);
  });

  it('serves a sanitised attachment inline with strict headers, only from its own case', async () => {
    const a = await createCase({ withFile: true });
    const other = await createCase();
    const page = await (await staff.get(caseUrl(a))).text();
    const href = new RegExp(`href="(${TOWN}/cases/${a.id}/attachments/[0-9a-f-]+)"`).exec(page)?.[1];
    assert.ok(href, 'the page links the attachment');
    assert.match(page, /診断書 \(1\)\.pdf/);
    const response = await staff.get(href);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-disposition'), `inline; filename*=UTF-8''${encodeURIComponent('診断書 (1).pdf')}`);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('content-security-policy'), "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
    assert.match(Buffer.from(await response.arrayBuffer()).toString(), /^%PDF/);
    assert.equal((await audits(a, 'case.view_attachment')).length, 1);
    const attachmentId = href.split('/').at(-1)!;
    assert.equal((await staff.get(`${TOWN}/cases/${other.id}/attachments/${attachmentId}`)).status, 404);
  });

  it('prints a case without navigation', async () => {
    const a = await createCase();
    const response = await staff.get(`${caseUrl(a)}/print`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /印刷/);
    assert.match(html, /二宮レディースクリニック/);
    assert.doesNotMatch(html, /staff-nav/);
    assert.equal((await audits(a, 'case.print')).length, 1);
  });

  it('exports CSV (BOM, CRLF, fixed header) and JSON to section heads, and audits it', async () => {
    await createCase({ clinic: '=HYPERLINK("http://example.com")' });
    assert.equal((await staff.get(`${TOWN}/cases/export.csv?procedure=ninshin-todokede`)).status, 403);
    assert.equal((await head.get(`${TOWN}/cases/export.csv?procedure=no-such-procedure`)).status, 404);
    const inbox = await (await head.get(`${TOWN}/cases`)).text();
    assert.match(inbox, /export\.csv\?procedure=ninshin-todokede/);

    const csv = await head.get(`${TOWN}/cases/export.csv?procedure=ninshin-todokede`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type')!, /^text\/csv; charset=utf-8/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const [header, first] = text.split('\r\n');
    assert.ok(header!.startsWith(FIXED_COLUMNS.join(',')), header);
    assert.ok(header!.includes(',name.family,name.given,kana.family,kana.given,birthDate,'), header);
    assert.match(first!, /\+09:00/);
    assert.ok(text.includes(`"'=HYPERLINK(""http://example.com"")"`), 'formulas are defused');
    assert.ok(text.endsWith('\r\n'));

    const json = await head.get(`${TOWN}/cases/export.json?procedure=ninshin-todokede`);
    const data = (await json.json()) as { procedure: string; version: number; exportedAt: string; columns: { key: string; label: string }[]; rows: Record<string, string | null>[] };
    assert.equal(data.procedure, 'ninshin-todokede');
    assert.equal(data.version, procedure.version);
    assert.match(data.exportedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    assert.deepEqual(data.columns.slice(0, FIXED_COLUMNS.length).map((c) => c.key), [...FIXED_COLUMNS]);
    assert.ok(data.rows.length >= 1);
    assert.ok(data.rows.some((r) => r['name.family'] === '二宮' && r.birthDate === '1995-05-05'));
    assert.ok(data.rows.some((r) => r.clinic === '=HYPERLINK("http://example.com")'), 'JSON keeps values as given');
    const exports = await t.services.db.select().from(auditEvents).where(eq(auditEvents.action, 'case.export'));
    assert.equal(exports.length, 2);
  });
});
