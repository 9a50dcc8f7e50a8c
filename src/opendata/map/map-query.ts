import { isKindId, KINDS, type KindId } from './kinds.ts';
import { chosenMoment, formatClock, momentInJapan, parseClock, type Moment } from './opening-hours.ts';
import type { OriginInput } from './origin.ts';

/** The choices of the 「曜日」 select: '' is today. */
export const DAY_CHOICES = ['', '月', '火', '水', '木', '金', '土', '日', '祝'] as const;

/** What the filter form of a map page sent (GET), with unknown values dropped. */
export interface MapQuery extends OriginInput {
  /** Ids of the checked options of the kind's feature group (toilet / childcare features, hazards). */
  features: string[];
  hazards: string[];
  kinds: KindId[];
  /** AED: keep only those usable at the chosen moment. */
  usableOnly: boolean;
  day: string;
  time: string;
  /** Show every facility, not only the nearest ones. */
  all: boolean;
  /** The form was sent (a field of it is in the address), so an empty kind set is the resident's choice. */
  submitted: boolean;
}

type Queries = Record<string, string[] | undefined>;

const one = (queries: Queries, name: string) => (queries[name]?.[0] ?? '').slice(0, 200);

export function mapQueryOf(queries: Queries): MapQuery {
  const day = one(queries, 'day');
  return {
    district: one(queries, 'district'),
    address: one(queries, 'address'),
    lat: one(queries, 'lat'),
    lon: one(queries, 'lon'),
    features: queries.feature ?? [],
    hazards: queries.hazard ?? [],
    kinds: (queries.kind ?? []).filter(isKindId),
    usableOnly: one(queries, 'usable') === '1',
    day: (DAY_CHOICES as readonly string[]).includes(day) ? day : '',
    time: one(queries, 'time'),
    all: one(queries, 'all') === '1',
    submitted: queries.district !== undefined || queries.address !== undefined,
  };
}

/** The kinds the nearby page shows: those checked, or all of them when none is. */
export function kindsToShow(query: MapQuery): KindId[] {
  return query.kinds.length > 0 ? KINDS.filter((kind) => query.kinds.includes(kind.id)).map((kind) => kind.id) : KINDS.map((kind) => kind.id);
}

export interface MomentChoice {
  moment: Moment;
  /** The typed time could not be read: now was used. */
  timeInvalid: boolean;
}

/** The moment the AED availability is checked at: now in Japan unless a day or a time was chosen. */
export function momentOf(query: Pick<MapQuery, 'day' | 'time'>, now: Date): MomentChoice {
  const current = momentInJapan(now);
  const blank = query.time.trim() === '';
  const typed = blank ? undefined : parseClock(query.time);
  const timeInvalid = !blank && (typed === undefined || typed >= 1440);
  const minutes = typed !== undefined && !timeInvalid ? typed : current.minutes;
  if (query.day !== '') return { moment: chosenMoment(query.day, minutes), timeInvalid };
  return { moment: { ...current, minutes, label: current.label.replace(/\d+:\d{2}$/u, formatClock(minutes)) }, timeInvalid };
}
