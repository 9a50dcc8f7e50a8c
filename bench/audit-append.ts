// Audit appends per second from 8 concurrent connections on PostgreSQL, one chain per municipality
// (as before issue 13) and AUDIT_CHAINS chains, beside plain INSERT transactions doing the same
// other work in the same run. Usage: node --import tsx bench/audit-append.ts [seconds per case]
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/platform/db/database.ts';
import { migrateDatabase } from '../src/platform/db/migrate.ts';
import { AUDIT_CHAINS, recordAudit } from '../src/platform/audit/record-audit.ts';
import { verifyAuditChain } from '../src/platform/audit/verify-audit-chain.ts';
import { createBenchDatabase } from './bench-database.ts';

const CONNECTIONS = 8;
const seconds = Number(process.argv[2] ?? 4);

type Append = (database: Database, code: string, workMs: number) => Promise<void>;

const plainInsert: Append = (database, code, workMs) =>
  database.db.transaction(async (tx) => {
    await tx.execute(sql`insert into bench_work (municipality_code, action) values (${code}, 'plain')`);
    if (workMs) await tx.execute(sql`select pg_sleep(${workMs / 1000})`);
    await tx.execute(sql`insert into bench_work (municipality_code, action) values (${code}, 'plain.audit')`);
  });

const auditAppend = (chains: number): Append => (database, code, workMs) =>
  database.db.transaction(async (tx) => {
    await tx.execute(sql`insert into bench_work (municipality_code, action) values (${code}, 'audited')`);
    if (workMs) await tx.execute(sql`select pg_sleep(${workMs / 1000})`);
    await recordAudit(tx, { municipalityCode: code, actorType: 'staff', actorId: 'bench', action: 'bench.append', detail: { workMs } }, { chains });
  });

async function measure(database: Database, append: Append, code: string, workMs: number): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        await append(database, code, workMs);
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

const bench = await createBenchDatabase();
const database = await openDatabase({ url: bench.url, poolSize: CONNECTIONS });
try {
  await migrateDatabase(database);
  await database.db.execute(sql`create table bench_work (id bigserial primary key, municipality_code varchar(6), action text)`);
  console.log(`PostgreSQL ${await bench.setting('server_version')}, ${CONNECTIONS} connections, ${seconds} s per case, one municipality`);
  let n = 0;
  for (const workMs of [0, 2]) {
    console.log(`\nother work in the transaction: ${workMs ? `${workMs} ms (pg_sleep)` : 'none'}`);
    const plain = await measure(database, plainInsert, `9${String(n++).padStart(5, '0')}`, workMs);
    console.log(`  plain INSERT transactions (limit)   ${plain.toFixed(0).padStart(6)} /s`);
    for (const chains of [1, AUDIT_CHAINS]) {
      const code = `9${String(n++).padStart(5, '0')}`;
      const rate = await measure(database, auditAppend(chains), code, workMs);
      const [check] = await verifyAuditChain(database.db, code);
      const label = chains === 1 ? 'audit, 1 chain (before)' : `audit, ${chains} chains (after)`;
      console.log(`  ${label.padEnd(35)} ${rate.toFixed(0).padStart(6)} /s  (${((rate / plain) * 100).toFixed(0)} % of plain; ${check?.events} records, verify ${check?.ok ? 'OK' : 'NG'})`);
    }
  }
} finally {
  await database.close();
  await bench.drop();
}
