import type { ListedFacility } from './select-facilities.ts';
import type { Origin } from './origin.ts';

/** What map.js draws: exactly the facilities of the list, in its order, and the origin. */
export interface MapData {
  origin: { lat: number; lon: number; label: string } | null;
  facilities: { number: number; id: string; name: string; kind: string; lat: number; lon: number; href: string; distance: string }[];
}

export function mapDataOf(listed: readonly ListedFacility[], origin: Origin | undefined, hrefOf: (facility: ListedFacility) => string, distanceText: (facility: ListedFacility) => string): MapData {
  return {
    origin: origin ? { lat: origin.point.lat, lon: origin.point.lon, label: origin.label } : null,
    facilities: listed.map((facility, index) => ({
      number: index + 1,
      id: facility.id,
      name: facility.name,
      kind: facility.source.kindLabel,
      lat: facility.point.lat,
      lon: facility.point.lon,
      href: hrefOf(facility),
      distance: distanceText(facility),
    })),
  };
}

/** JSON safe inside a <script> element: no `<` can close it or open a comment. */
export function dataIslandJson(data: MapData): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}
