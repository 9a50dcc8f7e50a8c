import type { MailMessageRow } from '../platform/mail/schema.ts';
import { formatDateTime } from '../views/format-date.ts';
import { mailStatusLabel } from './labels.ts';

/** Mail the sandbox transport kept instead of sending, so testers can read it. */
export function OutboxPage(props: { messages: MailMessageRow[] }) {
  return (
    <>
      <h1>開発用送信箱</h1>
      <p class="notice notice-warning">
        これは開発・試験用の送信箱です。ここにあるメールは実際には送信されていません。本番環境では SMTP サーバーを設定し、この画面は表示されません。
      </p>
      {props.messages.length === 0 ? (
        <p>メールはまだありません。</p>
      ) : (
        props.messages.map((message) => (
          <article class="card">
            <h2>{message.subject}</h2>
            <p>宛先：{message.toAddress}　作成日時：{formatDateTime(message.createdAt)}　状態：{mailStatusLabel(message.status)}</p>
            <pre>{message.bodyText}</pre>
          </article>
        ))
      )}
    </>
  );
}
