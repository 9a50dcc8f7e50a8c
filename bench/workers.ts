// bench/workers: requests per second with `yakuba serve --workers N` on PostgreSQL, N = 1 and 2
// (BENCH_WORKERS=1,2,4), for a page rendered at each request (the sign-in page: it sets a CSRF
// cookie, so it never comes from the page cache), beside a bare node:http server sending the same
// bytes from one process, in the same run. On a 2-core machine the load generator and PostgreSQL
// share the cores, so 2 processes cannot reach twice the rate; the figure shows how much they add.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, waitFor200, yakubaChildrenOf } from './spawn-yakuba.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const COUNTS = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PATH = '/m/143421/login';

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

async function load(url: string) {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const BARE_SERVER = `
const http = require('node:http');
const body = Buffer.from(process.env.BODY, 'base64');
http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

async function runYakuba(workers: number, databaseUrl: string, dataDir: string) {
  const publicPort = await freePort();
  const child = spawn('bin/yakuba.js', ['serve', '--seed-demo', '--workers', String(workers)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, YAKUBA_DATA_DIR: dataDir, PUBLIC_PORT: String(publicPort), INTERNAL_PORT: String(await freePort()), YAKUBA_ENV: 'development', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${publicPort}${PATH}`;
  await waitFor200(url);
  while (workers > 1 && yakubaChildrenOf(child.pid!).length < workers) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 2000));
  return { url, stop: async () => (child.kill('SIGTERM'), await exited) };
}

const name = `yakuba_bench_workers_${randomBytes(4).toString('hex')}`;
const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-bench-'));
await admin(`CREATE DATABASE ${name}`);
const databaseUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).href;
const rows: string[] = [];
try {
  const results: { workers: number; rps: number; p99: number }[] = [];
  let body: Buffer | undefined;
  for (const workers of COUNTS) {
    const yakuba = await runYakuba(workers, databaseUrl, dataDir);
    try {
      body ??= Buffer.from(await (await fetch(yakuba.url)).arrayBuffer());
      results.push({ workers, ...(await load(yakuba.url)) });
    } finally {
      await yakuba.stop();
    }
  }
  const port = await freePort();
  const bare = spawn(process.execPath, ['-e', BARE_SERVER], { env: { ...process.env, BODY: body!.toString('base64'), PORT: String(port) }, stdio: 'inherit' });
  try {
    await waitFor200(`http://127.0.0.1:${port}/`);
    const bareResult = await load(`http://127.0.0.1:${port}/`);
    rows.push(`  bare node:http, 1 process   ${bareResult.rps.toFixed(0).padStart(7)} req/s   p99 ${bareResult.p99} ms`);
  } finally {
    bare.kill();
  }
  const single = results.find((r) => r.workers === 1)?.rps ?? results[0]!.rps;
  for (const r of results) rows.push(`  Yakuba --workers ${String(r.workers).padEnd(10)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${r.p99} ms   ×${(r.rps / single).toFixed(2)} of 1 process`);
  console.log(`bench/workers: GET ${PATH} (rendered at each request, ${body!.length} bytes) on PostgreSQL, ${CONNECTIONS} connections, ${DURATION} s each, Node ${process.version}, load generator on the same machine`);
  console.log(rows.join('\n'));
} finally {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  rmSync(dataDir, { recursive: true, force: true });
}
