// bench/page-weight: bytes a resident downloads for each page of four application flows (the
// start page, every form page, the check page, the done page): the HTML plus every stylesheet and
// script it references (fonts excluded), uncompressed and gzipped. The flows are driven with
// plain form posts, as a browser without JavaScript sends them.
// Goals: every page < 60 KB (gzip; uncompressed also shown) and no JavaScript required.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fillApplication, submitDraft } from '../test/live-apply.ts';
import type { LiveBrowser, LiveResponse } from '../test/live-browser.ts';
import { signInResidents, stepUpWithTestCard } from '../test/live-sign-in.ts';
import { startYakuba } from '../test/yakuba-process.ts';

const PROCEDURES = ['ninshin-todokede', 'jido-teate-nintei-seikyu', 'hoiku-riyou-moshikomi', 'kaigo-nintei'];
const LIMIT = 60 * 1024;

interface Weight {
  page: string;
  bytes: number;
  gzip: number;
  assets: string[];
  scripts: string[];
}

function referencedAssets(html: string): { css: string[]; js: string[]; inlineScripts: number } {
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
  const css = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /\brel="stylesheet"/.test(tag)).map((tag) => attr(tag, 'href')!);
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const js = scripts.map((tag) => attr(tag, 'src')).filter((src): src is string => !!src);
  return { css, js, inlineScripts: scripts.length - js.length };
}

async function weigh(browser: LiveBrowser, base: string, name: string, page: LiveResponse, cache: Map<string, Buffer>): Promise<Weight> {
  if (page.status !== 200) throw new Error(`${name}: status ${page.status}`);
  const { css, js, inlineScripts } = referencedAssets(page.body);
  let bytes = page.bytes.length;
  let gzip = gzipSync(page.bytes).length;
  for (const href of [...new Set([...css, ...js])]) {
    const url = new URL(href, base).href;
    if (!cache.has(url)) {
      const asset = await browser.get(url);
      if (asset.status !== 200) throw new Error(`${name}: ${href} answered ${asset.status}`);
      cache.set(url, asset.bytes);
    }
    bytes += cache.get(url)!.length;
    gzip += gzipSync(cache.get(url)!).length;
  }
  return { page: name, bytes, gzip, assets: [...css, ...js], scripts: [...js.map((src) => src.replace(/\?.*$/, '')), ...(inlineScripts ? [`${inlineScripts} inline`] : [])] };
}

const dataDir = mkdtempSync(join(tmpdir(), 'yakuba-bench-'));
const yakuba = await startYakuba({ dataDir });
const weights: Weight[] = [];
try {
  const [browser] = await signInResidents(yakuba.publicUrl, yakuba.internalUrl, ['page-weight@example.jp']);
  await stepUpWithTestCard(browser!, yakuba.publicUrl);
  const cache = new Map<string, Buffer>();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  console.log(`bench/page-weight: HTML + stylesheets + scripts per page (fonts excluded), Node ${process.version}`);
  console.log(`  ${'page'.padEnd(58)} ${'bytes'.padStart(9)} ${'gzip'.padStart(9)}  script`);
  for (const slug of PROCEDURES) {
    const start = `${yakuba.publicUrl}/m/143421/procedures/${slug}/apply`;
    const flow: Weight[] = [await weigh(browser!, yakuba.publicUrl, `${slug} start`, await browser!.get(start), cache)];
    const draftId = await fillApplication(browser!, yakuba.publicUrl, slug, async (url, page) => {
      flow.push(await weigh(browser!, url, `${slug} ${new URL(url).pathname.split('/').at(-1)}`, page, cache));
    });
    const checkUrl = `${yakuba.publicUrl}/m/143421/apply/${draftId}/check`;
    const check = await browser!.get(checkUrl);
    flow.push(await weigh(browser!, checkUrl, `${slug} check`, check, cache));
    const submitted = await submitDraft(browser!, yakuba.publicUrl, draftId, /name="_csrf" value="([^"]+)"/.exec(check.body)![1]!);
    if (submitted.status !== 303 || !submitted.location?.includes('/apply/done/')) throw new Error(`${slug}: submit answered ${submitted.status}`);
    flow.push(await weigh(browser!, yakuba.publicUrl, `${slug} done`, await browser!.get(new URL(submitted.location, yakuba.publicUrl).href), cache));
    for (const w of flow) console.log(`  ${w.page.padEnd(58)} ${kb(w.bytes)} ${kb(w.gzip)}  ${w.scripts.join(', ') || 'none'}`);
    weights.push(...flow);
  }
  const heaviest = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const heaviestGzip = weights.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const withScript = weights.filter((w) => w.scripts.length > 0);
  const scripts = [...new Set(withScript.flatMap((w) => w.scripts))];
  const assets = [...cache].map(([url, bytes]) => `${new URL(url).pathname} ${bytes.length} B (gzip ${gzipSync(bytes).length} B)`);
  console.log(`  shared assets: ${assets.join(', ')}`);
  console.log(`  pages: ${weights.length}; the flows were completed with plain form posts (no JavaScript run)`);
  console.log(`  maximum uncompressed   ${kb(heaviest.bytes)}  (${heaviest.page})   goal < 60 KB  ${heaviest.bytes < LIMIT ? 'OK' : 'MISSED'}`);
  console.log(`  maximum gzip           ${kb(heaviestGzip.gzip)}  (${heaviestGzip.page})   goal < 60 KB  ${heaviestGzip.gzip < LIMIT ? 'OK' : 'MISSED'}`);
  console.log(`  pages with <script>    ${withScript.length} of ${weights.length}${scripts.length ? ` (${scripts.join(', ')}: progressive enhancement, deferred)` : ''}`);
  browser!.close();
} finally {
  await yakuba.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
