// bench/intake: durable applications per second through the real submit (POST
// /apply/:draftId/submit: application, first event and receipt mail in one transaction) by 50
// signed-in residents at once, against the yakuba server process on a fresh PostgreSQL database;
// in the same run and database, plain single-row INSERT transactions from 50 pg connections.
// Goal: Yakuba's submit rate is at least 40% of the plain INSERT rate.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, inArray, like, sql } from 'drizzle-orm';
import pg from 'pg';
import { createBenchDatabase } from './bench-database.ts';
import { applications } from '../src/cases/schema.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { residents } from '../src/platform/identity/schema.ts';
import { mailMessages } from '../src/platform/mail/schema.ts';
import { startDraft } from '../src/procedures/drafts.ts';
import { applicationDrafts } from '../src/procedures/schema.ts';
import { demoProcedure, fillApplication, submitDraft } from '../test/live-apply.ts';
import { signInResidents } from '../test/live-sign-in.ts';
import { startYakuba } from '../test/yakuba-process.ts';
import { measure, processCpuMs, summary } from './load-stats.ts';

const RESIDENTS = 50;
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 3000);
const WARM_UP = 250;
const INSERTS = Number(process.env.BENCH_INSERTS ?? 20000);
const SLUG = 'ninshin-todokede';
const TOWN = '143421';

const bench = await createBenchDatabase();
const url = new URL(bench.url);
const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-bench-'));
const yakuba = await startYakuba({ dataDir, databaseUrl: url.href });
const database = await openDatabase({ url: url.href, poolSize: 4 });
try {
  const emails = Array.from({ length: RESIDENTS }, (_, i) => `intake-${i}@example.jp`);
  const browsers = await signInResidents(yakuba.publicUrl, yakuba.internalUrl, emails);
  // One draft answered through the pages gives the answers every prepared draft starts from.
  const template = await fillApplication(browsers[0]!, yakuba.publicUrl, SLUG);
  const [row] = await database.db.select().from(applicationDrafts).where(eq(applicationDrafts.id, template));
  const fileFields = new Set(demoProcedure(SLUG).pages.flatMap((p) => p.fields).filter((f) => f.type === 'file').map((f) => f.name));
  const answers = Object.fromEntries(Object.entries(row!.answers as Record<string, unknown>).filter(([key]) => !fileFields.has(key)));
  const people = await database.db.select({ id: residents.id, email: residents.email }).from(residents).where(inArray(residents.email, emails));
  const idOf = new Map(people.map((p) => [p.email, p.id]));
  const queues: string[][] = emails.map(() => []);
  await withTenant(database.db, TOWN, async (tx) => {
    // Every resident gets a share and some spare: faster workers take more than an even share.
    for (let i = 0; i < Math.ceil((WARM_UP + SUBMISSIONS) * 1.5); i++) {
      const draft = await startDraft(tx, { municipalityCode: TOWN, procedureId: row!.procedureId, version: row!.version, owner: { residentId: idOf.get(emails[i % RESIDENTS]!)! }, answers: answers as never });
      queues[i % RESIDENTS]!.push(draft.id);
    }
  });
  // Plain INSERTs first, while the server is idle (afterwards it is still sending the receipt mails).
  const pool = new pg.Pool({ connectionString: url.href, max: RESIDENTS });
  await pool.query('CREATE TABLE bench_insert (id uuid PRIMARY KEY, label text NOT NULL, payload jsonb NOT NULL)');
  const payload = JSON.stringify(answers);
  const insertOne = async () => {
    await pool.query('INSERT INTO bench_insert (id, label, payload) VALUES ($1, $2, $3)', [randomUUID(), SLUG, payload]);
  };
  await measure(RESIDENTS, Math.round(INSERTS / 10), insertOne);
  const raw = await measure(RESIDENTS, INSERTS, insertOne);
  await pool.end();

  const tokens = await Promise.all(browsers.map((b) => b.csrfToken(`${yakuba.publicUrl}/m/${TOWN}/mypage`)));

  const submitOne = async (worker: number) => {
    const draftId = queues[worker]!.pop()!;
    const response = await submitDraft(browsers[worker]!, yakuba.publicUrl, draftId, tokens[worker]!);
    if (response.status !== 303 || !response.location?.includes('/apply/done/')) throw new Error(`submit ${draftId}: ${response.status} ${response.body.slice(0, 200)}`);
  };
  await measure(RESIDENTS, WARM_UP, submitOne);
  const serverCpu = processCpuMs(yakuba.child.pid!);
  const clientCpu = process.cpuUsage();
  const app = await measure(RESIDENTS, SUBMISSIONS, submitOne);
  const serverMs = (processCpuMs(yakuba.child.pid!) - serverCpu) / SUBMISSIONS;
  const clientMs = (process.cpuUsage(clientCpu).user + process.cpuUsage(clientCpu).system) / 1000 / SUBMISSIONS;
  const [stored] = await database.db.select({ n: sql<number>`count(*)::int` }).from(applications);
  if (stored!.n !== WARM_UP + SUBMISSIONS) throw new Error(`expected ${WARM_UP + SUBMISSIONS} applications, found ${stored!.n}`);
  const receiptMails = async () => (await database.db.select({ waiting: sql<number>`count(*) filter (where status = 'queued')::int`, all: sql<number>`count(*)::int` }).from(mailMessages).where(like(mailMessages.subject, '%申請を受け付けました%')))[0]!;
  const mail = await receiptMails();
  const drainStart = performance.now();
  while ((await receiptMails()).waiting > 0 && performance.now() - drainStart < 300_000) await new Promise((r) => setTimeout(r, 200));
  const drainSeconds = (performance.now() - drainStart) / 1000;

  const ratio = app.rate / raw.rate;
  const setting = bench.setting;
  console.log(`bench/intake: ${RESIDENTS} concurrent clients, PostgreSQL ${await setting('server_version')} (fsync ${await setting('fsync')}, synchronous_commit ${await setting('synchronous_commit')}), Node ${process.version}, ${availableParallelism()} CPUs`);
  console.log(`  Yakuba submit (HTTP, ${SUBMISSIONS} applications)   ${summary(app)}`);
  console.log(`  plain INSERT (pg, ${INSERTS} transactions)      ${summary(raw)}`);
  console.log(`  CPU per submit   yakuba process ${serverMs.toFixed(2)} ms, load generator ${clientMs.toFixed(2)} ms`);
  console.log(`  receipt mails    ${mail.all - mail.waiting} of ${mail.all} delivered when the last submit was answered; the queue was empty ${drainSeconds.toFixed(1)} s later`);
  console.log(`  ratio            ${(ratio * 100).toFixed(1)}% of plain INSERT   goal >= 40%  ${ratio >= 0.4 ? 'OK' : 'MISSED'}`);
  browsers.forEach((b) => b.close());
} finally {
  await database.close();
  await yakuba.kill('SIGTERM');
  await bench.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
