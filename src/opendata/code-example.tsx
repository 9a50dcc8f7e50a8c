/** The shortest way to use the dataset from code: the file URL and the API, in the languages most reusers start with. */
export function CodeExample(props: { csvUrl: string; jsonUrl: string; apiUrl: string }) {
  return (
    <section aria-labelledby="code-example">
      <h2 id="code-example">プログラムから使う</h2>
      <p>ファイルのURLは版が更新されても変わりません。APIはCKAN互換です（<a href={props.apiUrl}>このデータセットのAPI応答</a>）。</p>
      <h3>コマンドライン（curl）</h3>
      <pre><code>{`curl -O ${props.csvUrl}`}</code></pre>
      <h3>JavaScript</h3>
      <pre><code>{`const rows = await (await fetch('${props.jsonUrl}')).json();\nconsole.log(rows.length, rows[0]);`}</code></pre>
      <h3>Python（pandas）</h3>
      <pre><code>{`import pandas as pd\ndf = pd.read_csv('${props.csvUrl}', dtype=str, keep_default_na=False)`}</code></pre>
    </section>
  );
}
