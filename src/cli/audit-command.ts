import { openConfiguredDatabase } from '../bootstrap.ts';
import { selectAuditCheckpointStore } from '../plugins.ts';
import { writeAuditCheckpoints } from '../platform/audit/audit-checkpoint-job.ts';
import { formatAuditReport } from '../platform/audit/verify-audit-chain.ts';
import { auditedMunicipalities, verifyAuditTrail } from '../platform/audit/verify-audit-trail.ts';
import { resolveAuditKey } from '../platform/config/audit-key.ts';
import type { Database } from '../platform/db/database.ts';
import { loadMunicipalityDirectory } from '../platform/tenancy/municipality-directory.ts';
import type { CliContext } from './context.ts';
import { UsageError } from './usage.ts';

/** The chains to look at: the one asked for (which must exist here), or every one. */
async function chosenMunicipalities(database: Database, municipality: string | undefined): Promise<string[]> {
  if (municipality !== undefined && !/^\d{6}$/.test(municipality)) {
    throw new UsageError(`--municipality must be a 6-digit municipality code such as 143421 (got "${municipality}") / --municipality には 143421 のような6桁の団体コードを指定してください`);
  }
  const known = (await loadMunicipalityDirectory(database.db)).list().map((m) => m.code);
  const all = await auditedMunicipalities(database.db, known);
  if (municipality === undefined) return all;
  if (!all.includes(municipality)) throw new UsageError(`municipality ${municipality} is not configured here and has no audit trail / 団体コード ${municipality} の自治体は登録されていません`);
  return [municipality];
}

async function withDatabase<T>(ctx: CliContext, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(ctx.config);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** `yakuba audit verify`: exit code 1 and the first problem when a chain was altered, cut short or differs from its checkpoint. */
export function auditVerifyCommand(ctx: CliContext, municipality: string | undefined): Promise<number> {
  return withDatabase(ctx, async (database) => {
    const codes = await chosenMunicipalities(database, municipality);
    const deps = { db: database.db, store: selectAuditCheckpointStore(ctx.config), key: resolveAuditKey(ctx.config) };
    const report = formatAuditReport(await verifyAuditTrail(deps, codes));
    ctx.print(report.text);
    return report.exitCode;
  });
}

/** `yakuba audit checkpoint`: signs the head of each chain now and writes it to the store and the log. */
export function auditCheckpointCommand(ctx: CliContext, municipality: string | undefined): Promise<number> {
  return withDatabase(ctx, async (database) => {
    const codes = await chosenMunicipalities(database, municipality);
    const key = resolveAuditKey(ctx.config);
    const outcomes = await writeAuditCheckpoints({ db: database.db, store: selectAuditCheckpointStore(ctx.config), key, log: ctx.logger }, codes);
    for (const outcome of outcomes) {
      if (!outcome.ok) ctx.print(`${outcome.municipalityCode}: NG ${outcome.error}`);
      else ctx.print(`${outcome.municipalityCode}: 受付順 ${outcome.checkpoint.seq} ${outcome.written ? 'のチェックポイントを作成しました / checkpoint written' : 'はチェックポイント済みです / already checkpointed'} (${outcome.checkpoint.createdAt}, key ${key.keyId})`);
    }
    if (outcomes.length === 0) ctx.print('監査記録はありません / no audit trail');
    return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
  });
}
