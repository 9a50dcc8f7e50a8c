import type { Config } from './config/config.ts';
import type { Database, Queryable } from './db/database.ts';
import type { createCsrf } from './http/csrf.ts';
import type { HttpMetrics } from './http/metrics.ts';
import type { PageCache } from './http/page-cache.ts';
import type { Logger } from './logger.ts';
import type { MailTransport } from './mail/mail-transport.ts';
import type { MunicipalityDirectory } from './tenancy/municipality-directory.ts';
import type { FileStore } from './storage/file-store.ts';
import type { AuditSigningKey } from './config/audit-key.ts';

/** What the process opened once at start and every route may use. */
export interface Services {
  config: Config;
  secret: string;
  database: Database;
  db: Queryable;
  directory: MunicipalityDirectory;
  logger: Logger;
  metrics: HttpMetrics;
  csrf: ReturnType<typeof createCsrf>;
  mailTransport: MailTransport;
  pageCache: PageCache;
  /** Sanitised attachments; the local disk by default. */
  files: FileStore;
  /** Signing key and store of the audit checkpoints. */
  audit: { key: AuditSigningKey; checkpoints: FileStore };
}
