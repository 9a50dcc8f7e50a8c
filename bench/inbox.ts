// bench/inbox: the staff inbox with each filter, a case page and the figures page of a town whose
// database holds 100,000 applications across 12 municipalities (PostgreSQL), timed through HTTP for
// a signed-in staff member, p50 and p95 beside a bare node:http server sending the inbox's bytes.
// Goal: p95 < 100 ms for every page. Needs PostgreSQL (TEST_DATABASE_URL, default the local server).
import { request, createServer, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';

process.env.YAKUBA_TEST_DB = 'postgres';
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
const { createTestApp } = await import('../test/test-app.ts');
const { signInStaff } = await import('../test/staff-browser.ts');

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const TOWN = '143421';
// The two demo towns and ten more codes whose rows share the table, as a shared deployment's would.
const CODES = [TOWN, '143413', '141003', '141305', '142018', '142034', '142051', '142069', '142077', '142085', '142107', '142115'];
const GOAL_MS = 100;

const t = await createTestApp();
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
try {
  const db = t.services.db;
  const rows = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? result) as Record<string, unknown>[];
  const procedures = rows(
    await db.execute(sql`select p.id, p.slug, v.definition->>'title' as title, v.version from procedures p
      join procedure_versions v on v.procedure_id = p.id and v.version = p.published_version
      where p.municipality_code = ${TOWN} and v.definition->>'department' = 'kosodate' order by p.slug`),
  );
  if (procedures.length === 0) throw new Error('no published kosodate procedure in the demo town');
  const list = (key: string) => sql.raw(`array[${procedures.map((p) => `'${String(p[key]).replaceAll("'", "''")}'`).join(',')}]`);
  const seeded = performance.now();
  await db.execute(sql`
    insert into applications (municipality_code, receipt_number, idempotency_key, procedure_id, procedure_slug, procedure_title, version,
      department_code, channel, answers, search_text, status, assigned_to, submitted_at, due_date, decided_at, retention_years)
    select (${sql.raw(`array[${CODES.map((c) => `'${c}'`).join(',')}]`)})[1 + g % ${CODES.length}],
      'B-' || g, gen_random_uuid(), (${list('id')}::uuid[])[1 + g % ${procedures.length}], (${list('slug')})[1 + g % ${procedures.length}],
      (${list('title')})[1 + g % ${procedures.length}], (${list('version')}::int[])[1 + g % ${procedures.length}],
      case when g % 5 = 0 then 'chomin' else 'kosodate' end, case when g % 7 = 0 then 'counter' else 'online' end, '{}'::jsonb,
      'ヤマダ' || (g % 997) || ' タロウ 090' || lpad((g % 100000000)::text, 8, '0') || ' 神奈川県中郡二宮町二宮' || (g % 1500),
      (array['received','in_review','correction_requested','approved','rejected','withdrawn'])[1 + g % 6],
      null, timestamptz '2025-04-01 09:00+09' + (g % 600) * interval '1 day' + (g % 480) * interval '1 minute',
      date '2025-04-15' + (g % 600), case when g % 6 in (3, 4) then timestamptz '2025-04-10' + (g % 600) * interval '1 day' end, 5
    from generate_series(1, ${APPLICATIONS}) g`);
  await db.execute(sql`analyze applications`);
  const seedSeconds = (performance.now() - seeded) / 1000;

  const { browser } = await signInStaff(t, 'staff@ninomiya.example.jp', 'ninomiya-demo-2026');
  const me = rows(await db.execute(sql`select id from staff_accounts where email = 'staff@ninomiya.example.jp'`))[0]?.id;
  // One in three of the town's applications (its rows are every twelfth of the series) is assigned to the signed-in staff member.
  if (me) await db.execute(sql`update applications set assigned_to = ${me}::uuid where municipality_code = ${TOWN} and substring(receipt_number from 3)::int % 36 = 0`);
  const caseId = String(rows(await db.execute(sql`select id from applications where municipality_code = ${TOWN} and department_code = 'kosodate' limit 1`))[0]!.id);
  const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

  const server = serve({ fetch: t.internalApp.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;

  const get = (portNumber: number, path: string) =>
    new Promise<{ status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
      request({ host: '127.0.0.1', port: portNumber, path, agent, headers: { host: 'localhost:3001', cookie } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), headers: response.headers }));
      })
        .on('error', reject)
        .end();
    });

  async function time(portNumber: number, path: string): Promise<{ p50: number; p95: number; bytes: number }> {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REQUESTS + 5; i++) {
      const started = performance.now();
      const answer = await get(portNumber, path);
      if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
      bytes = answer.body.length;
      if (i >= 5) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    return { p50: at(0.5), p95: at(0.95), bytes };
  }

  const base = `/m/${TOWN}`;
  const inbox = await get(port, `${base}/cases`);
  const bare = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': inbox.body.length });
    response.end(inbox.body);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => bare.once('listening', resolve));
  const barePort = (bare.address() as AddressInfo).port;

  // A procedure the town's rows actually have, so that the filter returns a full page.
  const slug = String(rows(await db.execute(sql`select procedure_slug from applications where municipality_code = ${TOWN} group by 1 order by count(*) desc limit 1`))[0]!.procedure_slug);
  const pages: [string, string][] = [
    ['inbox (open)', `${base}/cases`],
    ['status 受付', `${base}/cases?status=received`],
    ['status 補正回答', `${base}/cases?status=correction_answered`],
    ['all states', `${base}/cases?status=all`],
    ['procedure', `${base}/cases?procedure=${slug}`],
    ['assigned me', `${base}/cases?assigned=me`],
    ['unassigned', `${base}/cases?assigned=unassigned`],
    ['overdue', `${base}/cases?overdue=1`],
    ['date range', `${base}/cases?from=2026-01-01&to=2026-01-31`],
    ['search name', `${base}/cases?q=${encodeURIComponent('ヤマダ42 タロウ')}`],
    ['search phone', `${base}/cases?q=09000012345`],
    ['search number', `${base}/cases?q=B-4242`],
    ['case page', `${base}/cases/${caseId}`],
    ['figures', `${base}/cases/figures`],
  ];
  console.log(`bench/inbox: ${APPLICATIONS} applications in ${CODES.length} municipalities (seeded in ${seedSeconds.toFixed(1)} s), PostgreSQL, ${REQUESTS} sequential requests each, Node ${process.version}`);
  const limit = await time(barePort, '/');
  console.log(`  ${'bare node:http'.padEnd(16)} ${String(limit.bytes).padStart(7)} B   p50 ${limit.p50.toFixed(1).padStart(6)} ms   p95 ${limit.p95.toFixed(1).padStart(6)} ms   (the inbox's bytes)`);
  for (const [label, path] of pages) {
    const figures = await time(port, path);
    console.log(`  ${label.padEnd(16)} ${String(figures.bytes).padStart(7)} B   p50 ${figures.p50.toFixed(1).padStart(6)} ms   p95 ${figures.p95.toFixed(1).padStart(6)} ms   goal p95 < ${GOAL_MS} ms  ${figures.p95 < GOAL_MS ? 'OK' : 'MISSED'}`);
  }
  bare.close();
  server.close();
} finally {
  agent.destroy();
  await t.close();
}
