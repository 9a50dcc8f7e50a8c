import type { Child } from 'hono/jsx';
import { CsrfField, type FieldError } from '../../views/form-fields.tsx';
import { ConditionFields } from './condition-fields.tsx';
import type { ConditionDraft, ConditionSubject } from './condition-ops.ts';
import { EditorErrors } from './inputs.tsx';

export interface ConditionPageProps {
  action: string;
  backHref: string;
  csrfToken: string;
  title: string;
  /** What the condition does, in one sentence. */
  purpose: string;
  /** The condition saved now, in words, or what happens without one. */
  current: string;
  /** Undefined when the saved condition nests groups the form cannot show. */
  draft?: ConditionDraft;
  subjects: ConditionSubject[];
  errors: FieldError[];
  /** Label of the button that removes the condition, when there is one to remove. */
  clearLabel?: string;
  saveLabel?: string;
  /** Inputs before the condition (a check's level and message). */
  before?: Child;
  after?: Child;
  /** Which questions the condition may read, said under the form. */
  allowed?: string;
}

export const ALLOWED_FOR_QUESTION = '条件に使えるのは、前のページにある質問と、同じページでこの質問より前にある質問です（くり返しのページの質問は使えません）。';

/** A condition built from choices; 「表示を更新する」 shows the answers of a newly chosen question (automatic with JavaScript). */
export function ConditionPage(props: ConditionPageProps) {
  return (
    <>
      <p><a class="back-link" href={props.backHref}>戻る（保存せずに戻ります）</a></p>
      <EditorErrors errors={props.errors} />
      <h1>{props.title}</h1>
      <p>{props.purpose}</p>
      <p>いまの設定：{props.current}</p>
      {props.subjects.length === 0 ? (
        <p class="notice">条件に使える質問がありません。{props.allowed ?? ALLOWED_FOR_QUESTION}</p>
      ) : (
        <form method="post" action={props.action} novalidate data-condition-form="true">
          <CsrfField token={props.csrfToken} />
          {props.before}
          {props.draft ? (
            <ConditionFields draft={props.draft} subjects={props.subjects} errors={props.errors} />
          ) : (
            <p class="notice notice-warning">この条件は組み合わせが入れ子になっているため、この画面では変更できません。上級者向け（JSON）で編集するか、条件をなくしてから作り直してください。</p>
          )}
          {props.after}
          <div class="actions">
            {props.draft ? <button class="button" type="submit" name="_action" value="save">{props.saveLabel ?? '条件を保存する'}</button> : null}
            {props.draft ? <button class="button button-secondary" type="submit" name="_action" value="refresh" data-refresh-button="true">表示を更新する</button> : null}
            {props.draft && props.draft.rows.length < 10 ? <button class="button button-secondary" type="submit" name="_action" value="add-row">条件を追加する</button> : null}
            {props.clearLabel ? <button class="button button-secondary" type="submit" name="_action" value="clear">{props.clearLabel}</button> : null}
          </div>
          <p class="hint form-footnote">{props.allowed ?? ALLOWED_FOR_QUESTION}</p>
        </form>
      )}
    </>
  );
}
