import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { randomUUID } from 'node:crypto';
import { jobInsert, notifyJobRunners } from '../jobs/enqueue-job.ts';
import type { JobHandler } from '../jobs/job-handler.ts';
import type { MailTransport } from './mail-transport.ts';
import { mailMessages } from './schema.ts';

export const MAIL_DELIVER_JOB = 'mail.deliver';

export interface OutgoingMail {
  municipalityCode: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Records the message and its delivery job in the caller's transaction, so that mail is sent
 * if and only if the work that caused it commits.
 */
export async function queueMail(tx: Queryable, mail: OutgoingMail): Promise<string> {
  const messageId = randomUUID();
  for (const statement of queueMailStatements(tx, mail, messageId)) await statement;
  notifyJobRunners();
  return messageId;
}

/** The message and its delivery job as two inserts, for a caller that sends them with its own statements. */
export function queueMailStatements(tx: Queryable, mail: OutgoingMail, messageId: string) {
  return [
    tx.insert(mailMessages).values({ id: messageId, municipalityCode: mail.municipalityCode, toAddress: mail.to, subject: mail.subject, bodyText: mail.text }),
    jobInsert(tx, { municipalityCode: mail.municipalityCode, kind: MAIL_DELIVER_JOB, payload: { messageId } }),
  ];
}

export function createMailDeliveryHandler(transport: MailTransport, from: string): JobHandler {
  return {
    id: MAIL_DELIVER_JOB,
    async run(payload, { db, job }) {
      const messageId = (payload as { messageId?: unknown } | null)?.messageId;
      if (typeof messageId !== 'string') throw new Error('mail.deliver job has no messageId');
      const [message] = await db.select().from(mailMessages).where(eq(mailMessages.id, messageId));
      if (!message) throw new Error(`mail message ${messageId} not found`);
      // A run reclaimed after a crash may find the message already delivered; do not send it twice.
      if (message.status === 'sent' || message.status === 'dev_outbox') return;
      try {
        await transport.deliver(message, from);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        const lastAttempt = job.attempts >= job.maxAttempts;
        await db
          .update(mailMessages)
          .set({ error: text, transport: transport.id, ...(lastAttempt ? { status: 'failed' } : {}) })
          .where(eq(mailMessages.id, messageId));
        throw error;
      }
      await db
        .update(mailMessages)
        .set({ status: transport.sandbox ? 'dev_outbox' : 'sent', transport: transport.id, sentAt: sql`now()`, error: null })
        .where(eq(mailMessages.id, messageId));
    },
  };
}
