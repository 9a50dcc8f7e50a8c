import { ErrorSummary, type FieldError } from '../views/form-fields.tsx';
import { CaseActionForms } from './case-action-forms.tsx';
import { DONE_MESSAGES, type CaseActionKind } from './case-action-input.ts';
import type { KeptAction } from './case-action-forms.tsx';
import { CaseAttachments, CaseHistory } from './case-history.tsx';
import { CaseAnswers, CaseSummary } from './case-summary.tsx';
import type { CaseView } from './case-view.ts';

export interface CasePageProps {
  view: CaseView;
  base: string;
  csrfToken: string;
  today: string;
  done?: CaseActionKind | 'corrected';
  errors: FieldError[];
  kept?: KeptAction;
}

const CORRECTED_MESSAGE = '申請内容を訂正しました。申請者に連絡のメールを送ります。';

/** One application as the staff member handling it sees it: facts, answers, files, history, and what can be done. */
export function CasePage(props: CasePageProps) {
  const { application: a } = props.view;
  const caseHref = `${props.base}/cases/${a.id}`;
  return (
    <>
      <p><a class="back-link" href={`${props.base}/cases`}>申請の一覧に戻る</a></p>
      <ErrorSummary errors={props.errors} />
      {props.done ? <div class="notice" role="status"><p>{props.done === 'corrected' ? CORRECTED_MESSAGE : DONE_MESSAGES[props.done]}</p></div> : null}
      <h1>{a.procedureTitle}<span class="visually-hidden">（受付番号 {a.receiptNumber}）</span></h1>
      <CaseSummary view={props.view} today={props.today} />
      <p><a href={`${caseHref}/print`}>印刷用の画面を開く</a></p>

      <h2>申請内容</h2>
      <ConfirmedWarnings warnings={a.confirmedWarnings as { question: string; message: string }[]} />
      {props.view.canCorrect ? <p><a href={`${caseHref}/correct`}>申請内容を訂正する</a>（電話などで確認した誤りを、理由を記録して直します）</p> : null}
      <CaseAnswers view={props.view} headingLevel="h3" />

      <h2>添付ファイル</h2>
      <p class="hint">添付ファイルは無害化（安全な形式への変換）済みのものです。元のファイルは保存していません。</p>
      <CaseAttachments attachments={props.view.attachments} caseHref={caseHref} links={!a.personalDataDeletedAt} />

      <h2>履歴</h2>
      <CaseHistory events={props.view.events} names={props.view.names} />

      <h2>処理</h2>
      <CaseActionForms caseHref={caseHref} csrfToken={props.csrfToken} actions={props.view.actions} assignees={props.view.assignees} assignedTo={a.assignedTo} errors={props.errors} kept={props.kept} correctable={props.view.correctable} />
    </>
  );
}

/** Unusual answers the resident was asked about and confirmed: worth a second look. */
function ConfirmedWarnings(props: { warnings: { question: string; message: string }[] }) {
  if (props.warnings.length === 0) return null;
  return (
    <div class="notice notice-warning">
      <p><strong>申請者が「間違いない」と確認した注意事項があります（{props.warnings.length}件）</strong></p>
      <ul>
        {props.warnings.map((warning) => <li>{warning.question}：{warning.message}</li>)}
      </ul>
    </div>
  );
}
