import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { fiscalYearOf, planFigures } from './plan-figures.ts';
import { applicationEvents, applications } from './schema.ts';
import { submitApplication } from './submit-application.ts';

const TOWN = '143421';
const DAY = 86400_000;

describe('plan figures: online versus counter, lead time per procedure and per status', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const procedure = { id: randomUUID(), slug: 'ninshin-todokede', title: '妊娠の届出', departmentCode: 'kosodate', processingDays: 3, retentionYears: 5 };
  const submit = (channel: 'online' | 'counter', at: Date) =>
    withTenant(t.services.db, TOWN, (tx) => submitApplication(tx, { municipalityCode: TOWN, municipalityName: '二宮町', idempotencyKey: randomUUID(), procedure, version: 1, answers: {}, files: [], channel, identityCheck: channel === 'counter' ? '運転免許証' : null }, at));

  it('counts channels, measures lead time to decision and time spent in each status', async () => {
    const start = new Date('2026-06-01T00:00:00Z');
    const decided = await submit('online', start);
    await submit('online', new Date(start.getTime() + DAY));
    await submit('counter', new Date(start.getTime() + 2 * DAY));
    await withTenant(t.services.db, TOWN, async (tx) => {
      const id = decided.application.id;
      await tx.insert(applicationEvents).values([
        { municipalityCode: TOWN, applicationId: id, at: new Date(start.getTime() + 2 * DAY), actorType: 'staff', kind: 'take', fromStatus: 'received', toStatus: 'in_review' },
        { municipalityCode: TOWN, applicationId: id, at: new Date(start.getTime() + 3 * DAY), actorType: 'staff', kind: 'note', internal: true, message: 'メモ' },
        { municipalityCode: TOWN, applicationId: id, at: new Date(start.getTime() + 10 * DAY), actorType: 'staff', kind: 'complete', fromStatus: 'in_review', toStatus: 'completed' },
      ]);
      await tx.update(applications).set({ status: 'completed', decidedAt: new Date(start.getTime() + 10 * DAY) }).where(eq(applications.id, id));
    });
    await submit('online', new Date('2027-05-01T00:00:00Z'));

    const figures = await withTenant(t.services.db, TOWN, (tx) => planFigures(tx, '2026-04-01', '2027-04-01'));
    assert.deepEqual(figures.procedures, [{ slug: 'ninshin-todokede', title: '妊娠の届出', online: 2, counter: 1, decided: 1, leadDaysAverage: 10, leadDaysMedian: 10 }]);
    const stay = (status: string) => figures.statuses.find((s) => s.status === status);
    assert.deepEqual(stay('received'), { slug: 'ninshin-todokede', status: 'received', left: 1, daysAverage: 2, now: 2 });
    assert.deepEqual(stay('in_review'), { slug: 'ninshin-todokede', status: 'in_review', left: 1, daysAverage: 8, now: 0 });
    assert.deepEqual(stay('completed'), { slug: 'ninshin-todokede', status: 'completed', left: 0, daysAverage: null, now: 1 });

    const staff = (await signInStaff(t, 'staff@ninomiya.example.jp', 'ninomiya-demo-2026')).browser;
    const page = await (await staff.get(`/m/${TOWN}/cases/figures?from=2026-04-01&to=2027-04-01`)).text();
    assert.match(page, /オンライン申請<\/h2><p><span class="figure">2件<\/span>（67%）/u);
    assert.match(page, /<th scope="row">妊娠の届出<\/th><td>2<\/td><td>1<\/td><td>67%<\/td><td>1<\/td><td>10日<\/td><td>10日<\/td>/u);
    const json = await (await staff.get(`/m/${TOWN}/cases/figures.json?from=2026-04-01&to=2027-04-01`)).json();
    assert.equal(json.municipalityCode, TOWN);
    assert.equal(json.procedures[0].counter, 1);
    const bad = await staff.get(`/m/${TOWN}/cases/figures?from=2026-02-30&to=2027-04-01`);
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /開始日を正しい日付で入力してください/u);
    assert.equal((await staff.get(`/m/${TOWN}/cases/figures.json?from=x`)).status, 400);
  });

  it('takes the fiscal year (年度) from April', () => {
    assert.deepEqual(fiscalYearOf('2026-11-24'), { from: '2026-04-01', to: '2027-04-01' });
    assert.deepEqual(fiscalYearOf('2027-03-31'), { from: '2026-04-01', to: '2027-04-01' });
  });
});
