import { parseLatLon } from '../map/geo.ts';
import { tableToRecords } from './to-json.ts';

/** Coordinates of a row in GeoJSON order, read as the maps read them. */
function pointOf(record: Record<string, string>): [number, number] | undefined {
  const point = parseLatLon(record['緯度'], record['経度']);
  return point && [point.lon, point.lat];
}

/** RFC 7946 FeatureCollection: one Point per row that has coordinates, every column as a property. */
export function tableToGeoJson(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const features = tableToRecords(columns, rows).flatMap((properties) => {
    const point = pointOf(properties);
    return point ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: point }, properties }] : [];
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
