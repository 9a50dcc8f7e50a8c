import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Dependencies point down (DESIGN.md): platform ← views ← forms ← the domains ← the composition
 * root. A folder may import its own files and folders of a lower layer, never one above or beside
 * it in the same layer; no domain imports another domain's tables (schema.ts).
 */
const LAYERS: string[][] = [
  ['platform'],
  ['views'],
  ['forms'],
  ['identity', 'portal', 'opendata'],
  ['cases'],
  ['procedures'],
  ['mypage', 'backoffice'],
  // app.tsx, zone-app.tsx, bootstrap.ts, plugins.ts: the composition root.
  ['(root)'],
  ['cli'],
  // main.ts, the command line's entry point.
  ['(entry)'],
];

const root = resolve(import.meta.dirname, '..');
const src = resolve(root, 'src');

function folderOf(file: string): string {
  const inside = relative(src, file);
  if (inside.startsWith('..')) return `(outside:${relative(root, file).split(sep)[0]})`;
  const parts = inside.split(sep);
  if (parts.length > 1) return parts[0]!;
  return parts[0] === 'main.ts' ? '(entry)' : '(root)';
}

function layerOf(folder: string): number {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

interface Import {
  from: string;
  to: string;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    found.push({ from: file, to: resolve(dirname(file), match[1]!) });
  }
  return found;
}

function productionFiles(): string[] {
  return globSync('src/**/*.{ts,tsx}', { cwd: root })
    .filter((file) => !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !file.split('/').includes('fixtures'))
    .map((file) => resolve(root, file));
}

function describeImport(i: Import): string {
  return `${relative(root, i.from)} → ${relative(root, i.to)}`;
}

type Rule = { name: string; broken: (from: string, to: string, target: string) => boolean };

const RULES: Rule[] = [
  { name: 'platform/ imports only platform/', broken: (from, to) => from === 'platform' && to !== 'platform' },
  { name: 'views/ imports only platform/ and views/', broken: (from, to) => from === 'views' && !['platform', 'views'].includes(to) },
  {
    name: 'imports point to the same folder or a lower layer',
    broken: (from, to) => {
      if (to.startsWith('(outside:')) return !['cli', '(root)', '(entry)'].includes(from);
      return from !== to && (layerOf(to) < 0 || layerOf(to) >= layerOf(from));
    },
  },
  { name: 'no domain imports the tables of another', broken: (from, to, target) => target.endsWith(`${sep}schema.ts`) && to !== 'platform' && to !== from },
];

function violations(imports: Import[]): string[] {
  return imports.flatMap((i) => {
    const from = folderOf(i.from);
    const to = folderOf(i.to);
    return RULES.filter((rule) => rule.broken(from, to, i.to)).map((rule) => `${describeImport(i)} (${rule.name})`);
  });
}

describe('layering of src/', () => {
  it('knows the layer of every folder under src/', () => {
    const unknown = [...new Set(productionFiles().map(folderOf))].filter((folder) => layerOf(folder) < 0);
    assert.deepEqual(unknown, [], `add these folders to LAYERS in test/layering.test.ts: ${unknown.join(', ')}`);
  });

  it('every import of production code follows the rules', () => {
    assert.deepEqual(violations(productionFiles().flatMap(importsOf)), []);
  });

  it('refuses platform/ importing a page, a domain importing upwards and a domain reading the tables of another', () => {
    const at = (path: string) => resolve(src, path);
    const refused: Import[] = [
      { from: at('platform/identity/x.ts'), to: at('portal/home-page.tsx') },
      { from: at('platform/http/x.ts'), to: at('views/problem-page.tsx') },
      { from: at('cases/x.ts'), to: at('procedures/service.ts') },
      { from: at('procedures/x.ts'), to: at('cases/schema.ts') },
      { from: at('views/x.ts'), to: at('forms/answers.ts') },
      { from: at('cases/x.ts'), to: at('../seeds/seed-demo.ts') },
    ];
    for (const i of refused) assert.notDeepEqual(violations([i]), [], describeImport(i));
    assert.deepEqual(violations([{ from: at('procedures/x.ts'), to: at('cases/submit-application.ts') }]), []);
  });

  it('reads static imports and re-exports', () => {
    const targets = importsOf(resolve(src, 'app.tsx')).map((i) => relative(src, i.to));
    assert.ok(targets.includes(`platform${sep}http${sep}render.ts`));
  });
});
