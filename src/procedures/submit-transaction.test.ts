import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testDatabaseKind } from '../../test/database.ts';
import { signInResident } from '../../test/resident-sign-in.ts';
import { applyForNinshin } from '../../test/ninshin-application.ts';
import { SQL_TRACE_HEADER } from '../platform/db/sql-trace.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { verifyAuditChain } from '../platform/audit/verify-audit-chain.ts';
import { jobs } from '../platform/jobs/schema.ts';
import { mailMessages } from '../platform/mail/schema.ts';
import { applicationAttachments, applicationEvents, applications } from '../cases/schema.ts';
import { applicationDrafts } from './schema.ts';

const TOWN = '143421';

// The trace is read by PostgreSQL's driver only; it must be on before the app opens its database.
const traceDir = mkdtempSync(join(tmpdir(), 'yakuba-trace-'));
const traceFile = join(traceDir, 'sql.jsonl');
process.env.YAKUBA_SQL_TRACE = traceFile;

interface Traced {
  request: number;
  label: string;
  text: string;
}

describe('the resident’s submit', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
    rmSync(traceDir, { recursive: true, force: true });
  });

  it('writes the application, its file, history, receipt mail and its job, and the audit record together, and deletes the draft', async () => {
    const resident = await signInResident(t.publicApp, t.services.db, 'submit-once@example.jp');
    const id = await applyForNinshin(resident);
    const stored = await withTenant(t.services.db, TOWN, async (tx) => {
      const [application] = await tx.select().from(applications).where(eq(applications.id, id));
      return {
        application: application!,
        files: await tx.select().from(applicationAttachments).where(eq(applicationAttachments.applicationId, id)),
        events: await tx.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)),
        mails: await tx.select().from(mailMessages).where(eq(mailMessages.toAddress, 'submit-once@example.jp')),
        audit: await tx.select().from(auditEvents).where(and(eq(auditEvents.action, 'case.submitted'), eq(auditEvents.target, application!.receiptNumber))),
        drafts: await tx.select().from(applicationDrafts).where(eq(applicationDrafts.id, application!.idempotencyKey)),
        jobs: await tx.select().from(jobs).where(eq(jobs.kind, 'mail.deliver')),
      };
    });
    assert.equal(stored.application.status, 'received');
    assert.equal(stored.files.length, 1);
    assert.deepEqual(stored.events.map((e) => e.kind), ['submitted']);
    const receipt = stored.mails.find((m) => m.subject.includes(stored.application.receiptNumber));
    assert.ok(receipt, 'the receipt mail names the receipt number');
    assert.ok(stored.jobs.some((job) => (job.payload as { messageId?: string }).messageId === receipt.id), 'its delivery job is queued');
    assert.equal(stored.audit.length, 1);
    assert.equal(stored.audit[0]!.actorId, stored.application.residentId);
    assert.deepEqual(stored.audit[0]!.detail, { procedure: 'ninshin-todokede', channel: 'online' });
    assert.equal(stored.drafts.length, 0);
    const [verified] = await verifyAuditChain(t.services.db, TOWN);
    assert.equal(verified!.ok, true, verified!.message);
  });

  it('on PostgreSQL takes three round trips and one writing transaction, which carries every write', { skip: testDatabaseKind !== 'postgres' && 'PostgreSQL only: the embedded database has no round trips' }, async () => {
    // The form's definition was read by the first submit of this process and is kept since.
    const resident = await signInResident(t.publicApp, t.services.db, 'submit-traced@example.jp');
    await applyForNinshin(resident, `/m/${TOWN}`, { [SQL_TRACE_HEADER]: '1' });
    // The trace is written through a stream: wait until the submit's last message (its commit) is on disk.
    const readSubmit = () => readFileSync(traceFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Traced).filter((line) => line.label.endsWith('/submit'));
    let submit = readSubmit();
    for (let waited = 0; waited < 5_000 && !submit.some((line) => /;\ncommit$/u.test(line.text)); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      submit = readSubmit();
    }
    assert.ok(submit.length > 0, 'the traced submit was written to the trace');
    assert.equal(new Set(submit.map((line) => line.request)).size, 1);
    assert.ok(submit.length <= 3, `round trips: ${submit.length}`);
    const writing = submit.filter((line) => /\b(insert|delete|update)\b/iu.test(line.text));
    assert.equal(writing.length, 1, 'one message writes');
    const statement = writing[0]!.text;
    for (const table of ['applications', 'application_attachments', 'application_events', 'mail_messages', 'jobs', 'audit_events']) assert.match(statement, new RegExp(`insert into "?${table}"? `, 'u'), table);
    assert.match(statement, /delete from "application_drafts"/u);
    assert.match(statement, /;\ncommit$/u);
  });

  it('keeps every audit chain whole under twenty submissions at once', async () => {
    // Twenty residents: one resident has one open draft per procedure.
    const residents = await Promise.all(Array.from({ length: 20 }, (_, i) => signInResident(t.publicApp, t.services.db, `many-${i}@example.jp`)));
    const ids = await Promise.all(residents.map((resident) => applyForNinshin(resident)));
    assert.equal(new Set(ids).size, 20);
    const [verified] = await verifyAuditChain(t.services.db, TOWN);
    assert.equal(verified!.ok, true, verified!.message);
    const recorded = await withTenant(t.services.db, TOWN, (tx) => tx.select().from(auditEvents).where(eq(auditEvents.action, 'case.submitted')));
    assert.equal(recorded.length, testDatabaseKind === 'postgres' ? 22 : 21);
  });
});
