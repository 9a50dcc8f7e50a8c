// Reliability of intake: the real server process is killed with SIGKILL while residents submit,
// then restarted on the same data. Every receipt a resident was shown must still be there, once.
// This covers a process crash only: PGlite's file system never calls fsync (fdatasync is a no-op in
// its WebAssembly build), so on the embedded database a power cut or kernel crash can still lose
// recent commits; PostgreSQL (DATABASE_URL) does not have that gap.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applicationEvents, applications } from '../src/cases/schema.ts';
import { openDatabase, type Database } from '../src/platform/db/database.ts';
import { mailMessages } from '../src/platform/mail/schema.ts';
import { freshPostgres, testDatabaseKind } from './database.ts';
import { fillApplication, receiptNumberIn, submitDraft } from './live-apply.ts';
import type { LiveBrowser } from './live-browser.ts';
import { signInResidents } from './live-sign-in.ts';
import { startYakuba, type YakubaServer } from './yakuba-process.ts';

const RESIDENTS = 17;
/** Acknowledged submissions in the stream before the final burst, in which the kill comes. */
const ACKS_BEFORE_KILL = 16;
const TOWN = '/m/143421';

interface Attempt {
  draftId: string;
  resident: number;
  /** Set when the server answered 303 to /apply/done/:id (the resident was told it was received). */
  applicationId?: string;
  receiptNumber?: string;
}

