// bench/export: the staff CSV export of one procedure with 100,000 applications (PostgreSQL), streamed
// through HTTP, beside the same export of 10,000 applications: constant memory means the heap grows
// by the same amount for both. For comparison in the same run: building the whole export in memory
// (how it worked before streaming) and reading the same rows over pg with no formatting (the limit).
// Needs PostgreSQL (TEST_DATABASE_URL, default the local server).
import { request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';

process.env.YAKUBA_TEST_DB = 'postgres';
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
const { createTestApp } = await import('../test/test-app.ts');
const { signInStaff } = await import('../test/staff-browser.ts');
const { withTenant } = await import('../src/platform/db/tenant-scope.ts');
const { buildCaseExport, caseExportCsv } = await import('../src/cases/case-export.ts');
const { applications } = await import('../src/cases/schema.ts');
const { formDefinitionSchema } = await import('../src/forms/form-definition.ts');

const LARGE = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const SMALL = Math.round(LARGE / 10);
const TOWN = '143421';
const HEAP_GOAL_MB = 32;

const t = await createTestApp();
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const mb = (bytes: number) => bytes / 1024 / 1024;
try {
  const db = t.services.db;
  const rows = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? result) as Record<string, unknown>[];
  const [procedure] = rows(await db.execute(sql`select p.id, p.slug, v.version, v.definition->>'title' as title, v.definition from procedures p join procedure_versions v on v.procedure_id = p.id and v.version = p.published_version where p.municipality_code = ${TOWN} and p.slug = 'ninshin-todokede'`));
  if (!procedure) throw new Error('ninshin-todokede is not published in the demo town');
  const [small] = rows(await db.execute(sql`select p.id, p.slug, v.version, v.definition->>'title' as title from procedures p join procedure_versions v on v.procedure_id = p.id and v.version = p.published_version where p.municipality_code = ${TOWN} and p.slug <> 'ninshin-todokede' and v.definition->>'department' = 'kosodate' order by p.slug limit 1`));
  if (!small) throw new Error('no second kosodate procedure in the demo town');
  const seed = (target: Record<string, unknown>, count: number, prefix: string) =>
    db.execute(sql`
      insert into applications (municipality_code, receipt_number, idempotency_key, procedure_id, procedure_slug, procedure_title, version,
        department_code, channel, answers, status, submitted_at, due_date, retention_years)
      select ${TOWN}, ${prefix} || g, gen_random_uuid(), ${String(target.id)}::uuid, ${String(target.slug)}, ${String(target.title)}, ${Number(target.version)}, 'kosodate', 'online',
        jsonb_build_object('name', jsonb_build_object('family', '二宮' || (g % 997), 'given', '花子'), 'kana', jsonb_build_object('family', 'ニノミヤ', 'given', 'ハナコ'),
          'birthDate', '1995-05-05', 'postalCode', '2590123', 'address', '神奈川県中郡二宮町二宮' || (g % 1500) || '番地', 'phone', '0463-00-' || lpad((g % 10000)::text, 4, '0'),
          'dueDate', '2026-10-01', 'diagnosisDate', '2026-03-01', 'clinic', '二宮レディースクリニック', 'babies', '1', 'firstPregnancy', 'yes', 'hasWorries', 'no'),
        (array['received','in_review','approved'])[1 + g % 3], timestamptz '2025-04-01 09:00+09' + (g % 600) * interval '1 day' + g * interval '1 second', date '2025-04-15' + (g % 600), 5
      from generate_series(1, ${count}) g`);
  const seeded = performance.now();
  await seed(procedure, LARGE, 'X-');
  await seed(small, SMALL, 'S-');
  await db.execute(sql`analyze applications`);
  const seedSeconds = (performance.now() - seeded) / 1000;

  const { browser } = await signInStaff(t, 'head@ninomiya.example.jp', 'ninomiya-demo-2026');
  const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const server = serve({ fetch: t.internalApp.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;

  /**
   * Runs fn while sampling memory; answers the peak growth of the live heap (after a forced collection,
   * with --expose-gc; otherwise garbage counts too) and of the RSS over their values before it started.
   */
  async function peakMemory<T>(fn: () => Promise<T>): Promise<{ value: T; heapMb: number; rssMb: number; seconds: number }> {
    const liveHeap = () => {
      globalThis.gc?.();
      return process.memoryUsage().heapUsed;
    };
    const heapBefore = liveHeap();
    const rssBefore = process.memoryUsage().rss;
    let heap = heapBefore;
    let rss = rssBefore;
    const sample = () => {
      heap = Math.max(heap, liveHeap());
      rss = Math.max(rss, process.memoryUsage().rss);
    };
    const sampler = setInterval(sample, 100);
    const started = performance.now();
    try {
      const value = await fn();
      const seconds = (performance.now() - started) / 1000;
      sample();
      return { value, heapMb: mb(heap - heapBefore), rssMb: mb(rss - rssBefore), seconds };
    } finally {
      clearInterval(sampler);
    }
  }

  const download = (slug: string) =>
    new Promise<{ bytes: number; lines: number }>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: `/m/${TOWN}/cases/export.csv?procedure=${slug}`, agent, headers: { host: 'localhost:3001', cookie } }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`export answered ${response.statusCode}`));
        let bytes = 0;
        let lines = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        });
        response.on('end', () => resolve({ bytes, lines }));
      })
        .on('error', reject)
        .end();
    });

  const plainRead = async () => {
    let count = 0;
    let after: [Date, string] | undefined;
    for (;;) {
      const batch = await withTenant(db, TOWN, (tx) =>
        tx.execute(sql`select * from applications where municipality_code = ${TOWN} and procedure_id = ${String(procedure.id)}::uuid
          ${after ? sql`and (submitted_at, receipt_number) > (${after[0].toISOString()}::timestamptz, ${after[1]})` : sql``} order by submitted_at, receipt_number limit 500`),
      );
      const got = rows(batch);
      count += got.length;
      if (got.length < 500) return count;
      const last = got.at(-1)!;
      after = [new Date(last.submitted_at as string), String(last.receipt_number)];
    }
  };

  const inMemory = async () => {
    const all = await withTenant(db, TOWN, (tx) => tx.select().from(applications).where(sql`${applications.procedureId} = ${String(procedure.id)}::uuid`));
    const definition = formDefinitionSchema.parse(procedure.definition);
    const csv = caseExportCsv(buildCaseExport({ slug: String(procedure.slug), definitions: new Map([[Number(procedure.version), definition]]), applications: all, attachments: [], now: new Date() }));
    return Buffer.byteLength(csv);
  };

  await download(String(small.slug));
  console.log(`bench/export: CSV export of one procedure, PostgreSQL, ${LARGE} and ${SMALL} applications (seeded in ${seedSeconds.toFixed(1)} s), Node ${process.version}${globalThis.gc ? '' : ' (without --expose-gc the heap figures count garbage)'}`);
  const plain = await peakMemory(plainRead);
  console.log(`  plain pg read (limit)    ${String(plain.value).padStart(7)} rows  ${plain.seconds.toFixed(2).padStart(6)} s  ${Math.round(plain.value / plain.seconds).toLocaleString('en').padStart(7)} rows/s`);
  const smallRun = await peakMemory(() => download(String(small.slug)));
  const largeRun = await peakMemory(() => download(String(procedure.slug)));
  for (const [label, run] of [[`streamed ${SMALL}`, smallRun], [`streamed ${LARGE}`, largeRun]] as const) {
    console.log(`  ${label.padEnd(24)} ${String(run.value.lines - 1).padStart(7)} rows  ${run.seconds.toFixed(2).padStart(6)} s  ${Math.round((run.value.lines - 1) / run.seconds).toLocaleString('en').padStart(7)} rows/s  ${mb(run.value.bytes).toFixed(1).padStart(6)} MB CSV  heap +${run.heapMb.toFixed(1)} MB  rss +${run.rssMb.toFixed(1)} MB`);
  }
  const built = await peakMemory(inMemory);
  console.log(`  in memory ${LARGE} (before) ${' '.repeat(Math.max(0, 7 - String(LARGE).length))}        ${built.seconds.toFixed(2).padStart(6)} s                 ${mb(built.value).toFixed(1).padStart(6)} MB CSV  heap +${built.heapMb.toFixed(1)} MB  rss +${built.rssMb.toFixed(1)} MB`);
  console.log(`export-rate/plain-read ${((largeRun.value.lines - 1) / largeRun.seconds / (plain.value / plain.seconds) * 100).toFixed(1)} %`);
  console.log(`export-heap-growth ${largeRun.heapMb.toFixed(1)} MB for ${LARGE} rows, ${smallRun.heapMb.toFixed(1)} MB for ${SMALL}  goal < ${HEAP_GOAL_MB} MB and not growing with rows  ${largeRun.heapMb < HEAP_GOAL_MB && largeRun.heapMb < smallRun.heapMb + 8 ? 'OK' : 'MISSED'}`);
  server.close();
} finally {
  agent.destroy();
  await t.close();
}
