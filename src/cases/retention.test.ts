import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { tokyoDate } from '../platform/calendar/business-days.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { nextNightlyRun, scheduleDailyJobs } from '../platform/jobs/daily-jobs.ts';
import { createJobRunner } from '../platform/jobs/job-runner.ts';
import { jobs } from '../platform/jobs/schema.ts';
import { applicationDrafts } from '../procedures/schema.ts';
import { findPublishedProcedure } from '../procedures/service.ts';
import { startDraft } from '../procedures/drafts.ts';
import { createJobHandlerRegistry, NIGHTLY_JOBS } from '../plugins.ts';
import { fiscalYearOf } from './retention-date.ts';
import { purgeExpiredPersonalData } from './retention.ts';
import { applicationAttachments, applicationEvents, applications, type ApplicationRow } from './schema.ts';
import { submitApplication } from './submit-application.ts';

const TOWN = '143421';
const quiet = { info() {}, warn() {}, error() {} };

describe('nightly housekeeping: retention of closed cases and expired drafts', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  async function closedCase(status: string, decidedAt: Date | null): Promise<{ application: ApplicationRow; storageKey: string }> {
    const storageKey = `${TOWN}/cases/${randomUUID()}`;
    await t.services.files.put(storageKey, Buffer.from('%PDF-1.7\n%test\n'), 'application/pdf');
    const { application } = await withTenant(t.services.db, TOWN, async (tx) => {
      const submitted = await submitApplication(tx, {
        municipalityCode: TOWN, municipalityName: '二宮町', idempotencyKey: randomUUID(),
        procedure: { id: randomUUID(), slug: 'ninshin-todokede', title: '妊娠の届出', departmentCode: 'kosodate', processingDays: 3, retentionYears: 5 },
        version: 1, answers: { name: { family: '二宮', given: '椿' } }, channel: 'counter', counterStaffId: null, identityCheck: '運転免許証', contactEmail: 'hanako@example.jp',
        files: [{ field: 'doc', label: '書類', filename: '診断書.pdf', contentType: 'application/pdf', size: 15, storageKey }],
      });
      await tx.update(applications).set({ status, decidedAt, confirmedWarnings: [{ question: '住所', message: '住所に番地が入っていないようです（二宮）' }] }).where(eq(applications.id, submitted.application.id));
      const changes = [{ page: 'p', field: 'name', label: '氏名', before: '二宮　椿', after: '二宮　椿子' }];
      await tx.insert(applicationEvents).values({ municipalityCode: TOWN, applicationId: submitted.application.id, actorType: 'staff', kind: 'staff_correction', message: '電話で確認', detail: { changes } });
      return submitted;
    });
    return { application, storageKey };
  }

  const reload = async (a: ApplicationRow) => (await t.services.db.select().from(applications).where(eq(applications.id, a.id)))[0]!;

  it('deletes the personal data of cases closed longer than their retention period, and only those', async () => {
    // Retention counts from 1 April of the fiscal year after closing (Japan time): a case closed on
    // the last evening of the fiscal year six years back is due tonight; one closed on the first
    // morning of the next fiscal year, though more than five years ago, is kept another year.
    const thisFiscalYear = fiscalYearOf(tokyoDate(new Date()));
    const expired = await closedCase('completed', new Date(`${thisFiscalYear - 5}-03-31T23:30:00+09:00`));
    const recent = await closedCase('completed', new Date(`${thisFiscalYear - 5}-04-01T00:00:00+09:00`));
    const open = await closedCase('in_review', null);
    const withdrawn = await closedCase('withdrawn', new Date(`${thisFiscalYear - 7}-06-01T10:00:00+09:00`));

    const procedure = await withTenant(t.services.db, TOWN, (tx) => findPublishedProcedure(tx, 'ninshin-todokede'));
    let draftKey = '';
    const [oldDraft, liveDraft] = await withTenant(t.services.db, TOWN, async (tx) => {
      const drafts = [];
      for (let i = 0; i < 2; i++) drafts.push(await startDraft(tx, { municipalityCode: TOWN, procedureId: procedure!.procedure.id, version: procedure!.version, owner: { residentId: randomUUID() }, answers: { clinic: '二宮医院' } }));
      // Where the form stores a draft's uploads: under the draft's own id.
      draftKey = `${TOWN}/drafts/${drafts[0]!.id}/${randomUUID()}`;
      await tx.update(applicationDrafts).set({ expiresAt: new Date(Date.now() - 1000), files: { f: { id: 'f', field: 'doc', filename: 'a.pdf', contentType: 'application/pdf', size: 10, storageKey: draftKey } } }).where(eq(applicationDrafts.id, drafts[0]!.id));
      return drafts;
    });
    await t.services.files.put(draftKey, Buffer.from('draft file'), 'application/pdf');

    // Booked as if the server had started two days ago, so tonight's runs are already due.
    await scheduleDailyJobs(t.services.db, [TOWN], NIGHTLY_JOBS, new Date(Date.now() - 2 * 86400_000));
    await scheduleDailyJobs(t.services.db, [TOWN], NIGHTLY_JOBS, new Date(Date.now() - 2 * 86400_000));
    const booked = await withTenant(t.services.db, TOWN, (tx) => tx.select().from(jobs).where(eq(jobs.status, 'pending')));
    assert.equal(booked.filter((j) => NIGHTLY_JOBS.includes(j.kind)).length, NIGHTLY_JOBS.length, 'booking twice books each job once');

    const runner = createJobRunner({ db: t.services.db, handlers: createJobHandlerRegistry(t.services.config, t.services.mailTransport, quiet), workerId: 'night', log: quiet });
    while (await runner.runOnce());

    for (const gone of [expired, withdrawn]) {
      const row = await reload(gone.application);
      assert.ok(row.personalDataDeletedAt, 'marked as deleted');
      assert.deepEqual(row.answers, {});
      assert.equal(row.contactEmail, null);
      assert.equal(row.identityCheck, null);
      assert.equal(row.receiptNumber, gone.application.receiptNumber, 'the receipt number and dates stay for the figures');
      assert.equal(await t.services.files.get(gone.storageKey), undefined, 'the file is deleted from storage');
      const [attachment] = await t.services.db.select().from(applicationAttachments).where(eq(applicationAttachments.applicationId, gone.application.id));
      assert.equal(attachment!.storageKey, null);
      assert.equal(attachment!.filename, '（削除済み）');
      const events = await t.services.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, gone.application.id));
      assert.ok(events.every((e) => e.message === null && e.detail === null), 'messages and correction details (they may hold personal data) are cleared');
      assert.deepEqual(row.confirmedWarnings, [], 'confirmed warnings quote answers');
    }
    for (const kept of [recent, open]) {
      const row = await reload(kept.application);
      assert.equal(row.personalDataDeletedAt, null);
      assert.deepEqual(row.answers, { name: { family: '二宮', given: '椿' } });
      const events = await t.services.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, kept.application.id));
      assert.ok(events.some((e) => e.detail !== null), 'a case still kept keeps its correction history');
      assert.ok(await t.services.files.get(kept.storageKey));
    }
    const [audit] = await t.services.db.select().from(auditEvents).where(and(eq(auditEvents.municipalityCode, TOWN), eq(auditEvents.action, 'case.personal_data_deleted')));
    assert.deepEqual((audit!.detail as { receiptNumbers: string[] }).receiptNumbers.sort(), [expired.application.receiptNumber, withdrawn.application.receiptNumber].sort());

    const drafts = await t.services.db.select().from(applicationDrafts).where(eq(applicationDrafts.municipalityCode, TOWN));
    assert.ok(!drafts.some((d) => d.id === oldDraft!.id), 'the expired draft is gone');
    assert.ok(drafts.some((d) => d.id === liveDraft!.id), 'a live draft stays');
    assert.equal(await t.services.files.get(draftKey), undefined);

    const next = await withTenant(t.services.db, TOWN, (tx) => tx.select().from(jobs).where(eq(jobs.status, 'pending')));
    for (const kind of NIGHTLY_JOBS) {
      const booking = next.filter((j) => j.kind === kind);
      assert.equal(booking.length, 1, `${kind} booked again`);
      assert.equal(booking[0]!.runAt.getTime(), nextNightlyRun(new Date()).getTime(), `${kind} runs next at 03:00 JST`);
    }

    const staff = (await signInStaff(t, 'staff@ninomiya.example.jp', 'ninomiya-demo-2026')).browser;
    const page = await (await staff.get(`/m/${TOWN}/cases/${expired.application.id}`)).text();
    assert.match(page, /保存期間を過ぎたため、個人情報は削除されました/u);
    assert.doesNotMatch(page, /椿/u);
  });

  it('deletes on 1 April of the year the period ends, Japan time, not on the anniversary of the decision', async () => {
    const closedInMay = await closedCase('completed', new Date('2026-05-10T10:00:00+09:00'));
    const closedInFebruary = await closedCase('rejected', new Date('2027-02-10T10:00:00+09:00'));
    const purge = (now: string) => withTenant(t.services.db, TOWN, (tx) => purgeExpiredPersonalData(tx, TOWN, new Date(now)));
    const mine = (r: { receiptNumbers: string[] }) => r.receiptNumbers.filter((n) => [closedInMay, closedInFebruary].some((c) => c.application.receiptNumber === n));

    assert.deepEqual(mine(await purge('2031-05-11T03:00:00+09:00')), [], 'five years after the decision: still kept');
    assert.deepEqual(mine(await purge('2032-03-31T23:59:00+09:00')), [], 'kept to the end of 31 March 2032');
    assert.equal((await reload(closedInMay.application)).personalDataDeletedAt, null);
    const deleted = mine(await purge('2032-04-01T00:00:00+09:00'));
    assert.deepEqual(deleted.sort(), [closedInMay.application.receiptNumber, closedInFebruary.application.receiptNumber].sort());
    assert.ok((await reload(closedInFebruary.application)).personalDataDeletedAt);
  });

  it('books the night run at 03:00 Japan time', () => {
    assert.equal(nextNightlyRun(new Date('2026-11-24T17:59:00Z')).toISOString(), '2026-11-24T18:00:00.000Z');
    assert.equal(nextNightlyRun(new Date('2026-11-24T18:00:00Z')).toISOString(), '2026-11-25T18:00:00.000Z');
    assert.equal(nextNightlyRun(new Date('2026-11-25T02:00:00Z')).toISOString(), '2026-11-25T18:00:00.000Z');
  });
});
