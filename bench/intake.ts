// bench/intake: how close Yakuba's submit comes to the database's own limit. Three rates from one
// run, one fresh PostgreSQL database and the same concurrency (50 clients):
//   plain INSERT  single-row INSERT transactions over pg;
//   own SQL       exactly the statements one HTTP submission issued (traced by the server with
//                 YAKUBA_SQL_TRACE), replayed over pg with fresh ids — the data model's cost;
//   Yakuba        POST /apply/:draftId/submit by signed-in residents — adds the application layer.
// It ends with the ratios, the server's CPU per submission and the goals beside them.
// BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server (see bench/cpu-profile-top.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq, inArray, like, sql } from 'drizzle-orm';
import pg from 'pg';
import { createBenchDatabase } from './bench-database.ts';
import { measure, processCpuMs, summary } from './load-stats.ts';
import { prepareReplay, readTrace, type TracedStatement } from './sql-replay.ts';
import { applications } from '../src/cases/schema.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { SQL_TRACE_HEADER } from '../src/platform/db/sql-trace.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { residents } from '../src/platform/identity/schema.ts';
import { mailMessages } from '../src/platform/mail/schema.ts';
import { startDraft } from '../src/procedures/drafts.ts';
import { applicationDrafts } from '../src/procedures/schema.ts';
import { demoProcedure, fillApplication, submitDraft } from '../test/live-apply.ts';
import { signInResidents } from '../test/live-sign-in.ts';
import { startYakuba } from '../test/yakuba-process.ts';

const CLIENTS = 50;
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 3000);
const REPLAYS = Number(process.env.BENCH_REPLAYS ?? SUBMISSIONS);
const WARM_UP = 250;
const INSERTS = Number(process.env.BENCH_INSERTS ?? 20000);
const SLUG = 'ninshin-todokede';
const TOWN = '143421';

