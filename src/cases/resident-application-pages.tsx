import { CsrfField, ErrorSummary, TextareaField, type FieldError } from '../views/form-fields.tsx';
import { formatBothCalendars } from '../forms/inputs/wareki-date.ts';
import { formatFileSize } from '../views/format-size.ts';
import { ProcedureHeading } from '../forms/procedure-name.tsx';
import { formatDateTime } from '../views/format-date.ts';
import { lastDayKept } from './retention-date.ts';
import type { ApplicationAttachmentRow, ApplicationEventRow, ApplicationRow } from './schema.ts';
import { isClosed, STATUS_EXPLANATIONS, STATUS_LABELS, type ApplicationStatus } from './status.ts';
import type { CorrectionRequest } from './corrections.ts';
import { EventDetails } from './event-details.tsx';
import { requestedLabel } from './requested-field.ts';

const EVENT_LABELS: Record<string, string> = {
  submitted: '申請',
  request_correction: '補正のお願い',
  correction_answered: '補正への回答',
  staff_correction: '担当者による申請内容の訂正',
  complete: '完了',
  reject: '却下',
  withdrawn: '取下げ',
};

export interface ApplicationStatusProps {
  base: string;
  application: ApplicationRow;
  events: ApplicationEventRow[];
  attachments: ApplicationAttachmentRow[];
  /** The correction request the resident is to answer, when the case waits for one. */
  request?: CorrectionRequest;
  department: { name: string; phone: string; openingHours: string };
  csrfToken: string;
  errors: FieldError[];
  message?: string;
  notice?: string;
}

interface Step {
  label: string;
  state: 'done' | 'current' | 'todo';
}

/** The way from application to decision as far as it went: 補正 and 取下げ appear when they happened. */
function stepsOf(status: ApplicationStatus, events: ApplicationEventRow[]): Step[] {
  const asked = status === 'correction_requested' || events.some((e) => e.kind === 'request_correction');
  const order: ApplicationStatus[] = ['received', 'in_review', ...(asked ? (['correction_requested'] as const) : []), isClosed(status) ? status : 'completed'];
  const at = order.indexOf(status);
  return order.map((step, index) => ({ label: STATUS_LABELS[step], state: index < at ? 'done' : index === at ? 'current' : 'todo' }));
}

