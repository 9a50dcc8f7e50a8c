import { CsrfField, ErrorSummary, type FieldError } from '../views/form-fields.tsx';
import type { AnswerSection } from '../forms/format-answer.ts';

export interface CheckPageProps {
  title: string;
  sections: AnswerSection[];
  /** Questions answered from the My Number card: shown as such, with no 変更 link. */
  fromCard: readonly string[];
  changeHref: (pageId: string) => string;
  action: string;
  csrfToken: string;
  declaration: string;
  errors: FieldError[];
  backHref: string;
  submitLabel?: string;
  /** The counter records how the clerk checked the resident's identity. */
  extra?: unknown;
}

/** 申請内容の確認: every answer with a 変更 link, the declaration, then submit. */
export function CheckPage(props: CheckPageProps) {
  return (
    <>
      <p><a class="back-link" href={props.backHref}>戻る</a></p>
      <ErrorSummary errors={props.errors} />
      <h1>申請内容の確認</h1>
      <p>手続き：{props.title}</p>
      <p>まだ申請は完了していません。内容を確認し、間違いがなければ下のボタンで申請してください。</p>
      {props.sections.map((section) => (
        <section aria-labelledby={`s-${section.pageId}`}>
          <h2 id={`s-${section.pageId}`}>{section.heading}</h2>
          <dl class="answers">
            {section.rows.map((row) => (
              <div>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
                {!row.item && props.fromCard.includes(row.field) ? (
                  <dd><span class="status-tag">マイナンバーカードの情報</span></dd>
                ) : (
                  <dd><a href={props.changeHref(section.pageId)}>変更<span class="visually-hidden">（{row.label}）</span></a></dd>
                )}
              </div>
            ))}
          </dl>
        </section>
      ))}
      <form method="post" action={props.action}>
        <CsrfField token={props.csrfToken} />
        {props.extra as never}
        <h2>申請にあたっての確認</h2>
        <div class="field">
          <fieldset class="choices" aria-describedby={props.errors.length ? 'declaration-error' : undefined}>
            <legend>{props.declaration}<span class="required">※必須</span></legend>
            {props.errors.some((e) => e.field === 'declaration') ? <p class="field-error" id="declaration-error">{props.errors.find((e) => e.field === 'declaration')!.message}</p> : null}
            <div class="choice">
              <input type="checkbox" id="declaration" name="declaration" value="yes" aria-invalid={props.errors.some((e) => e.field === 'declaration') ? 'true' : undefined} />
              <label for="declaration">上記の内容を確認し、同意します</label>
            </div>
          </fieldset>
        </div>
        <button class="button" type="submit">{props.submitLabel ?? 'この内容で申請する'}</button>
      </form>
    </>
  );
}
