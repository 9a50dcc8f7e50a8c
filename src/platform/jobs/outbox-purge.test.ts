import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase } from '../../../test/database.ts';
import type { Database } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { mailMessages } from '../mail/schema.ts';
import { DONE_JOBS_KEEP_DAYS, purgeOutbox, SENT_MAIL_KEEP_DAYS } from './outbox-purge.ts';
import { jobs } from './schema.ts';

const NINOMIYA = '143421';
const OISO = '143413';
const days = (n: number) => new Date(Date.now() - n * 86_400_000);

describe('the nightly outbox purge', () => {
  let database: Database;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  it('deletes finished jobs after a week and delivered mail after 90 days, of this municipality only; keeps failures and mail not yet sent', async () => {
    const old = days(DONE_JOBS_KEEP_DAYS + 1);
    const recent = days(DONE_JOBS_KEEP_DAYS - 1);
    await database.db.insert(jobs).values([
      { municipalityCode: NINOMIYA, kind: 'mail.deliver', status: 'done', finishedAt: old },
      { municipalityCode: NINOMIYA, kind: 'mail.deliver', status: 'done', finishedAt: recent },
      { municipalityCode: NINOMIYA, kind: 'mail.deliver', status: 'dead', finishedAt: old },
      { municipalityCode: NINOMIYA, kind: 'mail.deliver', status: 'pending' },
      { municipalityCode: OISO, kind: 'mail.deliver', status: 'done', finishedAt: old },
    ]);
    const mail = (to: string, status: string, sentDaysAgo: number | null) => ({ municipalityCode: to.endsWith('oiso') ? OISO : NINOMIYA, toAddress: `${to}@example.jp`, subject: 's', bodyText: 'b', status, sentAt: sentDaysAgo === null ? null : days(sentDaysAgo), createdAt: days(sentDaysAgo ?? SENT_MAIL_KEEP_DAYS + 5) });
    await database.db.insert(mailMessages).values([
      mail('old-sent', 'sent', SENT_MAIL_KEEP_DAYS + 1),
      mail('old-outbox', 'dev_outbox', SENT_MAIL_KEEP_DAYS + 1),
      mail('recent-sent', 'sent', SENT_MAIL_KEEP_DAYS - 1),
      mail('old-failed', 'failed', null),
      mail('old-queued', 'queued', null),
      mail('old-sent-oiso', 'sent', SENT_MAIL_KEEP_DAYS + 1),
    ]);
    const purged = await withTenant(database.db, NINOMIYA, (tx) => purgeOutbox(tx, NINOMIYA));
    assert.deepEqual(purged, { jobs: 1, mails: 2 });
    const left = await database.db.select().from(jobs);
    assert.deepEqual(left.map((j) => `${j.municipalityCode}:${j.status}`).sort(), [`${OISO}:done`, `${NINOMIYA}:dead`, `${NINOMIYA}:done`, `${NINOMIYA}:pending`]);
    const mails = await database.db.select().from(mailMessages);
    assert.deepEqual(mails.map((m) => m.toAddress.split('@')[0]).sort(), ['old-failed', 'old-queued', 'old-sent-oiso', 'recent-sent']);
  });
});
