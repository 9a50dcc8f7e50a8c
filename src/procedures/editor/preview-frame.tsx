/** The preview beside (wide screens) or below (phones) the editor: the residents' page in a frame as wide as a phone. */
export function PreviewFrame(props: { src: string; title: string; fullHref: string }) {
  return (
    <aside class="editor-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">プレビュー</h2>
      <p class="hint">変更を保存するたびに更新されます。<a href={props.fullHref}>大きな画面で見る</a></p>
      <iframe class="preview-frame" src={props.src} title={props.title} data-live-preview="true"></iframe>
    </aside>
  );
}
