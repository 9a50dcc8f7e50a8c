import { createTransport } from 'nodemailer';
import type { MailMessageRow } from './schema.ts';

export interface MailTransport {
  id: string;
  /** A sandbox transport sends nothing; staff read the messages in the development outbox. */
  sandbox?: boolean;
  deliver(message: MailMessageRow, from: string): Promise<void>;
}

/** Sends through the SMTP server named by an smtp:// or smtps:// URL (options may go in its query). */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = createTransport(smtpUrl);
  return {
    id: 'smtp',
    async deliver(message, from) {
      await transporter.sendMail({ from, to: message.toAddress, subject: message.subject, text: message.bodyText });
    },
  };
}

/** Delivers nowhere: the row in mail_messages is the delivered copy, shown in the development outbox. */
export function createDevOutboxTransport(): MailTransport {
  return {
    id: 'dev-outbox',
    sandbox: true,
    deliver: async () => {},
  };
}
