#!/usr/bin/env node
// `npm test`: unit and integration tests on the embedded database, again on PostgreSQL when
// TEST_DATABASE_URL is set, then the browser tests when Chromium is available (required in CI).
import { spawn } from 'node:child_process';
import { existsSync, globSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, files, env) {
  console.log(`\n=== ${label} ===`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => {
      const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)`, 'm').exec(output)?.[1] ?? 0);
      totals.passed += count('pass');
      totals.failed += count('fail') + (code !== 0 && count('fail') === 0 ? 1 : 0);
      totals.skipped += count('skipped');
      resolve(code === 0);
    });
  });
}

const unitFiles = globSync(['src/**/*.test.ts', 'seeds/**/*.test.ts', 'test/**/*.test.ts']).sort();
const e2eFiles = globSync('e2e/**/*.test.ts').sort();
const results = [await run('unit and integration tests on PGlite (embedded)', unitFiles, { YAKUBA_TEST_DB: 'pglite' })];

if (process.env.TEST_DATABASE_URL) {
  results.push(await run('unit and integration tests on PostgreSQL', unitFiles, { YAKUBA_TEST_DB: 'postgres' }));
} else {
  console.log('\nPostgreSQL run skipped: set TEST_DATABASE_URL=postgres://… to run the same tests on PostgreSQL.');
}

if (existsSync(chromium)) {
  results.push(await run('browser tests (Chromium, axe-core)', e2eFiles, { CHROMIUM_PATH: chromium }));
} else if (process.env.CI) {
  console.error(`\nBrowser tests need Chromium at ${chromium} (apt-get install -y chromium).`);
  results.push(false);
  totals.failed += 1;
} else {
  console.log(`\nBrowser tests skipped: Chromium not found at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(results.every(Boolean) ? 0 : 1);
