import type { Child } from 'hono/jsx';
import { ErrorSummary, type FieldError } from '../../views/form-fields.tsx';
import { SampleNotice } from '../sample-notice.tsx';
import { ADDRESS_ERROR, OriginFields, TIME_ERROR } from './filter-fields.tsx';
import { FacilityList } from './facility-list.tsx';
import { dataIslandJson, type MapData } from './map-data.ts';
import type { MapQuery } from './map-query.ts';
import type { Moment } from './opening-hours.ts';
import type { DistrictPoint, OriginResult } from './origin.ts';
import type { ListedFacility } from './select-facilities.ts';

export interface MapPageProps {
  base: string;
  heading: string;
  /** Accessible name of the map: 「近くの施設の地図」. */
  mapLabel: string;
  lead: string;
  /** 「トイレ」, 「施設」: what the count sentence counts. */
  what: string;
  action: string;
  sample: boolean;
  districts: DistrictPoint[];
  townExample: string;
  query: MapQuery;
  origin: OriginResult;
  moment: Moment;
  timeInvalid: boolean;
  /** The filters of the kind (or the kinds of the nearby page), after the origin fields. */
  filters: Child;
  notices: string[];
  listed: ListedFacility[];
  /** Facilities that passed the filters, before the list was cut to the nearest ones. */
  total: number;
  allHref: string | undefined;
  unplaced: number;
  datasetLinks: { href: string; title: string }[];
  showKind: boolean;
  tiles: { url: string; attribution: string };
  mapData: MapData;
  backLink: { href: string; text: string };
}

export function mapPageErrors(origin: OriginResult, timeInvalid: boolean): FieldError[] {
  return [
    ...(origin.addressUnmatched ? [{ field: 'address', message: ADDRESS_ERROR }] : []),
    ...(timeInvalid ? [{ field: 'time', message: TIME_ERROR }] : []),
  ];
}

function countSentence(props: MapPageProps): string {
  if (props.total === 0) return `条件に合う${props.what}は見つかりませんでした。条件を減らして、もう一度お探しください。`;
  const shown = props.listed.length < props.total ? `近い順に${props.listed.length}件を表示しています。` : '';
  return `${props.total}件の${props.what}が見つかりました。${shown}`;
}

function MapPanel(props: MapPageProps) {
  return (
    <section class="map-panel" aria-labelledby="map-title" data-map-panel hidden>
      <h2 id="map-title">地図で見る</h2>
      <p class="hint">下の一覧と同じ{props.listed.length}件を、一覧と同じ番号で地図に表示しています。地図が表示されないときも、一覧ですべての情報をご覧いただけます。</p>
      <p><a class="map-skip" href="#list-title">地図を飛ばして一覧へ移動</a></p>
      <div id="map" class="map-canvas" role="region" aria-label={props.mapLabel} data-tile-url={props.tiles.url} data-tile-attribution={props.tiles.attribution}></div>
    </section>
  );
}

function Unplaced(props: MapPageProps) {
  if (props.unplaced === 0) return null;
  return (
    <p class="hint">
      位置の登録がない{props.unplaced}件は、この一覧と地図に含まれていません。
      {props.datasetLinks.map((link) => <a href={link.href}>{link.title}</a>)}のページでご覧いただけます。
    </p>
  );
}

/** One page for both the nearby page and a dataset's map: filter form, count, map (with JavaScript), and the same list. */
export function MapPage(props: MapPageProps) {
  const errors = mapPageErrors(props.origin, props.timeInvalid);
  const origin = props.origin.origin;
  return (
    <>
      <p class="back-link"><a href={props.backLink.href}>{props.backLink.text}</a></p>
      <ErrorSummary errors={errors} />
      <h1>{props.heading}</h1>
      {props.sample ? <SampleNotice what="この一覧と地図" /> : null}
      <p class="lead">{props.lead}</p>
      <form method="get" action={props.action} class="map-form" aria-labelledby="map-form-title">
        <h2 id="map-form-title">探す条件</h2>
        <OriginFields districts={props.districts} query={props.query} result={props.origin} townExample={props.townExample} />
        {props.filters}
        <button type="submit" class="button">この条件で探す</button>
      </form>
      {props.notices.map((notice) => <div class="notice" role="note"><p>{notice}</p></div>)}
      <p role="status" class="map-count">{countSentence(props)}</p>
      {props.listed.length > 0 ? <MapPanel {...props} /> : null}
      <h2 id="list-title">{origin ? `一覧（${origin.label}から近い順）` : '一覧（名前の順）'}</h2>
      <FacilityList base={props.base} listed={props.listed} moment={props.moment} showKind={props.showKind} />
      {props.allHref ? <p><a href={props.allHref}>すべての{props.what}（{props.total}件）を表示する</a></p> : null}
      <Unplaced {...props} />
      <script type="application/json" id="map-data" dangerouslySetInnerHTML={{ __html: dataIslandJson(props.mapData) }}></script>
    </>
  );
}
