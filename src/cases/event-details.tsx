import type { AnswerChange } from '../forms/answer-changes.ts';
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
    <table class="changes stack">
      <caption>{props.caption}</caption>
      <thead><tr><th scope="col">項目</th><th scope="col">変更前</th><th scope="col">変更後</th></tr></thead>
      <tbody>
        {props.changes.map((change) => (
          <tr>
            <th scope="row" data-label="項目">{change.label}</th>
            <td data-label="変更前">{change.before}</td>
            <td data-label="変更後">{change.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
