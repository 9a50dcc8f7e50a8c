import { isInJapan, parseLatLon, type LatLon } from './geo.ts';

/** A 大字・地区 with its centre point, as listDistricts gives them. */
export interface DistrictPoint {
  name: string;
  kana: string;
  latitude: number;
  longitude: number;
}

/** Where distances are measured from. */
export interface Origin {
  point: LatLon;
  /** 「山西地区の中心」, 「現在地」. */
  label: string;
  source: 'district' | 'address' | 'location';
  /** The district the select shows; undefined for the resident's location. */
  district?: string;
}

export interface OriginInput {
  district: string;
  address: string;
  lat: string;
  lon: string;
}

export interface OriginResult {
  origin: Origin | undefined;
  /** The typed address named no district of the town: the district select was used instead. */
  addressUnmatched: boolean;
  /** lat/lon were given but do not lie in Japan: they were ignored. */
  locationRefused: boolean;
}

const comparable = (text: string) =>
  text.normalize('NFKC').replace(/\s+/gu, '').replace(/[ヶケ]/gu, 'が').replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/**
 * The district a typed address lies in: the first district name (or its reading) found after the
 * town's own name, so that 「二宮町山西」 is 山西 and not 二宮. The longest name wins a tie.
 */
export function matchDistrict<D extends DistrictPoint>(address: string, districts: readonly D[], townName: string): D | undefined {
  const text = comparable(address);
  const town = comparable(townName);
  const rest = town && text.includes(town) ? text.slice(text.lastIndexOf(town) + town.length) : text;
  let best: { district: D; index: number; length: number } | undefined;
  for (const district of districts) {
    for (const key of [comparable(district.name), comparable(district.kana)]) {
      const index = key === '' ? -1 : rest.indexOf(key);
      if (index < 0) continue;
      if (!best || index < best.index || (index === best.index && key.length > best.length)) best = { district, index, length: key.length };
    }
  }
  return best?.district;
}

const districtOrigin = (district: DistrictPoint, source: 'district' | 'address'): Origin => ({
  point: { lat: district.latitude, lon: district.longitude },
  label: `${district.name}地区の中心`,
  source,
  district: district.name,
});

/** The origin the resident asked for: a typed address, else a chosen district, else their location, else the first district. */
export function resolveOrigin(input: OriginInput, districts: readonly DistrictPoint[], townName: string): OriginResult {
  const chosen = districts.find((district) => district.name === input.district);
  const fallback = chosen ?? districts[0];
  const result = (origin: Origin | undefined, addressUnmatched = false, locationRefused = false): OriginResult => ({ origin, addressUnmatched, locationRefused });
  if (input.address.trim() !== '') {
    const matched = matchDistrict(input.address, districts, townName);
    if (matched) return result(districtOrigin(matched, 'address'));
    return result(fallback && districtOrigin(fallback, 'district'), true);
  }
  if (chosen) return result(districtOrigin(chosen, 'district'));
  const point = parseLatLon(input.lat, input.lon);
  if (point && isInJapan(point)) return result({ point, label: '現在地', source: 'location' });
  const refused = input.lat.trim() !== '' || input.lon.trim() !== '';
  return result(fallback && districtOrigin(fallback, 'district'), false, refused);
}
