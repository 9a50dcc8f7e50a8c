// bench/opendata: requests per second for a 2,000-row GeoJSON and CSV download and for a
// package_search, side by side with a bare node:http server sending the same bytes (status,
// headers, body as Yakuba sent them) in the same run; and p95 latency of package_search over a
// catalog of 500 datasets with queries that are all different (so no cached answer is reused).
// Goals: downloads and package_search at least 70% of the static server; package_search p95 < 20 ms.
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase, type Queryable } from '../src/platform/db/database.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { loadVersionTable } from '../src/opendata/catalog.ts';
import { createDataset, publishTable } from '../src/opendata/publishing.ts';
import { startYakuba } from '../test/yakuba-process.ts';
import { createBenchDatabase } from './bench-database.ts';
import { freePort, waitFor200 } from './spawn-yakuba.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const TOWN = '143421';
const ROWS = 2000;
const DATASETS = 500;
const SEARCHES = 400;

const BARE_SERVER = `
const http = require('node:http');
const body = require('node:fs').readFileSync(process.env.BODY_FILE);
const headers = { ...JSON.parse(process.env.HEADERS), 'content-length': body.length };
http.createServer((req, res) => { res.writeHead(200, headers); res.end(body); }).listen(Number(process.env.PORT), '127.0.0.1');
`;

async function load(url: string, headers: Record<string, string>) {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

/** 2,000 toilets: the demo rows repeated with new IDs and points spread over the town. */
async function addLargeDataset(db: Queryable): Promise<void> {
  await withTenant(db, TOWN, async (tx) => {
    const source = (await loadVersionTable(tx, 'public_toilet'))!;
    const id = source.columns.indexOf('ID');
    const lat = source.columns.indexOf('緯度');
    const lon = source.columns.indexOf('経度');
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const row = [...source.rows[i % source.rows.length]!];
      row[id] = String(10_000 + i);
      row[lat] = (35.29 + (i % 50) * 0.0006).toFixed(6);
      row[lon] = (139.23 + Math.floor(i / 50) * 0.001).toFixed(6);
      return row;
    });
    const actor = { system: 'bench', municipalityCode: TOWN };
    const dataset = await createDataset(tx, actor, { slug: 'bench_toilets', standard: 'public_toilet', title: 'ベンチマーク用トイレ一覧', description: '2,000件の試験用データ', keywords: ['ベンチマーク'], category: 'administration', departmentCode: 'seisaku', updateFrequency: 'irregular', sample: true });
    await publishTable(tx, actor, dataset, { columns: source.columns, rows }, { sourceFileName: 'bench.csv', reading: null, note: '' });
  });
}

/** Fills the catalog up to 500 datasets with small tables of varied titles, tags and categories. */
async function addManyDatasets(db: Queryable, existing: number): Promise<void> {
  const words = ['公園', '道路', '橋梁', '街路灯', '消火栓', '集会所', '農地', '河川', '学校', '図書', '駐輪場', 'ごみ', '文化財', '観光', '統計'];
  const categories = ['administration', 'safety', 'welfare', 'children', 'statistics', 'tourism'];
  await withTenant(db, TOWN, async (tx) => {
    const actor = { system: 'bench', municipalityCode: TOWN };
    for (let i = 0; i < DATASETS - existing; i++) {
      const word = words[i % words.length]!;
      const dataset = await createDataset(tx, actor, {
        slug: `bench_${i}`, standard: null, title: `${word}に関するデータ その${i}`, description: `${word}の一覧です（ベンチマーク用）。`, keywords: [word, `区分${i % 7}`],
        category: categories[i % categories.length]!, departmentCode: 'seisaku', updateFrequency: 'yearly', customColumns: [{ name: '名称', kind: 'text', requirement: 'optional' }],
      });
      await publishTable(tx, actor, dataset, { columns: ['名称'], rows: [[`${word}${i}`]] }, { sourceFileName: 'bench.csv', reading: null, note: '' });
    }
  });
}

