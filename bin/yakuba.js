#!/usr/bin/env -S node --max-semi-space-size=4
// Entry point for the `yakuba` command: checks the Node.js version, then runs the CLI compiled to
// JavaScript in dist/ (built on first use and again whenever the sources change; see
// docs/adr/0017-compiled-start.md). YAKUBA_TSX=1 runs the TypeScript sources through tsx instead.
// The small young generation (shebang flag) keeps a laptop install near 250 MB: pages allocate little.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`Yakuba requires Node.js 24 or newer (found ${process.versions.node}). / Node.js 24 以上が必要です。`);
  process.exit(1);
}
let main;
if (process.env.YAKUBA_TSX === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
} else {
  const { build, distDir } = await import('../scripts/build.js');
  await build();
  // V8 keeps the compiled code of dist/ (and of what it loads from node_modules) on disk, so that
  // later starts skip compiling it; the folder goes with dist/ at the next build.
  const { enableCompileCache } = await import('node:module');
  enableCompileCache(`${distDir}/.compile-cache`);
  ({ main } = await import('../dist/src/main.js'));
}
process.exitCode = await main(process.argv.slice(2));