const bench = await createBenchDatabase();
const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-bench-'));
const traceFile = join(dataDir, 'sql-trace.jsonl');
const profileDir = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;
const yakuba = await startYakuba({
  dataDir,
  databaseUrl: bench.url,
  env: { YAKUBA_SQL_TRACE: traceFile, ...(profileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {}) },
});
const database = await openDatabase({ url: bench.url, poolSize: 4 });
const pool = new pg.Pool({ connectionString: bench.url, max: CLIENTS });
try {
  const emails = Array.from({ length: CLIENTS }, (_, i) => `intake-${i}@example.jp`);
  const browsers = await signInResidents(yakuba.publicUrl, yakuba.internalUrl, emails);
  // One draft answered through the pages gives the answers every prepared draft starts from.
  const template = await fillApplication(browsers[0]!, yakuba.publicUrl, SLUG);
  const [row] = await database.db.select().from(applicationDrafts).where(eq(applicationDrafts.id, template));
  const fileFields = new Set(demoProcedure(SLUG).pages.flatMap((p) => p.fields).filter((f) => f.type === 'file').map((f) => f.name));
  const answers = Object.fromEntries(Object.entries(row!.answers as Record<string, unknown>).filter(([key]) => !fileFields.has(key)));
  const people = await database.db.select({ id: residents.id, email: residents.email }).from(residents).where(inArray(residents.email, emails));
  const idOf = new Map(people.map((p) => [p.email, p.id]));
  const draftsFor = (resident: number, count: number) =>
    withTenant(database.db, TOWN, async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) ids.push((await startDraft(tx, { municipalityCode: TOWN, procedureId: row!.procedureId, version: row!.version, owner: { residentId: idOf.get(emails[resident]!)! }, answers: answers as never })).id);
      return ids;
    });
  // Every resident gets a share and some spare: faster workers take more than an even share.
  const share = Math.ceil(((WARM_UP + SUBMISSIONS) * 1.5) / CLIENTS);
  const queues = await Promise.all(emails.map((_, i) => draftsFor(i, share)));
  const csrfTokens = () => Promise.all(browsers.map((b) => b.csrfToken(`${yakuba.publicUrl}/m/${TOWN}/mypage`)));
  let tokens = await csrfTokens();
  const submit = async (worker: number, headers: Record<string, string> = {}) => {
    const draftId = queues[worker]!.pop()!;
    const response = await submitDraft(browsers[worker]!, yakuba.publicUrl, draftId, tokens[worker]!, headers);
    if (response.status !== 303 || !response.location?.includes('/apply/done/')) throw new Error(`submit ${draftId}: ${response.status} ${response.body.slice(0, 200)}`);
    return draftId;
  };

  // Plain INSERTs first, while the server is idle.
  await pool.query('CREATE TABLE bench_insert (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), label text NOT NULL, payload jsonb NOT NULL)');
  const payload = JSON.stringify(answers);
  const insertOne = async () => {
    await pool.query('INSERT INTO bench_insert (label, payload) VALUES ($1, $2)', [SLUG, payload]);
  };
  await measure(CLIENTS, Math.round(INSERTS / 10), insertOne);
  const raw = await measure(CLIENTS, INSERTS, insertOne);

  // One submission traced after a few untraced ones (caches warm, as in the measured run).
  for (let i = 0; i < 5; i++) await submit(0);
  const tracedDraft = await submit(0, { [SQL_TRACE_HEADER]: '1' });
  const traced = await waitForTrace(traceFile);
  const replay = prepareReplay(traced, tracedDraft);
  const replayDrafts = await draftsFor(0, Math.ceil((REPLAYS + WARM_UP) * 1.1));
  const replayOne = async () => {
    const client = await pool.connect();
    try {
      await replay.run(client, replayDrafts.pop()!);
    } finally {
      client.release();
    }
  };
  // BENCH_REPLAYS=0 leaves the replay out (for a CPU profile of the HTTP submissions alone).
  if (REPLAYS > 0) await measure(CLIENTS, WARM_UP, replayOne);
  const own = REPLAYS > 0 ? await measure(CLIENTS, REPLAYS, replayOne) : { count: 0, seconds: 0, rate: NaN, p50: NaN, p99: NaN };
  // The replayed submissions queued receipt mails too: let the server send them before measuring it.
  await drainMail(database.db, 300_000);

  // Fresh page loads first: connections idle since the sign-in may be closing (keep-alive timeout).
  tokens = await csrfTokens();
  await measure(CLIENTS, WARM_UP, (worker) => submit(worker).then(() => undefined));
  const serverCpu = processCpuMs(yakuba.child.pid!);
  const app = await measure(CLIENTS, SUBMISSIONS, (worker) => submit(worker).then(() => undefined));
  const serverMs = (processCpuMs(yakuba.child.pid!) - serverCpu) / SUBMISSIONS;
  const mail = await receiptMails(database.db);
  const drainSeconds = await drainMail(database.db, 300_000);
  const [stored] = await database.db.select({ n: sql<number>`count(*)::int` }).from(applications);
  const expected = 6 + WARM_UP + (REPLAYS > 0 ? WARM_UP + REPLAYS : 0) + SUBMISSIONS;
  if (stored!.n !== expected) throw new Error(`expected ${expected} applications, found ${stored!.n}`);

  // What one submission leaves in the database, indexes included: the input of docs/scaling.md's sizes.
  const size = await database.db.execute<{ bytes: string }>(sql`select sum(pg_total_relation_size(t::regclass))::bigint as bytes from unnest(array['applications', 'application_events', 'application_attachments', 'mail_messages', 'jobs', 'audit_events']) as t`);
  const bytesPerSubmission = Number(size.rows[0]!.bytes) / stored!.n;
  const setting = bench.setting;
  const pct = (a: number, b: number) => ((a / b) * 100).toFixed(1);
  const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED');
  console.log(`bench/intake: ${CLIENTS} concurrent clients, PostgreSQL ${await setting('server_version')} (fsync ${await setting('fsync')}, synchronous_commit ${await setting('synchronous_commit')}), Node ${process.version}, ${availableParallelism()} CPUs`);
  console.log(`  one submission   ${replay.roundTrips} round trips to the database, ${replay.statements} statements, ${replay.transactions} transactions (${replay.writing} writing)`);
  for (const line of replay.outline) console.log(`                   ${line}`);
  console.log(`  plain INSERT (pg, ${INSERTS} transactions)          ${summary(raw)}`);
  console.log(`  own SQL (pg replay, ${REPLAYS} submissions)          ${summary(own)}`);
  console.log(`  Yakuba (HTTP, ${SUBMISSIONS} submissions)              ${summary(app)}`);
  console.log(`  database size    ${(bytesPerSubmission / 1024).toFixed(1)} KiB per submission (applications, history, files' references, mail, jobs, audit; indexes included)`);
  console.log(`  receipt mails    ${mail.all - mail.waiting} of ${mail.all} delivered when the last submit was answered; all sent ${drainSeconds.toFixed(1)} s later`);
  console.log(`yakuba/own-sql ${pct(app.rate, own.rate)} %   goal >= 50 %   ${verdict(app.rate / own.rate >= 0.5)}`);
  console.log(`own-sql/plain-insert ${pct(own.rate, raw.rate)} %   goal >= 40 %   ${verdict(own.rate / raw.rate >= 0.4)}`);
  console.log(`yakuba/plain-insert ${pct(app.rate, raw.rate)} %   goal >= 20 %   ${verdict(app.rate / raw.rate >= 0.2)}`);
  console.log(`cpu-per-submit ${serverMs.toFixed(2)} ms   goal <= 1 ms (0.5 ms)   ${verdict(serverMs <= 1)}`);
  browsers.forEach((b) => b.close());
} finally {
  await pool.end();
  await database.close();
  await yakuba.kill('SIGTERM');
  await bench.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
if (profileDir) console.log(`  CPU profile of the server in ${profileDir} (node --import tsx bench/cpu-profile-top.ts ${profileDir})`);

async function waitForTrace(file: string): Promise<TracedStatement[]> {
  for (let tries = 0; tries < 50; tries++) {
    const statements = readTrace(readFileSync(file, 'utf8'));
    if (statements.length > 0 && /(^|;\n)commit\s*$/iu.test(statements.at(-1)!.text)) return statements;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no traced submission in ${file}`);
}

async function receiptMails(db: Parameters<typeof withTenant>[0]) {
  const [counts] = await db.select({ waiting: sql<number>`count(*) filter (where status = 'queued')::int`, all: sql<number>`count(*)::int` }).from(mailMessages).where(like(mailMessages.subject, '%申請を受け付けました%'));
  return counts!;
}

async function drainMail(db: Parameters<typeof withTenant>[0], limitMs: number): Promise<number> {
  const start = performance.now();
  while ((await receiptMails(db)).waiting > 0 && performance.now() - start < limitMs) await new Promise((r) => setTimeout(r, 200));
  return (performance.now() - start) / 1000;
}
