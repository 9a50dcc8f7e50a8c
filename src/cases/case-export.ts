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
interface FieldColumn extends ExportColumn {
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

export interface ExportInput {
  slug: string;
  /** Every form version the applications were made with; the newest sets the column order. */
  definitions: Map<number, FormDefinition>;
  applications: ApplicationRow[];
  attachments: ApplicationAttachmentRow[];
  now: Date;
}

/** One row per application, fixed columns first and then one column per answer, by field path. */
export function buildCaseExport(input: ExportInput): CaseExport {
  const repeatCounts = new Map<string, number>();
  for (const application of input.applications) {
    for (const [name, value] of Object.entries(application.answers as Answers)) {
      if (Array.isArray(value) && value.some((item) => typeof item === 'object')) repeatCounts.set(name, Math.max(repeatCounts.get(name) ?? 0, value.length));
    }
  }
  const versions = [...input.definitions.keys()].sort((a, b) => b - a);
  const fieldColumns: FieldColumn[] = [];
  for (const version of versions) {
    for (const column of definitionColumns(input.definitions.get(version)!, repeatCounts)) {
      if (!fieldColumns.some((c) => c.key === column.key)) fieldColumns.push(column);
    }
  }
  const rows = input.applications.map((a) => {
    const fileName = attachmentFileName(input.attachments.filter((file) => file.applicationId === a.id));
    const fixed: Record<string, string | null> = {
      受付番号: a.receiptNumber,
      手続きID: a.procedureSlug,
      手続き名: a.procedureTitle,
      様式の版: String(a.version),
      申請方法: a.channel,
      状態: a.status,
      受付日時: isoTokyo(a.submittedAt),
      処理期限: a.dueDate,
      完了日時: a.decidedAt ? isoTokyo(a.decidedAt) : null,
      担当課コード: a.departmentCode,
    };
    const deleted = a.personalDataDeletedAt !== null;
    return { ...fixed, ...Object.fromEntries(fieldColumns.map((column) => [column.key, deleted ? null : column.read(a.answers as Answers, fileName)])) };
  });
  return {
    procedure: input.slug,
    version: versions[0] ?? 0,
    exportedAt: isoTokyo(input.now),
    columns: [...FIXED_COLUMNS.map((key) => ({ key, label: key })), ...fieldColumns.map(({ key, label }) => ({ key, label }))],
    rows,
  };
}

/** A cell a spreadsheet would run as a formula gets a leading apostrophe; plain numbers are left alone. */
function spreadsheetSafe(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

/** UTF-8 with BOM (so Excel reads it as UTF-8), CRLF line ends, a header row of column keys. */
export function caseExportCsv(data: CaseExport): string {
  const keys = data.columns.map((column) => column.key);
  const records = data.rows.map((row) => keys.map((key) => spreadsheetSafe(row[key] ?? null)));
  return stringify([keys, ...records], { record_delimiter: '\r\n', bom: true, quoted_match: /[\r\n]/ });
}
