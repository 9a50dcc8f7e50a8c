import { desc } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { mailMessages, type MailMessageRow } from './schema.ts';

/** Newest mail first; call inside withTenant so staff see only their own municipality's mail. */
export function listOutbox(tx: Queryable, limit = 50): Promise<MailMessageRow[]> {
  return tx.select().from(mailMessages).orderBy(desc(mailMessages.createdAt), desc(mailMessages.id)).limit(limit);
}
