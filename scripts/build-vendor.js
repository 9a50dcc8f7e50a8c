// Bundles the packages the server imports at every start into a few files under dist/vendor/, so
// that a start resolves and compiles some 50 files of dependencies instead of about 950
// (docs/adr/0017-compiled-start.md). Left out: native addons, packages that load files or start
// workers by paths relative to their own modules, packages the server imports only on first use,
// and packages whose UMD build esbuild cannot follow.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The bare specifiers the compiled sources import from dist/vendor instead of node_modules. */
export const VENDORED = [
  'drizzle-orm', 'drizzle-orm/pg-core', 'drizzle-orm/node-postgres', 'drizzle-orm/node-postgres/migrator', 'drizzle-orm/pglite', 'drizzle-orm/pglite/migrator',
  'hono', 'hono/jsx', 'hono/jsx/jsx-runtime', 'hono/utils/http-status', 'hono/cookie', 'hono/utils/url', 'hono/route', 'hono/body-limit',
  '@hono/node-server', '@hono/node-server/conninfo',
  'zod', 'libphonenumber-js', '@simplewebauthn/server', 'qrcode', 'prom-client', 'nodemailer', 'otpauth', 'openid-client',
  'csv-parse/sync', 'csv-stringify/sync', 'pg', 'wanakana', '@holiday-jp/holiday_jp', 'aws4fetch',
];

// Imported by vendored code but loaded from node_modules: PGlite (WebAssembly and data files beside
// its modules, and loaded only for the embedded database) and pg's optional native binding.
const EXTERNAL = ['@electric-sql/pglite', '@electric-sql/pglite/*', 'pg-native'];

// Bundled CommonJS calls require() for Node's own modules; ES modules have none unless given one.
const REQUIRE_BANNER = "import { createRequire as __vendorCreateRequire } from 'node:module'; const require = __vendorCreateRequire(import.meta.url);";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The names CommonJS packages export, read by importing them in a worker thread (so that the
 * build's own process keeps no second copy of them): they are known only once Node has loaded the
 * package, and esbuild needs them spelled out to re-export them from an ES module.
 */
function exportNames(specifiers) {
  if (specifiers.length === 0) return Promise.resolve({});
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./vendor-exports-worker.js', import.meta.url), { workerData: { specifiers } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Whether Node loads this file as CommonJS: .cjs, or .js whose nearest package.json is not "type": "module". */
function isCommonJs(file) {
  if (file.endsWith('.cjs')) return true;
  if (file.endsWith('.mjs')) return false;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).type !== 'module';
  }
  return true;
}

const bundleName = (spec) => spec.replaceAll('@', '').replaceAll('/', '__');

/** For each vendored specifier, its bundle's path under dist/ (buildVendor writes them to dist/vendor). */
export function vendoredPaths() {
  return new Map(VENDORED.map((spec) => [spec, `vendor/${bundleName(spec)}.js`]));
}

/**
 * Bundles VENDORED into outDir, shared code in common chunks so that each package exists once.
 * An ES module package is its own entry (esbuild keeps its exports); a CommonJS one gets an entry
 * that names its exports.
 */
export async function buildVendor(root, outDir) {
  const { build } = await import('esbuild');
  const resolved = new Map(VENDORED.map((spec) => [spec, fileURLToPath(import.meta.resolve(spec, pathToFileURL(join(root, 'package.json')).href))]));
  const commonJs = VENDORED.filter((spec) => isCommonJs(resolved.get(spec)));
  const names = await exportNames(commonJs);
  const entryDir = mkdtempSync(join(tmpdir(), 'yakuba-vendor-'));
  try {
    const entryPoints = {};
    for (const spec of VENDORED) {
      if (!commonJs.includes(spec)) {
        entryPoints[bundleName(spec)] = resolved.get(spec);
        continue;
      }
      const exported = names[spec].filter((n) => IDENTIFIER.test(n));
      const file = join(entryDir, `${bundleName(spec)}.mjs`);
      writeFileSync(file, `export { ${exported.join(', ')} } from ${JSON.stringify(spec)};\n`);
      entryPoints[bundleName(spec)] = file;
    }
    await build({
      entryPoints,
      outdir: outDir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node24',
      absWorkingDir: root,
      nodePaths: [join(root, 'node_modules')],
      external: EXTERNAL,
      banner: { js: REQUIRE_BANNER },
      logLevel: 'error',
    });
  } finally {
    rmSync(entryDir, { recursive: true, force: true });
  }
}
