import type { DatasetRow } from '../schema.ts';
import { SampleNotice } from '../sample-notice.tsx';
import { addressOf, nameOf } from './facility.ts';
import { factsOf } from './facility-details.ts';
import { Facts } from './facility-list.tsx';
import { parseLatLon } from './geo.ts';
import type { Kind } from './kinds.ts';
import type { Moment } from './opening-hours.ts';

export interface FacilityPageProps {
  base: string;
  dataset: DatasetRow;
  kind: Kind | undefined;
  columns: string[];
  record: Record<string, string>;
  moment: Moment;
}

/** 地理院地図 at zoom 17 on the spot: the government's own map, which works without this site's scripts. */
export function gsiMapUrl(lat: number, lon: number): string {
  return `https://maps.gsi.go.jp/#17/${lat}/${lon}/`;
}

function CellValue(props: { value: string }) {
  return /^https?:\/\/\S+$/u.test(props.value) ? <a href={props.value}>{props.value}</a> : <>{props.value}</>;
}

/** Every column of one row that has a value, with the facts residents look for first. */
export function FacilityPage(props: FacilityPageProps) {
  const { base, dataset, record } = props;
  const point = parseLatLon(record['緯度'], record['経度']);
  const mapHref = `${base}/opendata/datasets/${dataset.slug}/map`;
  const address = addressOf(record);
  return (
    <>
      <p class="back-link"><a href={mapHref}>{dataset.title}の地図と一覧に戻る</a></p>
      <h1>{nameOf(record)}</h1>
      {dataset.sample ? <SampleNotice what="この施設の情報" /> : null}
      <Facts facts={[['種類', props.kind?.label ?? dataset.title], ...(address ? [['住所', address] as [string, string]] : []), ...factsOf(props.kind?.id, record, props.moment)]} />
      {point ? (
        <p><a href={gsiMapUrl(point.lat, point.lon)}>地理院地図でこの場所を開く<span class="visually-hidden">（国土地理院のサイトに移動します）</span></a></p>
      ) : null}
      <h2>登録されているすべての項目</h2>
      <p class="hint">「{dataset.title}」（<a href={`${base}/opendata/datasets/${dataset.slug}`}>オープンデータ</a>）に登録されている項目のうち、値のあるものです。</p>
      <table class="facility-table">
        <caption class="visually-hidden">{nameOf(record)}の項目と値</caption>
        <tbody>
          {props.columns.filter((column) => (record[column] ?? '').trim() !== '').map((column) => (
            <tr><th scope="row">{column}</th><td><CellValue value={record[column]!} /></td></tr>
          ))}
        </tbody>
      </table>
      <p><a href={mapHref}>{dataset.title}の地図と一覧に戻る</a></p>
    </>
  );
}
