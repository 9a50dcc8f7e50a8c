import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, distDir } from '../scripts/build.js';
import { VENDORED, vendoredPaths } from '../scripts/build-vendor.js';

function compiledFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) compiledFiles(path, out);
    else if (path.endsWith('.js')) out.push(path);
  }
  return out;
}

describe('the compiled start (dist/)', () => {
  before(() => build());

  it('imports every vendored package from its bundle, never from node_modules', () => {
    const bare = new RegExp(`(?:from|import)\\s*\\(?\\s*["'](${VENDORED.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})["']`);
    const offenders = ['src', 'seeds'].flatMap((dir) => compiledFiles(join(distDir, dir))).filter((file) => bare.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
    assert.match(readFileSync(join(distDir, 'src/cases/staff-routes.js'), 'utf8'), /from "\.\.\/\.\.\/vendor\/hono\.js"/);
  });

  it('exports from each bundle the same names as the package itself', async () => {
    for (const [spec, path] of vendoredPaths()) {
      const bundle = await import(pathToFileURL(join(distDir, path)).href);
      const original = await import(spec);
      const names = (module: object) => Object.keys(module).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)).sort();
      assert.deepEqual(names(bundle), names(original), spec);
    }
  });

});
