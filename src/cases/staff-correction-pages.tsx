import { CsrfField, ErrorSummary, TextareaField, type FieldError } from '../views/form-fields.tsx';
import type { AnswerSection } from '../forms/format-answer.ts';
import type { RawValues } from '../forms/answers.ts';
import type { FoundQuestion } from '../forms/revise-answer.ts';
import { RenderField } from '../forms/render-field.tsx';
import { MESSAGE_MAX } from './case-action-input.ts';

/** `{page}:{field}` or `{page}:{field}:{item}`: how a question is named in the correction links. */
export function questionKey(page: string, field: string, item?: number): string {
  return item === undefined ? `${page}:${field}` : `${page}:${field}:${item}`;
}

/** 申請内容の訂正: every answer that staff may correct, each a link to its own form. */
export function CorrectionListPage(props: { caseHref: string; title: string; sections: AnswerSection[]; fileFields: ReadonlySet<string> }) {
  return (
    <>
      <p><a class="back-link" href={props.caseHref}>申請の画面に戻る</a></p>
      <h1>申請内容の訂正</h1>
      <p>{props.title}の回答のうち、電話などで申請者に確認した誤りを直します。訂正した内容と理由は履歴に残り、申請者のマイページにも表示され、メールでもお知らせします。</p>
      <p>申請者に書類の差し替えや回答の追加をお願いする場合は、申請の画面の「補正を依頼する」を使ってください。添付ファイルは、ここでは訂正できません。</p>
      {props.sections.map((section) => (
        <section aria-labelledby={`fix-${section.pageId}`}>
          <h2 id={`fix-${section.pageId}`}>{section.heading}</h2>
          <dl class="answers">
            {section.rows.map((row) => (
              <div>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
                <dd>{props.fileFields.has(`${section.pageId}:${row.field}`) ? null : <a href={`${props.caseHref}/correct/edit?q=${encodeURIComponent(questionKey(section.pageId, row.field, row.item))}`}>訂正する<span class="visually-hidden">（{row.label}）</span></a>}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

export interface CorrectionFormProps {
  caseHref: string;
  csrfToken: string;
  questionKey: string;
  question: FoundQuestion;
  /** The question's label as the list shows it, with the item (児童（2）). */
  label: string;
  current: string;
  raw: RawValues;
  required: boolean;
  errors: FieldError[];
  reason: string;
}

/** The form for one answer: what it says now, the corrected answer, and why. */
export function CorrectionFormPage(props: CorrectionFormProps) {
  const errorOf = (field: string) => props.errors.find((e) => e.field === field)?.message;
  return (
    <>
      <p><a class="back-link" href={`${props.caseHref}/correct`}>訂正する項目の一覧に戻る</a></p>
      <ErrorSummary errors={props.errors} />
      <h1>回答を訂正する：{props.label}</h1>
      <dl class="answers">
        <div><dt>いまの回答</dt><dd>{props.current}</dd></div>
      </dl>
      <form method="post" action={`${props.caseHref}/correct/edit?q=${encodeURIComponent(props.questionKey)}`} novalidate>
        <CsrfField token={props.csrfToken} />
        <RenderField field={props.question.field} id={props.question.id} raw={props.raw} required={props.required} error={props.errors.find((e) => e.field !== 'reason')?.message} note="訂正後の回答を入力してください。" />
        <TextareaField id="reason" label="訂正の理由" required hint="申請者にも表示されます。例：令和8年12月7日、電話で申請者に確認し、番地の誤りを訂正" error={errorOf('reason')} value={props.reason} maxLength={MESSAGE_MAX} />
        <button class="button" type="submit">この内容で訂正する</button>
      </form>
    </>
  );
}
