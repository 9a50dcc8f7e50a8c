import type { CatalogEntry } from './catalog.ts';
import type { CatalogQuery, CatalogSearchResult } from './catalog-search.ts';
import { catalogQueryString, FILTER_PARAMS } from './catalog-query.ts';
import { categoryLabel, FORMAT_LABELS, frequencyLabel } from './labels.ts';
import { SampleTag } from './sample-notice.tsx';
import { formatDateJa } from '../views/format-date.ts';

export const PAGE_SIZE = 20;

export const SORT_CHOICES = [
  { value: 'metadata_modified desc', label: '更新日の新しい順' },
  { value: 'title_string asc', label: '名前順（五十音）' },
  { value: 'metadata_created desc', label: '公開日の新しい順' },
] as const;

interface FilterSpec {
  /** Query-string name; the facet it filters comes from FILTER_PARAMS. */
  name: keyof typeof FILTER_PARAMS;
  label: string;
  valueLabel: (value: string) => string;
}

export interface CatalogPageProps {
  base: string;
  query: CatalogQuery;
  result: CatalogSearchResult;
  total: number;
  departmentNames: Map<string, string>;
  hasSample: boolean;
}

function filterSpecs(departmentNames: Map<string, string>): FilterSpec[] {
  return [
    { name: 'category', label: '分類', valueLabel: categoryLabel },
    { name: 'tag', label: 'キーワード（タグ）', valueLabel: (v) => v },
    { name: 'format', label: 'ファイル形式', valueLabel: (v) => v },
    { name: 'department', label: '担当課', valueLabel: (v) => departmentNames.get(v) ?? v },
    { name: 'frequency', label: '更新頻度', valueLabel: frequencyLabel },
  ];
}

function FilterSelect(props: { spec: FilterSpec; selected: string; counts: Map<string, number> }) {
  const values = [...props.counts.keys()].sort((a, b) => props.spec.valueLabel(a).localeCompare(props.spec.valueLabel(b), 'ja'));
  if (props.selected && !values.includes(props.selected)) values.unshift(props.selected);
  return (
    <div class="field">
      <label for={`filter-${props.spec.name}`}>{props.spec.label}</label>
      <select id={`filter-${props.spec.name}`} name={props.spec.name}>
        <option value="">すべて</option>
        {values.map((value) => <option value={value} selected={props.selected === value}>{`${props.spec.valueLabel(value)}（${props.counts.get(value) ?? 0}件）`}</option>)}
      </select>
    </div>
  );
}

function DatasetItem(props: { base: string; entry: CatalogEntry }) {
  const { dataset, latest } = props.entry;
  return (
    <li class="dataset-item">
      <h3><a href={`${props.base}/opendata/datasets/${dataset.slug}`}>{dataset.title}</a></h3>
      <p>{dataset.description.length > 90 ? `${dataset.description.slice(0, 90)}…` : dataset.description}</p>
      <p class="dataset-meta">
        {props.entry.formats.map((format) => <span class="status-tag">{FORMAT_LABELS[format]}</span>)} {dataset.sample ? <SampleTag /> : null}
        <br />
        {categoryLabel(dataset.category)}・{props.entry.departmentName}・{latest.rowCount}件・最終更新 {formatDateJa(dataset.modifiedAt)}
      </p>
    </li>
  );
}

export function CatalogPage(props: CatalogPageProps) {
  const { query, result, base } = props;
  const specs = filterSpecs(props.departmentNames);
  const filtered = query.q !== '' || Object.keys(query.filters).length > 0;
  const next = query.start + query.rows < result.count ? query.start + query.rows : undefined;
  const previous = query.start > 0 ? Math.max(0, query.start - query.rows) : undefined;
  return (
    <>
      <h1>オープンデータ</h1>
      <p class="lead">町が公開しているデータを、どなたでも自由に使えます（出典を記載してください）。ファイルは全国共通の「自治体標準オープンデータセット」の形式です。</p>
      <ul class="link-row">
        <li><a href={`${base}/opendata/nearby`}>近くの施設を地図と一覧で探す</a></li>
        <li><a href={`${base}/opendata/files/open_data_list.csv`}>オープンデータ一覧（CSV）</a></li>
        <li><a href={`${base}/opendata/api`}>開発者向け：APIの使い方</a></li>
      </ul>
      <form method="get" action={`${base}/opendata`} class="search-form catalog-filters" role="search" aria-label="データセットの検索">
        <div class="field">
          <label for="q">キーワードで探す</label>
          <span class="hint" id="q-hint">例：トイレ、避難所、AED、人口</span>
          <input id="q" name="q" type="text" value={query.q} aria-describedby="q-hint" />
        </div>
        <details open={Object.keys(query.filters).length > 0 || query.sort !== 'metadata_modified desc'}>
          <summary>分類・形式・担当課などで絞り込む</summary>
          {specs.map((spec) => <FilterSelect spec={spec} selected={query.filters[FILTER_PARAMS[spec.name]]?.[0] ?? ''} counts={result.facets[FILTER_PARAMS[spec.name]]} />)}
          <div class="field">
            <label for="sort">並び順</label>
            <select id="sort" name="sort">
              {SORT_CHOICES.map((choice) => <option value={choice.value} selected={query.sort === choice.value}>{choice.label}</option>)}
            </select>
          </div>
        </details>
        <button class="button" type="submit">この条件で探す</button>
      </form>
      <p role="status">{filtered ? `${props.total}件中 ${result.count}件のデータセットが見つかりました。` : `${props.total}件のデータセットがあります。`}</p>
      {result.count === 0 ? <p>条件に合うデータセットはありませんでした。キーワードを変えるか、<a href={`${base}/opendata`}>すべてのデータセット</a>をご覧ください。</p> : null}
      <ul class="dataset-list">{result.results.map((entry) => <DatasetItem base={base} entry={entry} />)}</ul>
      {previous !== undefined || next !== undefined ? (
        <nav aria-label="ページ送り" class="pager">
          {previous !== undefined ? <a href={`${base}/opendata?${catalogQueryString(query, previous)}`}>前の{PAGE_SIZE}件</a> : null}
          {next !== undefined ? <a href={`${base}/opendata?${catalogQueryString(query, next)}`}>次の{PAGE_SIZE}件</a> : null}
        </nav>
      ) : null}
      {props.hasSample ? <p class="hint">「サンプルデータ」と表示されたデータセットは、システムの試用のために作成した架空のデータです。</p> : null}
    </>
  );
}
