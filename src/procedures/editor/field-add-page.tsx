import { CsrfField, type FieldError } from '../../views/form-fields.tsx';
import { EditorErrors } from './inputs.tsx';
import { NewFieldInputs } from './new-field-inputs.tsx';
import type { Raw } from './raw-form.ts';

/** A new question at the end of a page: its kind, wording and options; the rest is set on the question's own page. */
export function FieldAddPage(props: { action: string; backHref: string; csrfToken: string; pageTitle: string; raw: Raw; errors: FieldError[] }) {
  return (
    <>
      <p><a class="back-link" href={props.backHref}>編集画面に戻る（追加せずに戻ります）</a></p>
      <EditorErrors errors={props.errors} title="追加できませんでした。次の点を直してください" />
      <h1>質問の追加：{props.pageTitle}</h1>
      <p>ページ「{props.pageTitle}」の最後に質問を追加します。順番は後から変えられます。</p>
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrfToken} />
        <NewFieldInputs raw={props.raw} errors={props.errors} />
        <div class="actions"><button class="button" type="submit">質問を追加する</button></div>
      </form>
    </>
  );
}
