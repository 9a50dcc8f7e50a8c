/** A short guide for developers: where the API is, what it answers, and where its OpenAPI description is. */
export function ApiGuidePage(props: { base: string; site: string }) {
  const api = `${props.site}/api/3/action`;
  return (
    <>
      <p class="back-link"><a href={`${props.base}/opendata`}>オープンデータの一覧に戻る</a></p>
      <h1>オープンデータAPIの使い方</h1>
      <p class="lead">町のオープンデータは、CKAN互換のAPIで取得できます。登録やキーは不要です。</p>
      <h2>主な機能</h2>
      <table>
        <thead><tr><th scope="col">目的</th><th scope="col">URL</th></tr></thead>
        <tbody>
          <tr><td>データセット名の一覧</td><td><code>{`${api}/package_list`}</code></td></tr>
          <tr><td>データセットの検索（q・fq・rows・start・sort・facet.field）</td><td><code>{`${api}/package_search?q=トイレ`}</code></td></tr>
          <tr><td>1件のデータセット</td><td><code>{`${api}/package_show?id=public_toilet`}</code></td></tr>
          <tr><td>担当課の一覧</td><td><code>{`${api}/organization_list`}</code></td></tr>
          <tr><td>ファイル（リソース）1件</td><td><code>{`${api}/resource_show?id=…`}</code></td></tr>
          <tr><td>カタログ全体（DCAT）</td><td><code>{`${props.site}/catalog.ttl`}</code>・<code>{`${props.site}/catalog.jsonld`}</code></td></tr>
          <tr><td>オープンデータ一覧（標準形式CSV）</td><td><code>{`${props.site}/opendata/files/open_data_list.csv`}</code></td></tr>
        </tbody>
      </table>
      <p>APIの詳しい仕様は <a href={`${props.base}/api/3/openapi.json`}>OpenAPI 3.1 形式の説明（JSON）</a> をご覧ください。応答にはETagとLast-Modifiedが付き、条件付きリクエストには304で応えます。gzip圧縮に対応しています。</p>
      <h2>利用条件</h2>
      <p>各データセットのページに記載のライセンス（原則としてCC BY 4.0）に従ってご利用ください。</p>
    </>
  );
}
