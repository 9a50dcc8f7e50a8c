import type { Child } from 'hono/jsx';
import { CsrfField } from '../../views/form-fields.tsx';

/** Before the draft goes live: what changes for residents, a last look at the preview, one button. */
export function PublishPage(props: { editorHref: string; csrfToken: string; title: string; version: number; published: number | null; changes: string[] }) {
  return (
    <>
      <p><a class="back-link" href={props.editorHref}>編集画面に戻る</a></p>
      <h1>下書き（第{props.version}版）の公開：{props.title}</h1>
      <p>公開すると、住民向けの手続き一覧・案内・申請画面がすぐにこの版に切り替わります。{props.published === null ? '' : `いま公開している第${props.published}版は、過去の版として残ります。`}入力途中や申請済みの申請は、始めたときの版のまま扱われます。公開した版は変更できなくなり、その後の変更は新しい下書きになります。</p>
      <h2>公開中の版からの変更点</h2>
      <ul>{props.changes.map((line) => <li>{line}</li>)}</ul>
      <p><a href={`${props.editorHref}/versions/${props.version}/preview`}>公開する前にプレビューで確認する</a></p>
      <form method="post" action={`${props.editorHref}/publish`}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="version" value={String(props.version)} />
        <div class="actions">
          <button class="button" type="submit">第{props.version}版を公開する</button>
          <a class="button button-secondary" href={props.editorHref}>公開せずに戻る</a>
        </div>
      </form>
    </>
  );
}

/** What stops a removal, and where to change it. */
export interface Blocker {
  text: string;
  href?: string;
}

/** A step of its own before something that cannot be undone. */
export function ConfirmPage(props: { backHref: string; csrfToken: string; title: string; action: string; button: string; children?: Child; blocked?: Blocker[] }) {
  return (
    <>
      <p><a class="back-link" href={props.backHref}>戻る</a></p>
      <h1>{props.title}</h1>
      {props.children}
      {props.blocked?.length ? (
        <div class="notice notice-warning">
          <p><strong>このままでは削除できません。</strong>先に次の点を直してください。条件がこの答えを使っている場合は、その条件を外すか、変更してください。</p>
          <ul>{props.blocked.map((item) => <li>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>)}</ul>
        </div>
      ) : (
        <form method="post" action={props.action}>
          <CsrfField token={props.csrfToken} />
          <div class="actions">
            <button class="button button-danger" type="submit">{props.button}</button>
            <a class="button button-secondary" href={props.backHref}>やめて戻る</a>
          </div>
        </form>
      )}
    </>
  );
}
