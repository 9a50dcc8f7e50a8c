import type { Finding } from './problem-log.ts';
import type { FileReading } from './types.ts';

/** A file read into rows of cell texts, one per spreadsheet row, or refused with the reasons. */
export type GridRead =
  | { ok: true; rows: string[][]; reading: FileReading; findings: Finding[] }
  | { ok: false; reading?: FileReading; findings: Finding[] };

export function refusal(text: string, reading?: FileReading, row?: number): GridRead {
  return { ok: false, findings: [{ severity: 'error', text, ...(row !== undefined ? { row } : {}) }], ...(reading ? { reading } : {}) };
}
