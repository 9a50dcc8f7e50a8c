// Replays the statements one traced request issued (YAKUBA_SQL_TRACE, src/platform/db/sql-trace.ts)
// with fresh identities, so a benchmark can measure what the request's SQL alone costs.
//
// What is substituted in every value (whole values and inside strings such as JSON and mail text):
//   - the traced draft's id by the draft given to this run;
//   - every UUID and receipt number (0000-0000-000) that first appears in the request by a fresh one;
//   - every string of 16 or more characters, and every number in a column named next_*, that an
//     earlier statement returned, by what that statement returned in this run;
//   - in the statement text too, where values are written as literals (src/platform/db/tenant-trips.ts);
//   - the chain and seq of an audit record by the chain head this run read: the replayed record is
//     a real next link of a chain, though its hash is the traced one (verify fails on this database).
// A write that returned a row when traced but none when replayed stops the run: the replay must
// do the same work, not skip it on a conflict.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';

export interface TracedStatement {
  request: number;
  text: string;
  values: unknown[];
  returned?: Record<string, unknown>;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gu;
const RECEIPT = /(?<!\d)\d{4}-\d{4}-\d{3}(?!\d)/gu;

/** The statements of the last traced request in a trace file's text. */
export function readTrace(text: string): TracedStatement[] {
  const all = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as TracedStatement);
  const last = all.at(-1)?.request;
  return all.filter((statement) => statement.request === last);
}

function stringsIn(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

/** Ids and receipt numbers a statement's values bring in that nothing before it mentioned. */
function newIdentities(statements: TracedStatement[], draftId: string): { uuids: string[]; receipts: string[] } {
  const seen = new Set<string>([draftId]);
  const uuids: string[] = [];
  const receipts: string[] = [];
  for (const statement of statements) {
    const values = [statement.text, ...statement.values.map(stringsIn)].join('\n');
    for (const [found] of values.matchAll(UUID)) if (!seen.has(found)) (uuids.push(found), seen.add(found));
    for (const [found] of values.matchAll(RECEIPT)) if (!seen.has(found)) (receipts.push(found), seen.add(found));
    const returned = stringsIn(statement.returned);
    for (const [found] of returned.matchAll(UUID)) seen.add(found);
    for (const [found] of returned.matchAll(RECEIPT)) seen.add(found);
  }
  return { uuids, receipts };
}

let receiptSerial = 0;
function freshReceipt(): string {
  const digits = String(90_000_000_000 + receiptSerial++);
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}

function substitute(value: unknown, strings: Map<string, string>, numbers: Map<number, number>): unknown {
  if (typeof value === 'number') return numbers.get(value) ?? value;
  if (typeof value !== 'string') return value;
  const whole = strings.get(value);
  if (whole !== undefined) return whole;
  let result = value;
  for (const [from, to] of strings) if (result.includes(from)) result = result.replaceAll(from, to);
  return result;
}

const AUDIT_LINK = /(insert into audit_events \(municipality_code, chain, seq,[^)]*\)\s*values \('[^']*', )(\d+), (\d+),/u;

function relinkAudit(text: string, head: Record<string, unknown> | undefined): string {
  if (!head || !AUDIT_LINK.test(text)) return text;
  return text.replace(AUDIT_LINK, (_, start: string) => `${start}${Number(head.chain)}, ${Number(head.next_seq)},`);
}

function isWrite(text: string): boolean {
  return /\b(insert|update|delete)\b/iu.test(text);
}

/** "insert applications, application_events" for a statement, to print what one submission does. */
function outlineOf(text: string): string {
  const verb = /^\s*(\w+)/u.exec(text)?.[1]?.toLowerCase() ?? '?';
  const tables = [...text.matchAll(/\b(?:from|into|update)\s+"?([a-z_]+)"?/giu)].map((m) => m[1]!);
  const uniqueTables = [...new Set(tables)].filter((t) => t !== 'generate_series');
  return uniqueTables.length > 0 ? `${verb} ${uniqueTables.join(', ')}` : text.replace(/\s+/gu, ' ').slice(0, 60);
}

function statementsOf(text: string): string[] {
  return text.split(/;\n/u).map((part) => part.trim()).filter(Boolean);
}

/** Transactions (explicit, or the implicit one of each message outside them) and how many wrote. */
function countTransactions(statements: TracedStatement[]): { transactions: number; writing: number } {
  let transactions = 0;
  let writing = 0;
  let open = false;
  let wrote = false;
  for (const message of statements) {
    const parts = statementsOf(message.text);
    if (!open && !/^begin/iu.test(parts[0]!)) (transactions++, (writing += parts.some(isWrite) ? 1 : 0));
    for (const part of parts) {
      if (/^begin/iu.test(part)) (open = true), (wrote = false), transactions++;
      else if (/^commit/iu.test(part)) (writing += open && wrote ? 1 : 0), (open = false);
      else if (open && isWrite(part)) wrote = true;
    }
  }
  return { transactions, writing };
}

export function prepareReplay(statements: TracedStatement[], draftId: string) {
  const { uuids, receipts } = newIdentities(statements, draftId);
  return {
    roundTrips: statements.length,
    statements: statements.reduce((n, s) => n + statementsOf(s.text).length, 0),
    ...countTransactions(statements),
    outline: statements.map((s, i) => `${String(i + 1).padStart(2)}. ${statementsOf(s.text).map(outlineOf).join(' · ')}`),
    /** Issues the traced statements in order on one connection, as the server did for one submission. */
    async run(client: pg.PoolClient, newDraftId: string, timings?: number[]): Promise<void> {
      const strings = new Map<string, string>([[draftId, newDraftId]]);
      for (const id of uuids) strings.set(id, randomUUID());
      for (const receipt of receipts) strings.set(receipt, freshReceipt());
      const numbers = new Map<number, number>();
      try {
        let head: Record<string, unknown> | undefined;
        for (const [index, statement] of statements.entries()) {
          const values = statement.values.map((value) => substitute(value, strings, numbers));
          const text = relinkAudit(substitute(statement.text, strings, numbers) as string, head);
          const started = performance.now();
          const answer = (await client.query(text, values)) as pg.QueryResult | pg.QueryResult[];
          if (timings) timings[index] = (timings[index] ?? 0) + performance.now() - started;
          const results = Array.isArray(answer) ? answer : [answer];
          const firstRows = results.map((r) => r.rows[0] as Record<string, unknown> | undefined).filter((r) => r !== undefined);
          const row = firstRows.length > 0 ? (Object.assign({}, ...firstRows) as Record<string, unknown>) : undefined;
          if (row && 'next_seq' in row) head = row;
          if (statement.returned && !row && isWrite(statement.text)) throw new Error(`the replay of "${outlineOf(statement.text)}" wrote nothing`);
          if (!statement.returned || !row) continue;
          for (const [column, was] of Object.entries(statement.returned)) {
            const now = row[column];
            if (typeof was === 'string' && was.length >= 16 && now !== undefined && now !== null) strings.set(was, now instanceof Date ? now.toISOString() : String(now));
            if (typeof was === 'number' && column.startsWith('next_') && typeof now === 'number') numbers.set(was, now);
          }
        }
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      }
    },
  };
}
