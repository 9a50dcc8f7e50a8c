import { CsrfField, ErrorSummary, TextareaField, type FieldError } from '../views/form-fields.tsx';
import { formatBothCalendars } from '../forms/inputs/wareki-date.ts';
import { formatDateTime } from '../views/format-date.ts';
import { lastDayKept } from './retention-date.ts';
import type { ApplicationAttachmentRow, ApplicationEventRow, ApplicationRow } from './schema.ts';
import { isClosed, STATUS_EXPLANATIONS, STATUS_LABELS, type ApplicationStatus } from './status.ts';

const EVENT_LABELS: Record<string, string> = {
  submitted: '申請',
  request_correction: '補正のお願い',
  correction_answered: '補正への回答',
  complete: '完了',
  reject: '却下',
  withdrawn: '取下げ',
};

export interface ApplicationStatusProps {
  base: string;
  application: ApplicationRow;
  events: ApplicationEventRow[];
  attachments: ApplicationAttachmentRow[];
  csrfToken: string;
  errors: FieldError[];
  message?: string;
  notice?: string;
}

const STEPS: ApplicationStatus[] = ['received', 'in_review', 'completed'];

export function ApplicationStatusPage(props: ApplicationStatusProps) {
  const a = props.application;
  const status = a.status as ApplicationStatus;
  const action = `${props.base}/mypage/applications/${a.id}`;
  return (
    <>
      <p><a class="back-link" href={`${props.base}/mypage/applications`}>申請の一覧に戻る</a></p>
      <ErrorSummary errors={props.errors} />
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      <h1>{a.procedureTitle}</h1>
      <dl class="answers">
        <div><dt>受付番号</dt><dd>{a.receiptNumber}</dd></div>
        <div><dt>受付日時</dt><dd>{formatDateTime(a.submittedAt)}</dd></div>
        <div><dt>現在の状況</dt><dd><strong>{STATUS_LABELS[status]}</strong>　{STATUS_EXPLANATIONS[status]}</dd></div>
        {isClosed(status) && a.decidedAt ? (
          <div><dt>個人情報の保存期限</dt><dd>{formatBothCalendars(lastDayKept(a.decidedAt, a.retentionYears))}まで保存し、その後、申請内容などの個人情報を削除します。</dd></div>
        ) : null}
      </dl>
      <ol class="steps" aria-label="手続きの流れ">
        {STEPS.map((step) => <li aria-current={step === status ? 'step' : undefined}>{STATUS_LABELS[step]}{step === status ? '（現在）' : ''}</li>)}
      </ol>
      <p><a class="button button-secondary" href={`${action}/copy.pdf`}>申請内容の控え（PDF）</a></p>
      {status === 'correction_requested' ? (
        <section aria-labelledby="correction">
          <h2 id="correction">補正への回答</h2>
          <form method="post" action={`${action}/correction`} enctype="multipart/form-data">
            <CsrfField token={props.csrfToken} />
            <TextareaField id="message" label="回答の内容" hint="依頼された内容への回答や、補足があれば書いてください（2,000文字まで）。" error={props.errors.find((e) => e.field === 'message')?.message} value={props.message} />
            <div class="field">
              <label for="file">追加する書類<span class="optional">※任意</span></label>
              <span class="hint" id="file-hint">PDF、JPEG、PNG、HEIC（iPhoneの写真）で10MBまで。カメラで撮影することもできます。</span>
              {props.errors.some((e) => e.field === 'file') ? <p class="field-error" id="file-error">{props.errors.find((e) => e.field === 'file')!.message}</p> : null}
              <input id="file" name="file" type="file" accept="image/jpeg,image/png,image/heic,image/heif,application/pdf,.heic" aria-describedby="file-hint" />
            </div>
            <button class="button" type="submit">回答を送る</button>
          </form>
        </section>
      ) : null}
      <h2>これまでの経過</h2>
      <ol class="history">
        {props.events.map((event) => (
          <li>
            <strong>{formatDateTime(event.at)}　{EVENT_LABELS[event.kind] ?? STATUS_LABELS[event.toStatus as ApplicationStatus] ?? event.kind}</strong>
            {event.message ? <p class="history-message">{event.message}</p> : null}
          </li>
        ))}
      </ol>
      {props.attachments.length > 0 ? (
        <>
          <h2>提出した書類</h2>
          <ul>{props.attachments.map((file) => <li>{file.label}：{file.filename}{file.round > 0 ? `（補正${file.round}回目）` : ''}</li>)}</ul>
        </>
      ) : null}
      {!isClosed(status) ? (
        <section aria-labelledby="withdraw">
          <h2 id="withdraw">申請の取下げ</h2>
          <p>まだ処理が終わっていないため、申請を取り下げることができます。取り下げた申請は元に戻せません。</p>
          <form method="post" action={`${action}/withdraw`}>
            <CsrfField token={props.csrfToken} />
            <div class="field">
              <label for="reason">取り下げる理由<span class="optional">※任意</span></label>
              <input id="reason" name="reason" type="text" maxlength={200} />
            </div>
            <button class="button button-danger" type="submit">この申請を取り下げる</button>
          </form>
        </section>
      ) : null}
    </>
  );
}
