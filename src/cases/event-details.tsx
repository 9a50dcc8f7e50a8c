import type { AnswerChange } from '../forms/answer-changes.ts';
import { StackTable } from '../views/stack-table.tsx';
import { requestedLabel, type RequestedField } from './requested-field.ts';

interface EventDetail {
  changes?: AnswerChange[];
  fields?: RequestedField[];
}

function detailOf(value: unknown): EventDetail {
  return value && typeof value === 'object' ? (value as EventDetail) : {};
}

/** Answers before and after a correction, as staff and the resident see them in the history. */
export function AnswerChangesTable(props: { changes: AnswerChange[]; caption: string }) {
  return (
    <StackTable class="changes" caption={props.caption} visibleCaption columns={['項目', '変更前', '変更後']} rowHeader rows={props.changes.map((change) => [change.label, change.before, change.after])} />
  );
}

/** What a history entry changed or asked for, below its message. */
export function EventDetails(props: { detail: unknown }) {
  const detail = detailOf(props.detail);
  return (
    <>
      {detail.fields?.length ? (
        <div class="history-fields">
          <p>直していただく項目：</p>
          <ul>{detail.fields.map((field) => <li>{requestedLabel(field)}</li>)}</ul>
        </div>
      ) : null}
      {detail.changes?.length ? <AnswerChangesTable changes={detail.changes} caption={`変更した回答（${detail.changes.length}件）`} /> : null}
    </>
  );
}
