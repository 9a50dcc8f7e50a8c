import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openConfiguredDatabase } from '../bootstrap.ts';
import { migrateDatabase } from '../platform/db/migrate.ts';
import { seedDemo } from '../../seeds/seed-demo.ts';
import type { CliContext } from './context.ts';
import { UsageError } from './usage.ts';

export async function migrateCommand(ctx: CliContext): Promise<number> {
  const database = await openConfiguredDatabase(ctx.config);
  try {
    await migrateDatabase(database);
    ctx.print(`Migrations applied (${database.kind}).`);
    return 0;
  } finally {
    await database.close();
  }
}

export async function seedCommand(ctx: CliContext): Promise<number> {
  if (ctx.config.YAKUBA_ENV === 'production') throw new UsageError('seed adds demo data and is refused when YAKUBA_ENV=production');
  const database = await openConfiguredDatabase(ctx.config);
  try {
    await migrateDatabase(database);
    const seeded = await seedDemo(database.db, { force: true });
    ctx.print(seeded ? 'Demo municipalities and staff are in place.' : 'Nothing to seed.');
    return 0;
  } finally {
    await database.close();
  }
}

function requireEmbedded(ctx: CliContext, command: string): void {
  if (ctx.config.DATABASE_URL) {
    throw new UsageError(`${command} works on the embedded database only; for PostgreSQL use pg_dump / pg_restore (see README.md)`);
  }
}

/** `yakuba backup`: a consistent tarball of the embedded database. Stop the server first. */
export async function backupCommand(ctx: CliContext, out: string | undefined): Promise<number> {
  requireEmbedded(ctx, 'backup');
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..+/, '').replace('T', '-');
  const file = resolve(out ?? join('backups', `yakuba-${stamp}.tar.gz`));
  const database = await openConfiguredDatabase(ctx.config);
  try {
    const dump = await database.pglite!.dumpDataDir('gzip');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    ctx.print(`Backup written to ${file}`);
    return 0;
  } finally {
    await database.close();
  }
}

/** `yakuba restore FILE`: the current data directory is kept aside, never deleted. */
export async function restoreCommand(ctx: CliContext, file: string | undefined): Promise<number> {
  requireEmbedded(ctx, 'restore');
  if (!file) throw new UsageError('restore needs the backup file: yakuba restore FILE');
  if (!existsSync(file)) throw new UsageError(`backup file not found: ${file}`);
  const dataDir = join(ctx.config.YAKUBA_DATA_DIR, 'pgdata');
  const { PGlite } = await import('@electric-sql/pglite');
  const restored = await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
  await restored.query('select 1');
  const dump = await restored.dumpDataDir('none');
  await restored.close();
  if (existsSync(dataDir)) {
    const aside = `${dataDir}.before-restore-${Date.now()}`;
    renameSync(dataDir, aside);
    ctx.print(`Previous data kept at ${aside}`);
  }
  const target = await PGlite.create(dataDir, { loadDataDir: dump });
  await target.query('select 1');
  await target.close();
  ctx.print(`Restored ${file} into ${dataDir}`);
  return 0;
}
