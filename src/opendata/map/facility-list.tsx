import { factsOf, type Fact } from './facility-details.ts';
import { formatDistance, walkingMinutes } from './geo.ts';
import type { Moment } from './opening-hours.ts';
import type { ListedFacility } from './select-facilities.ts';

export function facilityHref(base: string, slug: string, id: string): string {
  return `${base}/opendata/datasets/${slug}/rows/${encodeURIComponent(id)}`;
}

/** 「約350m（歩いて約5分）」. */
export function distanceText(metres: number): string {
  return `${formatDistance(metres)}（歩いて約${walkingMinutes(metres)}分）`;
}

export function Facts(props: { facts: Fact[] }) {
  return (
    <dl class="facility-facts">
      {props.facts.map(([term, value]) => (
        <div>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function FacilityItem(props: { base: string; facility: ListedFacility; moment: Moment; showKind: boolean }) {
  const { facility } = props;
  const facts: Fact[] = [
    ...(props.showKind ? [['種類', facility.source.kindLabel] as Fact] : []),
    ...(facility.distance === undefined ? [] : [['距離', distanceText(facility.distance)] as Fact]),
    ...(facility.address ? [['住所', facility.address] as Fact] : []),
    ...factsOf(facility.source.kind, facility.record, props.moment),
  ];
  return (
    <li class="facility-item" data-facility-id={facility.id}>
      <h3 class="facility-name">
        <a href={facilityHref(props.base, facility.source.slug, facility.id)}>{facility.name}</a>
      </h3>
      <Facts facts={facts} />
    </li>
  );
}

/** The numbered list the map repeats: the numbers are those of the map's markers. */
export function FacilityList(props: { base: string; listed: ListedFacility[]; moment: Moment; showKind: boolean }) {
  if (props.listed.length === 0) return null;
  return (
    <ol class="facility-list" id="facility-list">
      {props.listed.map((facility) => <FacilityItem base={props.base} facility={facility} moment={props.moment} showKind={props.showKind} />)}
    </ol>
  );
}
