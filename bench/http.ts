// bench/http: requests per second and p99 latency of the anonymous public pages at 50 connections
// (the municipality chooser, a town home page, the procedure catalog, a procedure page, an open
// data dataset page), each side by side with a bare node:http server sending the same bytes
// (status, headers and body as Yakuba sent them) in the same run; then the server time of a
// signed-in page (マイページ) at p95, rendered in process.
// Goals: each public page at least 50% of the bare server (target 80%); マイページ p95 < 5 ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, spawnYakuba, waitFor200 } from './spawn-yakuba.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 50;
const TOWN = '/m/143421';

async function load(url: string) {
  await autocannon({ url, connections: CONNECTIONS, duration: 1 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const BARE_SERVER = `
const http = require('node:http');
const body = Buffer.from(process.env.BODY, 'base64');
const headers = { ...JSON.parse(process.env.HEADERS), 'content-length': body.length };
http.createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

/** Yakuba's page against a bare server with its bytes, one after the other. */
async function comparePage(label: string, url: string): Promise<number> {
  await waitFor200(url);
  // As autocannon asks: without Accept-Encoding, so both servers send the same uncompressed bytes.
  const sample = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await sample.arrayBuffer());
  const headers = Object.fromEntries([...sample.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name)));
  const port = await freePort();
  const bareProcess = spawn(process.execPath, ['-e', BARE_SERVER], {
    env: { ...process.env, BODY: body.toString('base64'), HEADERS: JSON.stringify(headers), PORT: String(port) },
    stdio: 'inherit',
  });
  try {
    const bareUrl = `http://127.0.0.1:${port}/`;
    await waitFor200(bareUrl);
    const bare = await load(bareUrl);
    const yakuba = await load(url);
    const ratio = yakuba.rps / bare.rps;
    console.log(
      `  ${label.padEnd(16)} ${String(body.length).padStart(6)} B  bare ${bare.rps.toFixed(0).padStart(6)} req/s p99 ${String(bare.p99).padStart(3)} ms   Yakuba ${yakuba.rps.toFixed(0).padStart(6)} req/s p99 ${String(yakuba.p99).padStart(3)} ms   ${(ratio * 100).toFixed(1).padStart(5)}%  ${ratio >= 0.8 ? 'OK (target 80%)' : ratio >= 0.5 ? 'OK (goal 50%)' : 'MISSED'}`,
    );
    return ratio;
  } finally {
    bareProcess.kill();
  }
}

function firstMatch(html: string, pattern: RegExp, what: string): string {
  const found = pattern.exec(html)?.[1];
  if (!found) throw new Error(`no ${what} found`);
  return found;
}

async function publicPages(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-bench-'));
  const yakuba = await spawnYakuba(dataDir);
  try {
    const origin = `http://127.0.0.1:${yakuba.publicPort}`;
    await waitFor200(`${origin}${TOWN}/`);
    const catalog = await (await fetch(`${origin}${TOWN}/procedures`)).text();
    const procedure = firstMatch(catalog, new RegExp(`href="${TOWN}/procedures/([a-z0-9-]+)"`), 'procedure link in the catalog');
    const opendata = await (await fetch(`${origin}${TOWN}/opendata`)).text();
    const dataset = firstMatch(opendata, new RegExp(`href="${TOWN}/opendata/datasets/([A-Za-z0-9_-]+)"`), 'dataset link on the open data page');
    console.log(`bench/http: anonymous public pages, ${CONNECTIONS} connections, ${DURATION} s each, Node ${process.version}`);
    await comparePage('chooser /', `${origin}/`);
    await comparePage('town home', `${origin}${TOWN}/`);
    await comparePage('catalog', `${origin}${TOWN}/procedures`);
    await comparePage('procedure page', `${origin}${TOWN}/procedures/${procedure}`);
    await comparePage('open data page', `${origin}${TOWN}/opendata/datasets/${dataset}`);
  } finally {
    await yakuba.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Server time of マイページ for a signed-in resident: the application in process, no network in between. */
async function signedInPage(): Promise<void> {
  const { createTestApp } = await import('../test/test-app.ts');
  const { signInResident } = await import('../test/resident-sign-in.ts');
  const t = await createTestApp();
  try {
    const browser = await signInResident(t.publicApp, t.services.db, 'bench-resident@example.jp');
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const started = performance.now();
      const response = await browser.get(`${TOWN}/mypage`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`マイページ answered ${response.status}`);
      if (i >= 50) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    console.log(`  マイページ (signed in, PGlite, in process, ${times.length} requests): p50 ${at(0.5).toFixed(2)} ms  p95 ${at(0.95).toFixed(2)} ms   goal p95 < 5 ms  ${at(0.95) < 5 ? 'OK' : 'MISSED'}`);
  } finally {
    await t.close();
  }
}

await publicPages();
await signedInPage();