describe('submissions when the server is killed (kill -9) in the middle', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-crash-'));
  let postgres: Awaited<ReturnType<typeof freshPostgres>> | undefined;
  let server: YakubaServer | undefined;
  let browsers: LiveBrowser[] = [];
  after(async () => {
    browsers.forEach((b) => b.close());
    await server?.kill('SIGKILL');
    await postgres?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged application exactly once, and a retried submit gives the same receipt', async (t) => {
    if (testDatabaseKind === 'postgres') postgres = await freshPostgres('yakuba_crash');
    const options = { dataDir, databaseUrl: postgres?.url };
    server = await startYakuba(options);
    const publicUrl = server.publicUrl;
    browsers = await signInResidents(publicUrl, server.internalUrl, Array.from({ length: RESIDENTS }, (_, i) => `crash-${i}@example.jp`));
    const tokens = await Promise.all(browsers.map((b) => b.csrfToken(`${publicUrl}${TOWN}/mypage`)));

    const attempts: Attempt[] = [];
    let killed: Promise<void> | undefined;
    const running = server;
    /** Submits a finished draft as the check page does, and reads the receipt it leads to. */
    const submit = async (i: number, draftId: string, onReceived?: () => void) => {
      const attempt: Attempt = { draftId, resident: i };
      attempts.push(attempt);
      const response = await submitDraft(browsers[i]!, publicUrl, draftId, tokens[i]!);
      const done = /\/apply\/done\/([0-9a-f-]{36})$/u.exec(response.location ?? '');
      assert.ok(response.status === 303 && done, `submit answered ${response.status} ${response.location}`);
      attempt.applicationId = done[1];
      onReceived?.();
      attempt.receiptNumber = receiptNumberIn((await browsers[i]!.get(new URL(response.location!, publicUrl).href)).body);
    };

    // A stream: each resident answers the pages of 妊娠の届出 and submits, again and again.
    await Promise.all(
      browsers.map(async (browser, i) => {
        while (attempts.filter((a) => a.applicationId).length < ACKS_BEFORE_KILL) await submit(i, await fillApplication(browser, publicUrl, 'ninshin-todokede'));
      }),
    );
    // Then all submit at once; when half of them were answered, one more submit is sent and the
    // server is killed at once, so that some are answered, some committed unanswered, some not done.
    const last = await Promise.all(browsers.map((browser) => fillApplication(browser, publicUrl, 'ninshin-todokede')));
    const [extra, ...burst] = last;
    let answered = 0;
    const kill = () => {
      if (++answered !== burst.length / 2) return;
      const sent = submit(0, extra!).catch(() => {});
      killed = running.kill('SIGKILL').then(() => sent);
    };
    await Promise.all(
      burst.map((draftId, i) =>
        submit(i + 1, draftId, kill).catch((error) => {
          if (!killed) throw error;
        }),
      ),
    );
    await killed;
    const acknowledged = attempts.filter((a) => a.applicationId);
    t.diagnostic(`${attempts.length} drafts submitted, ${acknowledged.length} acknowledged (${acknowledged.filter((a) => a.receiptNumber).length} with the receipt page read), ${attempts.length - acknowledged.length} in flight at the kill`);
    assert.ok(acknowledged.length < attempts.length, 'the kill came while submissions were in flight');

    server = await startYakuba(options);
    const again = server.publicUrl;
    // Before any retry: each resident's list shows every acknowledged application, and at most the in-flight ones besides.
    const listed = new Map<string, string>();
    for (const [i, browser] of browsers.entries()) {
      const own = await listedApplications(browser, again);
      const mine = attempts.filter((a) => a.resident === i);
      assert.ok(own.size >= mine.filter((a) => a.applicationId).length && own.size <= mine.length, `resident ${i} lists ${own.size} applications for ${mine.length} submitted drafts`);
      for (const [id, receipt] of own) listed.set(id, receipt);
    }
    for (const a of acknowledged) {
      assert.ok(listed.has(a.applicationId!), `acknowledged application ${a.applicationId} (${a.receiptNumber ?? 'receipt page not read'}) survived the kill`);
      if (a.receiptNumber) assert.equal(listed.get(a.applicationId!), a.receiptNumber);
    }
    t.diagnostic(`after the restart, before any retry: ${listed.size} applications (${acknowledged.length} acknowledged + ${listed.size - acknowledged.length} of the in-flight ones)`);
    for (const a of attempts) {
      const browser = browsers[a.resident]!;
      const retried = await submitDraft(browser, again, a.draftId, tokens[a.resident]!);
      const done = /\/apply\/done\/([0-9a-f-]{36})$/u.exec(retried.location ?? '');
      assert.ok(retried.status === 303 && done, `re-POST of ${a.draftId}: ${retried.status} ${retried.location}`);
      if (!a.applicationId) continue;
      assert.equal(done[1], a.applicationId, `an acknowledged application is found again, not made anew (draft ${a.draftId})`);
      const receipt = receiptNumberIn((await browser.get(new URL(retried.location!, again).href)).body);
      if (a.receiptNumber) assert.equal(receipt, a.receiptNumber);
    }
    await server.kill('SIGTERM');
    server = undefined;

    const database: Database = await openDatabase(postgres ? { url: postgres.url, poolSize: 1 } : { dataDir: join(dataDir, 'pgdata') });
    try {
      const rows = await database.db.select({ id: applications.id, key: applications.idempotencyKey, receipt: applications.receiptNumber }).from(applications);
      const byKey = new Map(rows.map((r) => [r.key, r]));
      assert.equal(byKey.size, rows.length, 'no draft has two applications');
      assert.equal(rows.length, attempts.length, 'one application per submitted draft, after the retries');
      for (const a of attempts) assert.ok(byKey.has(a.draftId), `draft ${a.draftId} has its application`);
      for (const a of acknowledged) {
        assert.equal(byKey.get(a.draftId)!.id, a.applicationId);
        if (a.receiptNumber) assert.equal(byKey.get(a.draftId)!.receipt, a.receiptNumber);
      }
      const events = await database.db.select({ applicationId: applicationEvents.applicationId, kind: applicationEvents.kind }).from(applicationEvents);
      const mails = await database.db.select({ subject: mailMessages.subject }).from(mailMessages);
      for (const row of rows) {
        assert.equal(events.filter((e) => e.applicationId === row.id && e.kind === 'submitted').length, 1, `one 'submitted' event for ${row.receipt}`);
        assert.equal(mails.filter((m) => m.subject.includes(`受付番号 ${row.receipt}`)).length, 1, `one receipt mail for ${row.receipt}`);
      }
    } finally {
      await database.close();
    }
  });
});

/** Application id → 受付番号 from the resident's 申請の一覧 in マイページ. */
async function listedApplications(browser: LiveBrowser, publicUrl: string): Promise<Map<string, string>> {
  const page = await browser.get(`${publicUrl}${TOWN}/mypage/applications`);
  assert.equal(page.status, 200);
  return new Map([...page.body.matchAll(/\/mypage\/applications\/([0-9a-f-]{36})">[^<]*<\/a>(?:<\/span>)?<\/t[hd]><td[^>]*>(?:<span>)?(\d{4}-\d{4}-\d{3})<\/(?:span|td)>/gu)].map((m) => [m[1]!, m[2]!]));
}
