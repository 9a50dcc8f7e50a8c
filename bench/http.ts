// bench/http: requests per second and p99 latency of the public home page at 50 connections,
// side by side with a bare node:http server sending the same bytes (status, headers and body
// as Yakuba sent them), in the same run.
// Goal: Yakuba reaches at least 50% of the bare server's requests per second.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, spawnYakuba, waitFor200 } from './spawn-yakuba.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

async function load(url: string) {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
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

const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-bench-'));
const yakuba = await spawnYakuba(dataDir);
const bare = { port: await freePort() };
try {
  const yakubaUrl = `http://127.0.0.1:${yakuba.publicPort}/m/143421/`;
  await waitFor200(yakubaUrl);
  // As autocannon asks: without Accept-Encoding, so both servers send the same uncompressed bytes.
  const sample = await fetch(yakubaUrl, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await sample.arrayBuffer());
  const headers = Object.fromEntries([...sample.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name)));
  const bareProcess = spawn(process.execPath, ['-e', BARE_SERVER], {
    env: { ...process.env, BODY: body.toString('base64'), HEADERS: JSON.stringify(headers), PORT: String(bare.port) },
    stdio: 'inherit',
  });
  const bareUrl = `http://127.0.0.1:${bare.port}/`;
  try {
    await waitFor200(bareUrl);
    const bareResult = await load(bareUrl);
    const yakubaResult = await load(yakubaUrl);
    const ratio = yakubaResult.rps / bareResult.rps;
    console.log(`bench/http: public home page (${body.length} bytes, ${Object.keys(headers).length} headers), ${CONNECTIONS} connections, ${DURATION} s each, Node ${process.version}`);
    console.log(`  bare node:http   ${bareResult.rps.toFixed(0).padStart(7)} req/s   p99 ${bareResult.p99} ms`);
    console.log(`  Yakuba           ${yakubaResult.rps.toFixed(0).padStart(7)} req/s   p99 ${yakubaResult.p99} ms`);
    console.log(`  ratio            ${(ratio * 100).toFixed(1)}% of bare   goal >= 50%  ${ratio >= 0.5 ? 'OK' : 'MISSED'}`);
  } finally {
    bareProcess.kill();
  }
} finally {
  await yakuba.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
