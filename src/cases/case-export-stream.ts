import { csvHeader, csvRecords } from './case-export.ts';
import type { ExportCursor } from './case-queries.ts';
import type { ExportPlan } from './load-case-export.ts';

/** Rows per database round trip: small enough to keep memory flat, large enough to keep the database busy. */
export const EXPORT_BATCH_ROWS = 500;

export type ExportRowsReader = (after: ExportCursor | undefined, size: number) => Promise<{ rows: Record<string, string | null>[]; next?: ExportCursor }>;

function framing(plan: ExportPlan, format: 'csv' | 'json'): { head: string; rows: (rows: Record<string, string | null>[], first: boolean) => string; tail: string } {
  const { columns } = plan.layout;
  if (format === 'csv') return { head: csvHeader(columns), rows: (rows) => csvRecords(columns, rows), tail: '' };
  const { procedure, version, exportedAt } = plan.layout;
  const head = `${JSON.stringify({ procedure, version, exportedAt, columns }).slice(0, -1)},"rows":[`;
  const rows = (batch: Record<string, string | null>[], first: boolean) => (batch.length ? (first ? '' : ',') + batch.map((row) => JSON.stringify(row)).join(',') : '');
  return { head, rows, tail: ']}' };
}

/**
 * The export as a byte stream that reads one batch from the database each time the client has taken
 * the previous one, so memory stays the same for 100 rows or 100,000. Each batch is its own short
 * transaction (read), keyed on (受付日時, 受付番号) so that no row comes twice or is skipped.
 */
export function exportStream(plan: ExportPlan, format: 'csv' | 'json', read: ExportRowsReader, batchRows = EXPORT_BATCH_ROWS): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const frame = framing(plan, format);
  let cursor: ExportCursor | undefined;
  let started = false;
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(frame.head));
          return;
        }
        const { rows, next } = await read(cursor, batchRows);
        const text = frame.rows(rows, first);
        if (rows.length) first = false;
        if (text) controller.enqueue(encoder.encode(text));
        if (!next) {
          if (frame.tail) controller.enqueue(encoder.encode(frame.tail));
          controller.close();
          return;
        }
        cursor = next;
      },
    },
    { highWaterMark: 1 },
  );
}