function Steps(props: { steps: Step[] }) {
  return (
    <ol class="steps" aria-label="手続きの流れ">
      {props.steps.map((step) => (
        <li class={`step-${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
          {step.label}
          <span class="step-state">{step.state === 'current' ? '（現在）' : step.state === 'done' ? '（済）' : ''}</span>
        </li>
      ))}
    </ol>
  );
}

function CorrectionSection(props: ApplicationStatusProps & { action: string }) {
  const { request } = props;
  const fields = request?.fields ?? [];
  return (
    <section aria-labelledby="correction" class="notice notice-warning">
      <h2 id="correction">補正のお願い</h2>
      {request ? <p class="history-message">{request.message}</p> : null}
      {fields.length > 0 ? (
        <>
          <p>次の項目を直してください。いまの回答が入った入力画面が開きます。</p>
          <ul>{fields.map((field) => <li>{requestedLabel(field)}</li>)}</ul>
          <form method="post" action={`${props.action}/correction/start`}>
            <CsrfField token={props.csrfToken} />
            <button class="button" type="submit">申請内容を直す</button>
          </form>
          <p class="hint">入力した内容は各ページで保存されます。途中でやめても、このボタンから続きを入力できます。</p>
        </>
      ) : (
        <form method="post" action={`${props.action}/correction`} enctype="multipart/form-data">
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
      )}
    </section>
  );
}

export function ApplicationStatusPage(props: ApplicationStatusProps) {
  const a = props.application;
  const status = a.status as ApplicationStatus;
  const action = `${props.base}/mypage/applications/${a.id}`;
  return (
    <>
      <p><a class="back-link" href={`${props.base}/mypage/applications`}>申請の一覧に戻る</a></p>
      <ErrorSummary errors={props.errors} />
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      <ProcedureHeading names={{ title: a.procedureTitle, plainTitle: a.procedurePlainTitle }} />
      <Steps steps={stepsOf(status, props.events)} />
      <dl class="answers">
        <div><dt>現在の状況</dt><dd><strong>{STATUS_LABELS[status]}</strong>　{STATUS_EXPLANATIONS[status]}</dd></div>
        <div><dt>受付番号</dt><dd>{a.receiptNumber}</dd></div>
        <div><dt>受付日時</dt><dd>{formatDateTime(a.submittedAt)}</dd></div>
        {isClosed(status) ? (
          a.decidedAt ? <div><dt>{status === 'withdrawn' ? '取り下げた日時' : '処理が終わった日時'}</dt><dd>{formatDateTime(a.decidedAt)}</dd></div> : null
        ) : (
          <div><dt>処理の目安</dt><dd>{formatBothCalendars(a.dueDate)}ごろまで（土日祝日・年末年始を除く日数で数えています。補正をお願いしている間は遅れることがあります）</dd></div>
        )}
        <div><dt>お問い合わせ先</dt><dd>{props.department.name}　電話 <a href={`tel:${props.department.phone}`}>{props.department.phone}</a>（{props.department.openingHours}）<br />お問い合わせの際は、受付番号をお伝えください。</dd></div>
        {isClosed(status) && a.decidedAt ? (
          <div><dt>個人情報の保存期限</dt><dd>{formatBothCalendars(lastDayKept(a.decidedAt, a.retentionYears))}まで保存し、その後、申請内容などの個人情報を削除します。</dd></div>
        ) : null}
      </dl>
      {status === 'correction_requested' ? <CorrectionSection {...props} action={action} /> : null}
      <p><a class="button button-secondary" href={`${action}/copy.pdf`}>申請内容の控え（PDF）</a></p>
      <h2>これまでの経過</h2>
      <ol class="history">
        {props.events.map((event) => (
          <li>
            <strong>{formatDateTime(event.at)}　{EVENT_LABELS[event.kind] ?? STATUS_LABELS[event.toStatus as ApplicationStatus] ?? event.kind}</strong>
            {event.message ? <p class="history-message">{event.message}</p> : null}
            <EventDetails detail={event.detail} />
          </li>
        ))}
      </ol>
      {props.attachments.length > 0 ? (
        <>
          <h2>提出した書類</h2>
          <ul>{props.attachments.map((file) => <li>{file.label}：{file.filename}（{formatFileSize(file.uploadedSize ?? file.size)}{file.round > 0 ? `、補正${file.round}回目` : ''}）</li>)}</ul>
        </>
      ) : null}
      {!isClosed(status) ? (
        <section aria-labelledby="withdraw">
          <h2 id="withdraw">申請の取下げ</h2>
          <p>まだ処理が終わっていないため、申請を取り下げることができます。</p>
          <p><a class="button button-secondary" href={`${action}/withdraw`}>申請を取り下げる</a></p>
        </section>
      ) : null}
    </>
  );
}

/** 取下げ on its own page: what happens, an optional reason, and a way back without doing it. */
export function WithdrawConfirmPage(props: { base: string; application: ApplicationRow; csrfToken: string }) {
  const a = props.application;
  const action = `${props.base}/mypage/applications/${a.id}`;
  return (
    <>
      <p><a class="back-link" href={action}>申請の状況に戻る</a></p>
      <h1>申請を取り下げますか</h1>
      <dl class="answers">
        <div><dt>手続き</dt><dd>{a.procedureTitle}</dd></div>
        <div><dt>受付番号</dt><dd>{a.receiptNumber}</dd></div>
      </dl>
      <div class="notice notice-warning">
        <p>取り下げると、町はこの申請の審査を行いません。取り下げた申請は元に戻せません。</p>
        <p>同じ手続きが必要になった場合は、あらためて申請してください。申請内容の控えと経過は、取り下げた後もマイページで見ることができます。</p>
      </div>
      <form method="post" action={`${action}/withdraw`}>
        <CsrfField token={props.csrfToken} />
        <div class="field">
          <label for="reason">取り下げる理由<span class="optional">※任意</span></label>
          <span class="hint" id="reason-hint">担当者に伝えたいことがあれば書いてください（200文字まで）。</span>
          <input id="reason" name="reason" type="text" maxlength={200} aria-describedby="reason-hint" />
        </div>
        <div class="actions">
          <button class="button button-danger" type="submit">取り下げる</button>
          <a class="button button-secondary" href={action}>取り下げない（戻る）</a>
        </div>
      </form>
    </>
  );
}
