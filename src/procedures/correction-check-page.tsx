import { CsrfField, ErrorSummary, TextareaField, type FieldError } from '../views/form-fields.tsx';
import type { AnswerChange } from '../forms/answer-changes.ts';
import { AnswerChangesTable } from '../cases/event-details.tsx';

export interface CorrectionCheckProps {
  title: string;
  requestMessage: string;
  changes: AnswerChange[];
  action: string;
  csrfToken: string;
  backHref: string;
  /** The first reopened page, to go back and change more. */
  editHref: string;
  errors: FieldError[];
  message?: string;
}

/** 補正の内容の確認: each changed answer before and after, a message and a document to add, then send. */
export function CorrectionCheckPage(props: CorrectionCheckProps) {
  const errorOf = (field: string) => props.errors.find((e) => e.field === field)?.message;
  return (
    <>
      <p><a class="back-link" href={props.backHref}>戻る</a></p>
      <ErrorSummary errors={props.errors} />
      <h1>補正の内容の確認</h1>
      <p>{props.title}の補正の内容です。まだ送信していません。内容を確認し、よろしければ下のボタンで送ってください。</p>
      <div class="notice">
        <p><strong>担当者からのお願い</strong></p>
        <p class="history-message">{props.requestMessage}</p>
      </div>
      {props.changes.length > 0 ? (
        <AnswerChangesTable changes={props.changes} caption={`直した回答（${props.changes.length}件）`} />
      ) : (
        <p>まだ回答を直していません。直す場合は、<a href={props.editHref}>直す項目の入力画面</a>に戻ってください。</p>
      )}
      <p><a href={props.editHref}>回答をさらに直す</a></p>
      <form method="post" action={props.action} enctype="multipart/form-data" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextareaField id="message" label="担当者への連絡" hint="補足があれば書いてください（2,000文字まで）。" error={errorOf('message')} value={props.message} maxLength={2000} />
        <div class="field">
          <label for="file">追加する書類<span class="optional">※任意</span></label>
          <span class="hint" id="file-hint">PDF、JPEG、PNG、HEIC（iPhoneの写真）で10MBまで。カメラで撮影することもできます。</span>
          {errorOf('file') ? <p class="field-error" id="file-error">{errorOf('file')}</p> : null}
          <input id="file" name="file" type="file" accept="image/jpeg,image/png,image/heic,image/heif,application/pdf,.heic" aria-describedby={errorOf('file') ? 'file-hint file-error' : 'file-hint'} aria-invalid={errorOf('file') ? 'true' : undefined} />
        </div>
        <button class="button" type="submit">この内容で補正を送る</button>
      </form>
    </>
  );
}