/** Both servers send the same bytes: uncompressed, or gzipped when the client asks for gzip as browsers do. */
async function compareWithBare(label: string, url: string, gzip = false) {
  const asked = { 'accept-encoding': gzip ? 'gzip' : 'identity' };
  const started = performance.now();
  const sample = await rawGet(url, asked);
  const firstMs = performance.now() - started;
  const body = sample.body;
  const headers = Object.fromEntries(Object.entries(sample.headers).filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name)));
  const port = await freePort();
  const bodyFile = join(dataDir, 'bare-body');
  writeFileSync(bodyFile, body);
  const bare = spawn(process.execPath, ['-e', BARE_SERVER], { env: { ...process.env, BODY_FILE: bodyFile, HEADERS: JSON.stringify(headers), PORT: String(port) }, stdio: 'inherit' });
  try {
    await waitFor200(`http://127.0.0.1:${port}/`);
    const bareResult = await load(`http://127.0.0.1:${port}/`, asked);
    const yakubaResult = await load(url, asked);
    const ratio = yakubaResult.rps / bareResult.rps;
    console.log(`  ${label} (${(body.length / 1024).toFixed(0)} KB; first request of the run: ${firstMs.toFixed(0)} ms)`);
    console.log(`    static node:http ${bareResult.rps.toFixed(0).padStart(7)} req/s   p99 ${bareResult.p99} ms`);
    console.log(`    Yakuba           ${yakubaResult.rps.toFixed(0).padStart(7)} req/s   p99 ${yakubaResult.p99} ms`);
    console.log(`    ratio            ${(ratio * 100).toFixed(1)}% of static   goal >= 70%  ${ratio >= 0.7 ? 'OK' : 'MISSED'}`);
  } finally {
    bare.kill();
  }
}

/** One GET with node:http, which (unlike fetch) leaves a gzipped body as it came. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ body: Buffer; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ body: Buffer.concat(chunks), headers: response.headers as Record<string, string> }));
    }).on('error', reject);
  });
}

/** Sequential package_search calls, each with a query no earlier call used. */
async function searchLatencies(api: string): Promise<number[]> {
  const terms = ['公園', '道路', 'トイレ', '避難', 'AED', '学校', 'データ', 'その1', '区分3', '観光'];
  const filters = ['', 'groups:safety', 'res_format:CSV', 'tags:公園', 'organization:seisaku'];
  const latencies: number[] = [];
  for (let i = 0; i < SEARCHES; i++) {
    const params = new URLSearchParams({ q: terms[i % terms.length]!, fq: filters[i % filters.length]!, rows: String(10 + (i % 40)), start: String(i % 5), 'facet.field': '["groups","tags","res_format"]' });
    const started = performance.now();
    const response = await fetch(`${api}/package_search?${params}`);
    const body = (await response.json()) as { success: boolean };
    latencies.push(performance.now() - started);
    if (!body.success) throw new Error(`package_search failed: ${JSON.stringify(body)}`);
  }
  return latencies.sort((a, b) => a - b);
}

const bench = await createBenchDatabase();
const url = new URL(bench.url);
const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-bench-'));
const yakuba = await startYakuba({ dataDir, databaseUrl: url.href });
const database = await openDatabase({ url: url.href, poolSize: 2 });
try {
  await addLargeDataset(database.db);
  const published = await withTenant(database.db, TOWN, (tx) => tx.execute("select count(*)::int as n from datasets where published_version is not null" as never));
  await addManyDatasets(database.db, (published.rows[0] as { n: number }).n);
  const site = `${yakuba.publicUrl}/m/${TOWN}`;
  // Nothing has asked the server for the catalog yet, so its first read sees all 500 datasets.
  const count = ((await (await fetch(`${site}/api/3/action/package_list`)).json()) as { result: string[] }).result.length;
  if (count !== DATASETS) throw new Error(`the catalog holds ${count} datasets, expected ${DATASETS}`);
  console.log(`bench/opendata: ${count} datasets, ${CONNECTIONS} connections, ${DURATION} s each, PostgreSQL, Node ${process.version}`);
  await compareWithBare(`GeoJSON download, ${ROWS} rows`, `${site}/opendata/files/${TOWN}_bench_toilets.geojson`);
  await compareWithBare(`GeoJSON download, ${ROWS} rows, gzip`, `${site}/opendata/files/${TOWN}_bench_toilets.geojson`, true);
  await compareWithBare(`CSV download, ${ROWS} rows`, `${site}/opendata/files/${TOWN}_bench_toilets.csv`);
  await compareWithBare('package_search?q=トイレ&rows=10 (same query)', `${site}/api/3/action/package_search?q=${encodeURIComponent('トイレ')}&rows=10`);
  const latencies = await searchLatencies(`${site}/api/3/action`);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  console.log(`  package_search, ${SEARCHES} different queries one after another over ${count} datasets`);
  console.log(`    p50 ${p(0.5).toFixed(1)} ms   p95 ${p(0.95).toFixed(1)} ms   max ${p(1).toFixed(1)} ms   goal p95 < 20 ms  ${p(0.95) < 20 ? 'OK' : 'MISSED'}`);
} finally {
  await database.close();
  await yakuba.kill('SIGTERM');
  await bench.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
