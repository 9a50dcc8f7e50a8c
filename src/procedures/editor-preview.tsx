import type { PageDefinition } from '../forms/form-definition.ts';

/** Above a preview: which version it is, its pages, and the way back to the editor. */
export function PreviewBar(props: { version: number; editorHref: string; previewHref: string; pages: PageDefinition[]; current?: string }) {
  return (
    <nav class="preview-bar" aria-label="プレビューのページ">
      <p><strong>プレビュー（第{props.version}版）</strong>：住民の方にはこのように表示されます。この画面から申請はできません。<a href={props.editorHref}>編集画面に戻る</a></p>
      <ol>
        <li>{props.current ? <a href={props.previewHref}>手続きの案内</a> : <span aria-current="page">手続きの案内</span>}</li>
        {props.pages.map((page) => (
          <li>{page.id === props.current ? <span aria-current="page">{page.title}</span> : <a href={`${props.previewHref}?page=${page.id}`}>{page.title}</a>}</li>
        ))}
      </ol>
    </nav>
  );
}
