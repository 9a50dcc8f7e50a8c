import { tableToRecords } from './to-json.ts';

/** Coordinates of a row, when both cells hold numbers that can be a place in Japan's range of the globe. */
export function pointOf(record: Record<string, string>): [number, number] | undefined {
  const latitude = Number(record['緯度']);
  const longitude = Number(record['経度']);
  if (record['緯度'] === '' || record['経度'] === '' || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  return [longitude, latitude];
}

/** RFC 7946 FeatureCollection: one Point per row that has coordinates, every column as a property. */
export function tableToGeoJson(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const features = tableToRecords(columns, rows).flatMap((properties) => {
    const point = pointOf(properties);
    return point ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: point }, properties }] : [];
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
