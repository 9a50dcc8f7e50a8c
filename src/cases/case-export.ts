import { stringify } from 'csv-stringify/sync';
import type { FieldDefinition, FormDefinition } from '../forms/form-definition.ts';
import { asList, isPersonName, type Answers } from '../forms/answers.ts';
import { attachmentFileName } from './attachment-names.ts';
import type { ApplicationAttachmentRow, ApplicationRow } from './schema.ts';

/**
 * The export layout is documented in docs/api/case-export.md and must stay stable: systems that
 * import it match columns by name. Add columns only at the end of the fixed list, never rename.
 */
export const FIXED_COLUMNS = ['受付番号', '手続きID', '手続き名', '様式の版', '申請方法', '状態', '受付日時', '処理期限', '完了日時', '担当課コード'] as const;

export interface ExportColumn {
  key: string;
  label: string;
}

export interface CaseExport {
  procedure: string;
  version: number;
  exportedAt: string;
  columns: ExportColumn[];
  rows: Record<string, string | null>[];
}

type FileNames = (id: string) => string;
type Reader = (answers: Answers, fileName: FileNames) => string | null;
export interface FieldColumn extends ExportColumn {
  read: Reader;
}

/** 2026-04-01T09:30:00+09:00: Japan keeps UTC+9 all year. */
export function isoTokyo(instant: Date): string {
  return `${new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
}

function normalise(field: FieldDefinition, value: unknown, fileName: FileNames, part?: 'family' | 'given'): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (part) return isPersonName(value) ? value[part] || null : null;
  if (field.type === 'file') return asList(value).map(fileName).join(';') || null;
  if (Array.isArray(value)) return asList(value).join(';') || null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function columnsOfField(field: FieldDefinition, key: string, label: string, pick: (answers: Answers) => unknown): FieldColumn[] {
  if (field.type === 'name' || field.type === 'kana') {
    return (['family', 'given'] as const).map((part) => ({ key: `${key}.${part}`, label: `${label}（${part === 'family' ? '姓' : '名'}）`, read: (answers, names) => normalise(field, pick(answers), names, part) }));
  }
  return [{ key, label, read: (answers, names) => normalise(field, pick(answers), names) }];
}

function itemsOf(answers: Answers, name: string): Record<string, unknown>[] {
  const items = answers[name];
  return Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
}

function definitionColumns(definition: FormDefinition, repeatCounts: Map<string, number>): FieldColumn[] {
  return definition.pages.flatMap((page) => {
    const repeat = page.repeat;
    if (!repeat) return page.fields.flatMap((field) => columnsOfField(field, field.name, `${page.title}／${field.label}`, (answers) => answers[field.name]));
    const count = Math.max(repeatCounts.get(repeat.name) ?? 0, 1);
    return Array.from({ length: count }, (_, index) =>
      page.fields.flatMap((field) => columnsOfField(field, `${repeat.name}[${index + 1}].${field.name}`, `${page.title}／${repeat.itemLabel}（${index + 1}）${field.label}`, (answers) => itemsOf(answers, repeat.name)[index]?.[field.name])),
    ).flat();
  });
}

export interface ExportLayout {
  procedure: string;
  version: number;
  exportedAt: string;
  columns: ExportColumn[];
  fields: FieldColumn[];
}

/**
 * The columns of one procedure's export: fixed columns, then every field of every form version the
 * applications were made with (the newest sets the order), repeats up to the most items seen.
 */
export function exportLayout(slug: string, definitions: Map<number, FormDefinition>, repeatCounts: Map<string, number>, now: Date): ExportLayout {
  const versions = [...definitions.keys()].sort((a, b) => b - a);
  const fields: FieldColumn[] = [];
  for (const version of versions) {
    for (const column of definitionColumns(definitions.get(version)!, repeatCounts)) {
      if (!fields.some((c) => c.key === column.key)) fields.push(column);
    }
  }
  return {
    procedure: slug,
    version: versions[0] ?? 0,
    exportedAt: isoTokyo(now),
    columns: [...FIXED_COLUMNS.map((key) => ({ key, label: key })), ...fields.map(({ key, label }) => ({ key, label }))],
    fields,
  };
}

/** The names of the repeated pages, whose item counts decide how many columns they take. */
export function repeatNames(definitions: Map<number, FormDefinition>): string[] {
  return [...new Set([...definitions.values()].flatMap((definition) => definition.pages.flatMap((page) => (page.repeat ? [page.repeat.name] : []))))];
}

/** One application as an export row; the answers are left out once personal data is deleted. */
export function exportRow(layout: ExportLayout, application: ApplicationRow, attachments: ApplicationAttachmentRow[]): Record<string, string | null> {
  const fileName = attachmentFileName(attachments.filter((file) => file.applicationId === application.id));
  const fixed: Record<string, string | null> = {
    受付番号: application.receiptNumber,
    手続きID: application.procedureSlug,
    手続き名: application.procedureTitle,
    様式の版: String(application.version),
    申請方法: application.channel,
    状態: application.status,
    受付日時: isoTokyo(application.submittedAt),
    処理期限: application.dueDate,
    完了日時: application.decidedAt ? isoTokyo(application.decidedAt) : null,
    担当課コード: application.departmentCode,
  };
  const deleted = application.personalDataDeletedAt !== null;
  return { ...fixed, ...Object.fromEntries(layout.fields.map((column) => [column.key, deleted ? null : column.read(application.answers as Answers, fileName)])) };
}

export interface ExportInput {
  slug: string;
  /** Every form version the applications were made with; the newest sets the column order. */
  definitions: Map<number, FormDefinition>;
  applications: ApplicationRow[];
  attachments: ApplicationAttachmentRow[];
  now: Date;
}

/** A whole export in memory, for a few applications; the routes stream it (case-export-stream.ts). */
export function buildCaseExport(input: ExportInput): CaseExport {
  const repeatCounts = new Map<string, number>();
  for (const name of repeatNames(input.definitions)) {
    for (const application of input.applications) {
      const value = (application.answers as Answers)[name];
      if (Array.isArray(value)) repeatCounts.set(name, Math.max(repeatCounts.get(name) ?? 0, value.length));
    }
  }
  const { fields, ...layout } = exportLayout(input.slug, input.definitions, repeatCounts, input.now);
  return { ...layout, rows: input.applications.map((a) => exportRow({ ...layout, fields }, a, input.attachments)) };
}

/** A cell a spreadsheet would run as a formula gets a leading apostrophe; plain numbers are left alone. */
function spreadsheetSafe(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;

/** The BOM (so Excel reads UTF-8) and the header row of column keys. */
export function csvHeader(columns: ExportColumn[]): string {
  return stringify([columns.map((column) => column.key)], { ...CSV_OPTIONS, bom: true });
}

/** Rows as CSV records, CRLF after each, in the header's column order. */
export function csvRecords(columns: ExportColumn[], rows: Record<string, string | null>[]): string {
  if (rows.length === 0) return '';
  return stringify(rows.map((row) => columns.map((column) => spreadsheetSafe(row[column.key] ?? null))), CSV_OPTIONS);
}

/** UTF-8 with BOM, CRLF line ends, a header row of column keys. */
export function caseExportCsv(data: CaseExport): string {
  return csvHeader(data.columns) + csvRecords(data.columns, data.rows);
}
