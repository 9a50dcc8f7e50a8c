import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** One area a postal code is delivered to. A code can cover several (2590100: 二宮町 and 中井町). */
export interface PostalArea {
  prefecture: string;
  /** As Japan Post writes it, with the county: 「中郡二宮町」. */
  city: string;
  /** 町域, empty when the code stands for the rest of the municipality (「以下に掲載がない場合」). */
  town: string;
  /** 全国地方公共団体コード without its check digit: 14342 for 二宮町. */
  municipalityCode: string;
}

interface PostalData {
  cities: Record<string, [prefecture: string, city: string]>;
  /** Runs of a city code followed by its town names; see scripts/build-postal-data.ts. */
  codes: Record<string, (number | string)[]>;
}

const dataFile = new URL('./postal-data/japan.json.gz', import.meta.url);
let data: PostalData | undefined;

/** Parsed on first use (about 50 ms, 25 MB of heap), so that processes that never look one up pay nothing. */
function postalData(): PostalData {
  data ??= JSON.parse(gunzipSync(readFileSync(dataFile)).toString('utf8')) as PostalData;
  return data;
}

/**
 * 7 digits, as residents type them: 「〒259-0123」「２５９－０１２３」「259 0123」.
 * Any dash or the long-vowel mark (ー), which is often typed for a hyphen, may separate 3 and 4 digits.
 */
export function normalizePostalCode(input: string): string | undefined {
  const text = input
    .normalize('NFKC')
    .trim()
    .replace(/^〒\s*/u, '');
  const match = /^(\d{3})[\s\-‐‑‒–—―−ーｰ]?(\d{4})$/u.exec(text);
  return match ? `${match[1]}${match[2]}` : undefined;
}

/** The areas for a postal code in any of the forms normalizePostalCode accepts; empty when unknown. */
export function lookupPostalCode(code: string): PostalArea[] {
  const normalized = normalizePostalCode(code);
  const row = normalized === undefined ? undefined : postalData().codes[normalized];
  if (!row) return [];
  const areas: PostalArea[] = [];
  let municipalityCode = '';
  for (const item of row) {
    if (typeof item === 'number') {
      municipalityCode = String(item).padStart(5, '0');
      continue;
    }
    const [prefecture, city] = postalData().cities[municipalityCode] ?? ['', ''];
    areas.push({ prefecture, city, town: item, municipalityCode });
  }
  return areas;
}
