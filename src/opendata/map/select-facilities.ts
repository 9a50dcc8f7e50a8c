import type { Facility } from './facility.ts';
import { aedUsableAt, FEATURE_GROUPS, passesAll, selectedOptions, type FeatureOption } from './filters.ts';
import { distanceMetres } from './geo.ts';
import type { KindId } from './kinds.ts';
import type { MapQuery } from './map-query.ts';
import type { Moment } from './opening-hours.ts';
import type { Origin } from './origin.ts';

/** How many places a list shows before 「すべて表示」: enough for a walk, short enough to read. */
export const LIST_LIMIT = 20;

export interface ListedFacility extends Facility {
  /** Metres from the origin; undefined when there is no origin. */
  distance: number | undefined;
}

/** The checked options of the kind's feature group (toilet and childcare features, disaster types). */
export function activeOptions(kind: KindId | undefined, query: Pick<MapQuery, 'features' | 'hazards'>): FeatureOption[] {
  const group = kind ? FEATURE_GROUPS[kind] : undefined;
  if (!group) return [];
  return selectedOptions(group, group.param === 'hazard' ? query.hazards : query.features);
}

/** The facilities of one kind that pass the filters the resident chose. */
export function filterFacilities(facilities: readonly Facility[], kind: KindId | undefined, query: MapQuery, moment: Moment): Facility[] {
  const options = activeOptions(kind, query);
  return facilities.filter(
    (facility) => passesAll(facility.record, options) && !(kind === 'aed' && query.usableOnly && !aedUsableAt(facility.record, moment)),
  );
}

/** Nearest first (then by name); by name alone when there is no origin. */
export function sortByDistance(facilities: readonly Facility[], origin: Origin | undefined): ListedFacility[] {
  const listed = facilities.map((facility) => ({ ...facility, distance: origin ? distanceMetres(origin.point, facility.point) : undefined }));
  return listed.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0) || a.name.localeCompare(b.name, 'ja'));
}

/** The part of the sorted list the page shows, and the map with it. */
export function limitList<T>(sorted: readonly T[], all: boolean, limit = LIST_LIMIT): T[] {
  return all ? [...sorted] : sorted.slice(0, limit);
}
