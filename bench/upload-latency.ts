// bench/upload-latency: p50/p99 of the town home page with no uploads, then while 4 PDFs are being
// sanitised at once (sent through the apply form by 4 signed-in residents), beside a bare node:http
// server answering the same bytes in the same run. Run from another checkout (cd /work/main && node
// --import tsx <this file>) to measure that checkout's server.
// Goal: p99 < 50 ms during the 4 PDF uploads.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { photoJpeg, scannedPdf } from '../src/platform/files/sample-uploads.ts';
import { signInResidents } from '../test/live-sign-in.ts';
import { startYakuba } from '../test/yakuba-process.ts';
import { freePort, waitFor200 } from './spawn-yakuba.ts';

const UPLOADERS = 4;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUIET_REQUESTS = 200;
const TOWN = '/m/143421';

const BARE_SERVER = `
const http = require('node:http');
const body = Buffer.from(process.env.BODY, 'base64');
const headers = { ...JSON.parse(process.env.HEADERS), 'content-length': body.length };
http.createServer((req, res) => { res.writeHead(200, headers); res.end(body); }).listen(Number(process.env.PORT), '127.0.0.1');
`;

async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function line(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `  ${label.padEnd(34)} n=${String(sorted.length).padStart(4)}   p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms   p99 ${percentile(sorted, 99).toFixed(1).padStart(6)} ms`;
}

/** One request after another until `until` settles. */
async function getWhile(url: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const samples: number[] = [];
  while (!done) samples.push(await timedGet(url));
  return samples;
}

const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-bench-'));
const yakuba = await startYakuba({ dataDir });
let bareProcess: ReturnType<typeof spawn> | undefined;
try {
  const home = `${yakuba.publicUrl}${TOWN}/`;
  await waitFor200(home);
  const sample = await fetch(home, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await sample.arrayBuffer());
  const headers: Record<string, string> = {};
  sample.headers.forEach((value, name) => {
    if (!['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) headers[name] = value;
  });
  const barePort = await freePort();
  bareProcess = spawn(process.execPath, ['-e', BARE_SERVER], { env: { ...process.env, BODY: body.toString('base64'), HEADERS: JSON.stringify(headers), PORT: String(barePort) }, stdio: 'inherit' });
  const bare = `http://127.0.0.1:${barePort}${TOWN}/`;
  await waitFor200(bare);

  const pdf = new File([Buffer.from(await scannedPdf(4, await photoJpeg(2400, 1800)))], 'scan.pdf', { type: 'application/pdf' });
  const browsers = await signInResidents(yakuba.publicUrl, yakuba.internalUrl, Array.from({ length: UPLOADERS }, (_, i) => `upload-${i}@example.jp`));
  const drafts: string[] = [];
  for (const browser of browsers) {
    const apply = `${yakuba.publicUrl}${TOWN}/procedures/ninshin-todokede/apply`;
    const started = await browser.submit(apply, apply, {});
    drafts.push(started.location!.split('/').at(-2)!);
  }
  async function uploadAll(): Promise<number[]> {
    return Promise.all(
      browsers.map(async (browser, i) => {
        const page = `${yakuba.publicUrl}${TOWN}/apply/${drafts[i]}/kenko`;
        const csrf = await browser.csrfToken(page);
        const started = performance.now();
        const sent = await browser.postMultipart(page, [['_csrf', csrf], ['hasWorries', 'no'], ['diagnosisDocument-upload', pdf], ['_action', 'save']]);
        if (sent.status >= 400) throw new Error(`upload: ${sent.status} ${/field-error[^>]*>([^<]*)/u.exec(sent.body)?.[1] ?? ''}`);
        return performance.now() - started;
      }),
    );
  }
  await uploadAll(); // warms the decoders and the pool

  const quiet = { yakuba: [] as number[], bare: [] as number[] };
  for (let i = 0; i < QUIET_REQUESTS; i++) {
    quiet.yakuba.push(await timedGet(home));
    quiet.bare.push(await timedGet(bare));
  }
  const busy = { yakuba: [] as number[], bare: [] as number[], uploads: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const uploads = uploadAll();
    busy.yakuba.push(...(await getWhile(home, uploads)));
    busy.uploads.push(...(await uploads));
    const again = uploadAll();
    busy.bare.push(...(await getWhile(bare, again)));
    busy.uploads.push(...(await again));
  }

  console.log(`bench/upload-latency: ${TOWN}/ (${body.length} bytes), one request at a time; ${UPLOADERS} PDFs of ${(pdf.size / 1024).toFixed(0)} KB (4 pages) uploaded at once, ${ROUNDS * 2} rounds; Node ${process.version}, cwd ${process.cwd()}`);
  console.log(line('bare node:http, no uploads', quiet.bare));
  console.log(line('Yakuba, no uploads', quiet.yakuba));
  console.log(line('bare node:http, during 4 uploads', busy.bare));
  console.log(line('Yakuba, during 4 uploads', busy.yakuba));
  console.log(line('the uploads themselves', busy.uploads));
  const p99 = percentile([...busy.yakuba].sort((a, b) => a - b), 99);
  console.log(`  goal: p99 < 50 ms during the uploads  ${p99 < 50 ? 'OK' : 'MISSED'}`);
} finally {
  bareProcess?.kill();
  await yakuba.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
