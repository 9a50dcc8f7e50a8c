import { openConfiguredDatabase } from '../bootstrap.ts';
import { formatAuditReport } from '../platform/audit/verify-audit-chain.ts';
import { verifyAuditChain } from '../platform/audit/verify-audit-chain.ts';
import type { CliContext } from './context.ts';

/** `yakuba audit verify`: exit code 1 and the first broken link when a chain was altered. */
export async function auditVerifyCommand(ctx: CliContext, municipality: string | undefined): Promise<number> {
  const database = await openConfiguredDatabase(ctx.config);
  try {
    const report = formatAuditReport(await verifyAuditChain(database.db, municipality));
    ctx.print(report.text);
    return report.exitCode;
  } finally {
    await database.close();
  }
}
