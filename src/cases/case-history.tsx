import { formatDateTime } from '../views/format-date.ts';
import { actorName, attachmentSizeText, EVENT_LABELS, statusLabel } from './case-labels.ts';
import type { ApplicationAttachmentRow, ApplicationEventRow } from './schema.ts';
import { EventDetails } from './event-details.tsx';

/** Files as the sanitiser left them; each opens in the browser from the internal zone. */
export function CaseAttachments(props: { attachments: ApplicationAttachmentRow[]; caseHref: string; links: boolean }) {
  if (props.attachments.length === 0) return <p>添付ファイルはありません。</p>;
  return (
    <ul class="attachment-list">
      {props.attachments.map((file) => {
        const name = `${file.label}：${file.filename}`;
        const facts = `（${file.round === 0 ? '申請時' : `補正への回答 ${file.round}回目`}、${attachmentSizeText(file)}）`;
        return (
          <li>
            {props.links && file.storageKey ? <a href={`${props.caseHref}/attachments/${file.id}`}>{name}</a> : name}
            {facts}
          </li>
        );
      })}
    </ul>
  );
}

/** The whole history, oldest first; entries the resident never sees are marked 内部メモ in words. */
export function CaseHistory(props: { events: ApplicationEventRow[]; names: Map<string, string> }) {
  return (
    <ol class="case-history">
      {props.events.map((event) => (
        <li class={event.internal ? 'history-internal' : undefined}>
          <p class="history-head">
            <time datetime={event.at.toISOString()}>{formatDateTime(event.at)}</time>{'　'}
            <strong>{EVENT_LABELS[event.kind] ?? event.kind}</strong>（{actorName(event, props.names)}）
            {event.internal ? <span class="status-tag">申請者には表示されません</span> : null}
          </p>
          {event.toStatus && event.fromStatus !== event.toStatus ? (
            <p class="history-status">状態：{event.fromStatus ? `${statusLabel(event.fromStatus)} → ` : ''}{statusLabel(event.toStatus)}</p>
          ) : null}
          {event.message ? <p class="history-message">{event.message}</p> : null}
          <EventDetails detail={event.detail} />
        </li>
      ))}
    </ol>
  );
}
