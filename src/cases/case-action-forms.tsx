import type { StaffSummary } from '../platform/identity/staff-accounts.ts';
import { STAFF_ROLE_LABELS } from '../platform/identity/staff-roles.ts';
import { CsrfField, TextareaField, type FieldError } from '../views/form-fields.tsx';
import { ACTION_FIELD_IDS, MESSAGE_MAX, type CaseActionKind } from './case-action-input.ts';
import type { RequestedField } from './requested-field.ts';

/** What was typed into the form that failed, kept on the page. */
export interface KeptAction {
  kind: CaseActionKind;
  text: string;
  /** The questions ticked in a correction request. */
  picked?: string[];
}

export interface ActionFormsProps {
  caseHref: string;
  csrfToken: string;
  actions: readonly CaseActionKind[];
  assignees: StaffSummary[];
  assignedTo: string | null;
  errors: FieldError[];
  kept?: KeptAction;
  /** The questions a correction request may reopen. */
  correctable: ReadonlyMap<string, RequestedField>;
}

/** Ticks for the questions the resident is to correct; they are reopened in the form for them. */
function QuestionPicker(props: { correctable: ReadonlyMap<string, RequestedField>; picked: readonly string[] }) {
  if (props.correctable.size === 0) return null;
  const groups = new Map<string, [string, RequestedField][]>();
  for (const entry of props.correctable) groups.set(entry[1].page, [...(groups.get(entry[1].page) ?? []), entry]);
  return (
    <div class="field">
      <fieldset class="choices question-picker" aria-describedby="correction-fields-hint">
        <legend>直していただく項目<span class="optional">※任意</span></legend>
        <span class="hint" id="correction-fields-hint">選んだ項目は、申請者のマイページで入力欄として開き直され、いまの回答が入った状態で表示されます。申請者が直すと、変更前と変更後が履歴に残ります。項目を選ばない場合は、申請者は文章と書類で回答します。</span>
        {[...groups.values()].map((entries) => (
          <div class="question-group">
            <p class="question-group-title">{entries[0]![1].pageTitle}</p>
            {entries.map(([key, field]) => {
              const id = `correction-field-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
              return (
                <div class="choice">
                  <input type="checkbox" id={id} name="fields" value={key} checked={props.picked.includes(key)} />
                  <label for={id}>{field.fieldLabel ?? 'このページ全体'}</label>
                </div>
              );
            })}
          </div>
        ))}
      </fieldset>
    </div>
  );
}

const TEXT_FORMS: Partial<Record<CaseActionKind, { heading: string; name: string; label: string; hint: string; required: boolean; button: string; danger?: boolean }>> = {
  request_correction: { heading: '補正を依頼する', name: 'message', label: '補正を依頼する内容', hint: '申請者にメールで送り、マイページでは直していただく項目の横に表示します。何が違っていて、どのように直すか（追加する書類など）を具体的に書いてください。', required: true, button: '補正を依頼する' },
  complete: { heading: '完了にする', name: 'message', label: '申請者への連絡', hint: '完了のお知らせメールに添えます。受け取り方法など、伝えることがあれば書いてください。', required: false, button: '完了にする' },
  reject: { heading: '却下する', name: 'reason', label: '却下の理由', hint: '申請者にメールで送り、履歴にも残ります。根拠となる規定があれば書き添えてください。', required: true, button: '却下する', danger: true },
  note: { heading: '内部メモを追加', name: 'message', label: '内部メモ', hint: '職員だけが見られます。申請者には表示されず、メールも送りません。', required: true, button: '内部メモを追加する' },
};

/** Exactly the actions allowedActions() offers this staff member now, each as its own form. */
export function CaseActionForms(props: ActionFormsProps) {
  if (props.actions.length === 0) return <p>この申請に対して行える操作はありません。</p>;
  const errorOf = (kind: CaseActionKind) => props.errors.find((e) => e.field === ACTION_FIELD_IDS[kind])?.message;
  const keptText = (kind: CaseActionKind) => (props.kept?.kind === kind ? props.kept.text : undefined);
  const action = (kind: CaseActionKind) => `${props.caseHref}/actions/${kind}`;
  return (
    <>
      {props.actions.includes('take') ? (
        <form method="post" action={action('take')} class="case-action">
          <CsrfField token={props.csrfToken} />
          <h3>担当する</h3>
          <p>あなたがこの申請の担当者になります。受付済の申請は「審査中」になります。</p>
          <button class="button" type="submit">担当する</button>
        </form>
      ) : null}
      {props.actions.includes('assign') && props.assignees.length > 0 ? (
        <form method="post" action={action('assign')} class="case-action">
          <CsrfField token={props.csrfToken} />
          <h3>担当者を変更</h3>
          <div class="field">
            <label for="assign-staff">新しい担当者<span class="required">※必須</span></label>
            {errorOf('assign') ? <p class="field-error" id="assign-staff-error">{errorOf('assign')}</p> : null}
            <select id="assign-staff" name="staffId" aria-invalid={errorOf('assign') ? 'true' : undefined} aria-describedby={errorOf('assign') ? 'assign-staff-error' : undefined}>
              {props.assignees.map((member) => (
                <option value={member.id} selected={member.id === (keptText('assign') ?? props.assignedTo)}>
                  {member.displayName}（{STAFF_ROLE_LABELS[member.role]}）{member.id === props.assignedTo ? '・現在の担当者' : ''}
                </option>
              ))}
            </select>
          </div>
          <button class="button button-secondary" type="submit">担当者を変更する</button>
        </form>
      ) : null}
      {(['request_correction', 'complete', 'reject', 'note'] as const)
        .filter((kind) => props.actions.includes(kind))
        .map((kind) => {
          const form = TEXT_FORMS[kind]!;
          return (
            <form method="post" action={action(kind)} class="case-action" novalidate>
              <CsrfField token={props.csrfToken} />
              <h3>{form.heading}</h3>
              {kind === 'request_correction' ? <QuestionPicker correctable={props.correctable} picked={props.kept?.kind === kind ? (props.kept.picked ?? []) : []} /> : null}
              <TextareaField id={ACTION_FIELD_IDS[kind]} name={form.name} label={form.label} hint={form.hint} required={form.required} error={errorOf(kind)} value={keptText(kind)} maxLength={MESSAGE_MAX} />
              <button class={form.danger ? 'button button-danger' : 'button'} type="submit">{form.button}</button>
            </form>
          );
        })}
    </>
  );
}
