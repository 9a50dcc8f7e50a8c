import { join } from 'node:path';
import type { Config } from './platform/config/config.ts';
import { resolveSecret } from './platform/config/secret.ts';
import { openDatabase, type Database } from './platform/db/database.ts';
import { migrateDatabase } from './platform/db/migrate.ts';
import { CSRF_COOKIE, createCsrf } from './platform/http/csrf.ts';
import { PageCache } from './platform/http/page-cache.ts';
import { LANGUAGE_COOKIE, TEXT_SIZE_COOKIE } from './platform/http/tenant-middleware.ts';
import { createMetrics } from './platform/http/metrics.ts';
import type { Logger } from './platform/logger.ts';
import type { Services } from './platform/services.ts';
import { loadMunicipalityDirectory } from './platform/tenancy/municipality-directory.ts';
import { selectAuditCheckpointStore, selectFileStore, selectMailTransport } from './plugins.ts';
import { resolveAuditKey } from './platform/config/audit-key.ts';
import { seedDemo } from '../seeds/seed-demo.ts';

export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ url: config.DATABASE_URL, dataDir: join(config.YAKUBA_DATA_DIR, 'pgdata') });
}

/** Opens the database, brings it up to date, optionally seeds the demo, and loads the tenants. */
export async function openServices(config: Config, logger: Logger, options: { seedDemo?: boolean; database?: Database; migrate?: boolean } = {}): Promise<Services> {
  const database = options.database ?? (await openConfiguredDatabase(config));
  // The processes of `yakuba serve --workers N` open a database their primary has already migrated.
  if (options.migrate !== false) await migrateDatabase(database);
  if (options.seedDemo) await seedDemo(database.db);
  const directory = await loadMunicipalityDirectory(database.db);
  if (directory.list().length === 0) logger.warn('no municipality is configured: run `yakuba seed` or add one');
  const secret = resolveSecret(config);
  return {
    config,
    secret,
    database,
    db: database.db,
    directory,
    logger,
    metrics: createMetrics(),
    csrf: createCsrf(secret),
    mailTransport: selectMailTransport(config),
    pageCache: new PageCache(5000, [LANGUAGE_COOKIE, TEXT_SIZE_COOKIE, CSRF_COOKIE]),
    files: selectFileStore(config),
    audit: { key: resolveAuditKey(config), checkpoints: selectAuditCheckpointStore(config) },
  };
}
