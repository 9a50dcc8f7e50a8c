import { pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Every message the town sends; in development the transport keeps them here as the dev outbox. */
export const mailMessages = pgTable('mail_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  status: text('status').notNull().default('queued'),
  transport: text('transport'),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
});

export type MailMessageRow = typeof mailMessages.$inferSelect;
