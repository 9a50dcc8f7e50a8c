import { fileStem, type CatalogEntry, type FileFormat, type VersionSummary } from './catalog.ts';
import { linksFor, type PublicLinks } from './public-links.ts';
import type { DatasetRow } from './schema.ts';
import { CodeExample } from './code-example.tsx';
import { KIND_LABELS, REQUIREMENT_LABELS } from './column-labels.ts';
import { categoryLabel, FORMAT_LABELS, frequencyLabel, licenceOf } from './labels.ts';
import { SampleNotice } from './sample-notice.tsx';
import { PreviewTable } from './preview-table.tsx';
import { StackTable } from '../views/stack-table.tsx';
import { formatDateJa } from '../views/format-date.ts';

const FORMAT_NOTES: Record<FileFormat, string> = {
  csv: '表計算ソフトで開けます。文字コードUTF-8（BOM付き）、改行CRLF、全国共通の列名です。',
  json: 'プログラムから使いやすい形式です。1行が1つのオブジェクトです。',
  geojson: '地図ソフト・地図アプリで位置を表示できます。',
  xlsx: 'Excelでそのまま開けます。すべてのセルは文字列です。',
};

export interface DatasetPageProps {
  base: string;
  /** Absolute address of the tenant's site, for URLs people copy into code. */
  site: string;
  entry: CatalogEntry;
  versions: VersionSummary[];
  preview: { columns: string[]; rows: string[][] };
  municipalityName: string;
}

function Downloads(props: { links: PublicLinks; dataset: DatasetRow; formats: FileFormat[] }) {
  const stem = fileStem(props.dataset);
  return (
    <ul class="download-list">
      {props.formats.map((format) => (
        <li>
          <a class="button button-secondary" href={props.links.file(props.dataset, format)} download={format === 'csv' || format === 'xlsx' ? `${stem}.${format}` : undefined}>
            {FORMAT_LABELS[format]}をダウンロード
          </a>
          <span class="hint">{FORMAT_NOTES[format]}</span>
        </li>
      ))}
    </ul>
  );
}

function About(props: { entry: CatalogEntry; municipalityName: string }) {
  const { dataset, latest } = props.entry;
  const licence = licenceOf(dataset.licence);
  return (
    <table class="meta-table">
      <caption class="visually-hidden">データセットの情報</caption>
      <tbody>
        <tr><th scope="row">ライセンス</th><td>{licence.url ? <a href={licence.url}>{licence.title}</a> : licence.title}<br /><span class="hint">政府標準利用規約（第2.0版）と互換です。出典（「{props.municipalityName}」とデータセット名）を記載すれば、商用を含め自由に利用できます。</span></td></tr>
        <tr><th scope="row">担当課</th><td>{props.entry.departmentName}</td></tr>
        <tr><th scope="row">分類</th><td>{categoryLabel(dataset.category)}</td></tr>
        <tr><th scope="row">キーワード</th><td>{dataset.keywords.join('、')}</td></tr>
        <tr><th scope="row">更新頻度</th><td>{frequencyLabel(dataset.updateFrequency)}</td></tr>
        <tr><th scope="row">準拠する標準</th><td>{props.entry.standardTitle ? `自治体標準オープンデータセット「${props.entry.standardTitle}」` : '独自の形式（列の説明は下にあります）'}</td></tr>
        <tr><th scope="row">公開日</th><td>{formatDateJa(dataset.issuedAt)}</td></tr>
        <tr><th scope="row">最終更新日</th><td>{formatDateJa(dataset.modifiedAt)}</td></tr>
        <tr><th scope="row">版・件数</th><td>第{latest.version}版・{latest.rowCount}件</td></tr>
      </tbody>
    </table>
  );
}

function Preview(props: { preview: DatasetPageProps['preview']; total: number }) {
  return (
    <section aria-labelledby="preview">
      <h2 id="preview">データの中身（最初の{props.preview.rows.length}件）</h2>
      <p class="hint">全{props.total}件のうち最初の行です。町名やコードなど全行に共通の列を除き、値のある列を8列まで表示しています。表は横にスクロールできます。すべての列はファイルでご覧ください。</p>
      <PreviewTable columns={props.preview.columns} rows={props.preview.rows} label="データの中身の表（横にスクロールできます）" />
    </section>
  );
}

function Columns(props: { entry: CatalogEntry }) {
  const specs = new Map(props.entry.columnSpecs.map((spec) => [spec.name, spec]));
  return (
    <details>
      <summary>列の説明（{props.entry.latest.columns.length}列）</summary>
      <div class="table-scroll" tabindex={0} role="region" aria-label="列の説明の表">
        <StackTable
          caption="列の説明"
          columns={['列名', '区分', '形式', '説明']}
          rowHeader
          rows={props.entry.latest.columns.map((name) => {
            const spec = specs.get(name);
            return [name, spec ? REQUIREMENT_LABELS[spec.requirement] : '標準外', spec ? KIND_LABELS[spec.kind] : '文字', spec?.description ?? ''];
          })}
        />
      </div>
    </details>
  );
}

function Versions(props: { links: PublicLinks; dataset: DatasetRow; versions: VersionSummary[] }) {
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">更新の履歴</h2>
      <ul class="version-list">
        {props.versions.map((v) => (
          <li>
            第{v.version}版（{formatDateJa(v.publishedAt)}・{v.rowCount}件）{v.note ? `：${v.note}` : ''}{' '}
            <a href={props.links.file(props.dataset, 'csv', v.version)}>CSV<span class="visually-hidden">（第{v.version}版）</span></a>{' '}
            <a href={props.links.file(props.dataset, 'json', v.version)}>JSON<span class="visually-hidden">（第{v.version}版）</span></a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DatasetPage(props: DatasetPageProps) {
  const { entry, base } = props;
  const relative = linksFor(base);
  const absolute = linksFor(props.site);
  const { dataset } = entry;
  return (
    <>
      <p class="back-link"><a href={`${base}/opendata`}>オープンデータの一覧に戻る</a></p>
      <h1>{dataset.title}</h1>
      {dataset.sample ? <SampleNotice what="このデータセット" /> : null}
      <p class="lead">{dataset.description}</p>
      <h2>ダウンロード</h2>
      <Downloads links={relative} dataset={dataset} formats={entry.formats} />
      {entry.geographic ? <p><a href={`${base}/opendata/datasets/${dataset.slug}/map`}>地図と一覧で見る</a></p> : null}
      <h2>このデータについて</h2>
      <About entry={entry} municipalityName={props.municipalityName} />
      <Preview preview={props.preview} total={entry.latest.rowCount} />
      <Columns entry={entry} />
      <Versions links={relative} dataset={dataset} versions={props.versions} />
      <CodeExample csvUrl={absolute.file(dataset, 'csv')} jsonUrl={absolute.file(dataset, 'json')} apiUrl={`${base}/api/3/action/package_show?id=${dataset.slug}`} />
      <h2>メタデータ</h2>
      <ul>
        <li><a href={`${base}/dataset/${dataset.slug}.jsonld`}>DCAT（JSON-LD）</a></li>
        <li><a href={`${base}/dataset/${dataset.slug}.ttl`}>DCAT（Turtle）</a></li>
      </ul>
    </>
  );
}
