/** A point in WGS84 decimal degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const WALKING_M_PER_MINUTE = 80;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine): within a town the error is far below a metre. */
export function distanceMetres(a: LatLon, b: LatLon): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** 「約350m」 below 1 km (rounded to 10 m), 「約1.2km」 above (to 0.1 km). */
export function formatDistance(metres: number): string {
  if (metres < 995) return `約${Math.max(10, Math.round(metres / 10) * 10)}m`;
  return `約${(Math.round(metres / 100) / 10).toFixed(1)}km`;
}

/** Minutes on foot at 80 m a minute, the rate Japanese property listings use; at least one. */
export function walkingMinutes(metres: number): number {
  return Math.max(1, Math.ceil(metres / WALKING_M_PER_MINUTE));
}

/** A rough box around Japan's territory, islands included: enough to refuse a point abroad or a typo. */
export function isInJapan(point: LatLon): boolean {
  return point.lat >= 20 && point.lat <= 46 && point.lon >= 122 && point.lon <= 154;
}

/** Parses 緯度/経度 cells or query values; undefined when either is blank or not a number. */
export function parseLatLon(lat: string | undefined, lon: string | undefined): LatLon | undefined {
  if (!lat?.trim() || !lon?.trim()) return undefined;
  const point = { lat: Number(lat), lon: Number(lon) };
  return Number.isFinite(point.lat) && Number.isFinite(point.lon) && Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180 ? point : undefined;
}
