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

let townsByCity: Map<number, [town: string, postal: string][]> | undefined;

/** The towns of each city with their codes, built on first use from the same data. */
function towns(): Map<number, [string, string][]> {
  if (townsByCity) return townsByCity;
  townsByCity = new Map();
  for (const [postal, row] of Object.entries(postalData().codes)) {
    let city = 0;
    for (const item of row) {
      if (typeof item === 'number') city = item;
      else townsByCity.get(city)?.push([item.normalize('NFKC'), postal]) ?? townsByCity.set(city, [[item.normalize('NFKC'), postal]]);
    }
  }
  return townsByCity;
}

/**
 * The postal code of an address as the My Number card states it (「神奈川県中郡二宮町二宮1240番地の3」):
 * the code whose area is the longest start of the address, when exactly one code has that area.
 */
export function postalCodeOfAddress(address: string): string | undefined {
  const text = address.normalize('NFKC').replace(/\s+/gu, '');
  let best = { length: -1, codes: new Set<string>() };
  for (const [code, [prefecture, city]] of Object.entries(postalData().cities)) {
    const head = `${prefecture}${city}`.normalize('NFKC');
    if (!text.startsWith(head)) continue;
    const rest = text.slice(head.length);
    for (const [town, postal] of towns().get(Number(code)) ?? []) {
      if (!rest.startsWith(town) || town.length < best.length) continue;
      if (town.length > best.length) best = { length: town.length, codes: new Set() };
      best.codes.add(postal);
    }
  }
  return best.codes.size === 1 ? [...best.codes][0] : undefined;
}
