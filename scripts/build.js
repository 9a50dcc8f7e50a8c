// Compiles the TypeScript that the server runs (src/, seeds/, plugins) into plain JavaScript under
// dist/, file by file, so that production starts without the tsx loader; the dependencies it loads
// at every start are bundled into dist/vendor/ (scripts/build-vendor.js). The layout mirrors the
// repository (dist/src/…, dist/seeds/…) and the non-TypeScript files beside the sources are copied,
// so paths taken from import.meta.url still resolve; dist/migrations points at ../migrations.
// A stamp (file count and newest change time of the sources) makes the check cheap at every start.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVendor, vendoredPaths } from './build-vendor.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(root, 'dist');
const SOURCE_DIRS = ['src', 'seeds'];
const isTypeScript = (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name);
const isTest = (name) => /\.test\.tsx?$/.test(name);

function listFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, out);
    else if (!isTest(entry.name)) out.push(path);
  }
  return out;
}

function sourceFiles() {
  // The lock file changes when a dependency does, which the vendor bundle must follow.
  const manifests = ['package.json', 'package-lock.json'].map((name) => join(root, name)).filter((path) => existsSync(path));
  return SOURCE_DIRS.flatMap((dir) => listFiles(join(root, dir))).concat(manifests);
}

/** What the sources look like now: changes when a file is added, removed or edited. */
function currentStamp(files) {
  let newest = 0;
  for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  return `${files.length} ${newest}`;
}

export function isBuildCurrent(files = sourceFiles()) {
  try {
    return readFileSync(join(distDir, '.stamp'), 'utf8') === currentStamp(files);
  } catch {
    return false;
  }
}

// Relative specifiers and URLs keep their .ts/.tsx in the sources (allowImportingTsExtensions);
// the compiled files end in .js.
const rewriteExtensions = (code) => code.replace(/(['"])(\.{1,2}\/[^'"\n]*?)\.tsx?\1/g, '$1$2.js$1');

/** Imports of vendored packages (static and dynamic) point at their bundle in dist/vendor/. */
function rewriteVendored(code, fileRel, vendored) {
  return code.replace(/(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])([^"'.\n][^"'\n]*)\2/g, (whole, lead, quote, spec) => {
    const bundle = vendored.get(spec);
    if (!bundle) return whole;
    const path = relative(dirname(fileRel), bundle).replaceAll('\\', '/');
    return `${lead}${quote}${path.startsWith('.') ? path : `./${path}`}${quote}`;
  });
}

/** Compiles one source file into the staging tree, or copies it when it is not TypeScript. */
async function compile(transform, file, staging, vendored) {
  const rel = relative(root, file);
  if (rel === 'package.json' || rel === 'package-lock.json') return;
  const target = join(staging, rel);
  mkdirSync(dirname(target), { recursive: true });
  if (!isTypeScript(file)) {
    cpSync(file, target);
    return;
  }
  const { code } = await transform(readFileSync(file, 'utf8'), {
    loader: file.endsWith('x') ? 'tsx' : 'ts',
    format: 'esm',
    target: 'node24',
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    sourcefile: rel,
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  });
  writeFileSync(target.replace(/\.tsx?$/, '.js'), rewriteVendored(rewriteExtensions(code), rel, vendored));
}

/** Builds dist/ unless it is current; returns true when it compiled. */
export async function build({ force = false } = {}) {
  const files = sourceFiles();
  if (!force && isBuildCurrent(files)) return false;
  const stamp = currentStamp(files);
  // Build beside dist/ and swap it in, so that two starts at once never see a half-written tree.
  const staging = `${distDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  const vendor = buildVendor(root, join(staging, 'vendor'));
  vendor.catch(() => {}); // awaited below, once the sources are compiled
  const vendored = vendoredPaths();
  const { transform } = await import('esbuild');
  await Promise.all(files.map((file) => compile(transform, file, staging, vendored)));
  await vendor;
  symlinkSync('../migrations', join(staging, 'migrations'));
  writeFileSync(join(staging, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(staging, '.stamp'), stamp);
  const old = `${distDir}.${process.pid}.old`;
  if (existsSync(distDir)) renameSync(distDir, old);
  try {
    renameSync(staging, distDir);
  } catch (error) {
    // Another start swapped in its build first: that one is as current as ours.
    if (!existsSync(distDir)) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await build({ force: process.argv.includes('--force') });
  console.log(`dist/ built in ${Math.round(performance.now() - started)} ms`);
}
