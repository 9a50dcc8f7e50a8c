import { ConfigError, type Config } from './platform/config/config.ts';
import { configuredIdentityProvider, localIdentityProvider } from './platform/identity/oidc/identity-providers.ts';
import { createIdentityProviderRegistry, type IdentityProviderRegistry } from './platform/identity/provider.ts';
import { createJobHandlers } from './platform/jobs/job-handler.ts';
import { createDevOutboxTransport, createSmtpTransport, type MailTransport } from './platform/mail/mail-transport.ts';
import { createMailDeliveryHandler } from './platform/mail/send-mail.ts';
import { createLocalDiskStore } from './platform/storage/local-disk-store.ts';
import { createS3Store } from './platform/storage/s3-store.ts';
import { createOutboxPurgeJob, OUTBOX_PURGE_JOB } from './platform/jobs/outbox-purge.ts';
import type { FileStore } from './platform/storage/file-store.ts';
import { join } from 'node:path';
import { createRetentionJob, RETENTION_JOB } from './cases/retention.ts';
import { createDraftCleanupJob, DRAFT_CLEANUP_JOB } from './procedures/draft-cleanup.ts';
import { resolveAuditKey } from './platform/config/audit-key.ts';
import { auditCheckpointSchedule, createAuditCheckpointJob } from './platform/audit/audit-checkpoint-job.ts';
import type { CheckpointLog } from './platform/audit/audit-checkpoint.ts';
import { createSearchTextJob, SEARCH_TEXT_JOB } from './cases/search-text-backfill.ts';
import { procedureDefinitions } from './procedures/definitions.ts';
import { nextNightlyRun, type RecurringSchedule } from './platform/jobs/daily-jobs.ts';

/** The enabled plugins of this deployment, listed explicitly. */
export function selectMailTransport(config: Config): MailTransport {
  return config.SMTP_URL ? createSmtpTransport(config.SMTP_URL) : createDevOutboxTransport();
}

/** Where sanitised attachments are kept: the local disk under the data directory. */
/** Uploaded files, PDFs and checkpoints: S3-compatible object storage when configured, else the data folder. */
export function selectFileStore(config: Config): FileStore {
  if (config.YAKUBA_S3_ENDPOINT) {
    return createS3Store({
      endpoint: config.YAKUBA_S3_ENDPOINT,
      bucket: config.YAKUBA_S3_BUCKET!,
      region: config.YAKUBA_S3_REGION,
      accessKeyId: config.YAKUBA_S3_ACCESS_KEY_ID!,
      secretAccessKey: config.YAKUBA_S3_SECRET_ACCESS_KEY!,
      ...(config.YAKUBA_S3_PREFIX ? { prefix: config.YAKUBA_S3_PREFIX } : {}),
    });
  }
  return createLocalDiskStore({ root: join(config.YAKUBA_DATA_DIR, 'files') });
}

/**
 * Where signed audit checkpoints are written: the file store, which in production should be one
 * the database administrator cannot write (docs/adr/0010-audit-checkpoints.md).
 */
export function selectAuditCheckpointStore(config: Config): FileStore {
  return selectFileStore(config);
}

export function createJobHandlerRegistry(config: Config, transport: MailTransport, log: CheckpointLog) {
  const handlers = createJobHandlers();
  const files = selectFileStore(config);
  handlers.register(createAuditCheckpointJob({ store: selectAuditCheckpointStore(config), key: resolveAuditKey(config), log }, config.YAKUBA_AUDIT_CHECKPOINT_MINUTES));
  handlers.register(createMailDeliveryHandler(transport, config.MAIL_FROM ?? 'no-reply@yakuba.localhost'));
  handlers.register(createRetentionJob(files));
  handlers.register(createDraftCleanupJob(files));
  handlers.register(createSearchTextJob(procedureDefinitions));
  handlers.register(createOutboxPurgeJob());
  return handlers;
}

/** Jobs booked every night for each municipality. */
export const NIGHTLY_JOBS = [RETENTION_JOB, DRAFT_CLEANUP_JOB, SEARCH_TEXT_JOB, OUTBOX_PURGE_JOB];

/** Every job that books its own next run, with when: booked for each municipality at start. */
export function recurringSchedules(config: Config): RecurringSchedule[] {
  return [...NIGHTLY_JOBS.map((kind) => ({ kind, nextRun: nextNightlyRun })), auditCheckpointSchedule(config.YAKUBA_AUDIT_CHECKPOINT_MINUTES)];
}

/** The My Number card provider: the local test provider, a configured one, or none (MYNUMBER_OIDC). */
export function selectIdentityProviders(config: Config, secret: string): IdentityProviderRegistry {
  const choice = config.MYNUMBER_OIDC;
  const registry = createIdentityProviderRegistry(
    choice === 'off' ? [] : [choice === 'local' ? localIdentityProvider(config, secret) : configuredIdentityProvider(config)],
  );
  if (config.YAKUBA_ENV === 'production' && registry.sandboxes().length > 0) {
    throw new ConfigError('設定エラー / configuration error: the test identity provider is refused when YAKUBA_ENV=production / テスト用認証は本番環境では使用できません');
  }
  return registry;
}
