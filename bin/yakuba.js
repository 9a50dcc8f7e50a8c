#!/usr/bin/env -S node --max-semi-space-size=4
// Entry point for the `yakuba` command: checks the Node.js version, then loads the TypeScript CLI.
// The small young generation (shebang flag) keeps a laptop install near 250 MB: pages allocate little.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`Yakuba requires Node.js 24 or newer (found ${process.versions.node}). / Node.js 24 以上が必要です。`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
