import { and, asc, eq, gte, inArray, isNull, lt, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { normalizeForSearch } from '../platform/search/normalize.ts';
import type { Queryable } from '../platform/db/database.ts';
import { departmentsByCode } from '../platform/identity/departments.ts';
import { can, type StaffActor } from '../platform/identity/staff-policy.ts';
import type { InboxFilters } from './inbox-filters.ts';
import { applicationAttachments, applicationEvents, applications, type ApplicationAttachmentRow, type ApplicationRow } from './schema.ts';
import { CLOSED_STATUSES } from './status.ts';

/** Whose cases a staff member sees: the departments they may view cases of, or every department. */
export interface InboxScope {
  municipalityCode: string;
  staffId: string;
  departmentCodes: string[] | 'all';
  /** Today on the Tokyo calendar, for 期限超過. */
  today: string;
}

export async function inboxScope(tx: Queryable, actor: StaffActor, today: string): Promise<InboxScope> {
  const municipalityCode = actor.municipalityCode;
  if (can(actor, 'case.view', { municipalityCode, departmentId: null })) return { municipalityCode, staffId: actor.id, departmentCodes: 'all', today };
  const departments = [...(await departmentsByCode(tx)).values()];
  const departmentCodes = departments.filter((d) => can(actor, 'case.view', { municipalityCode, departmentId: d.id })).map((d) => d.code);
  return { municipalityCode, staffId: actor.id, departmentCodes, today };
}

/** The department (課) id behind a department code, for the policy; null when the code is unknown. */
export async function departmentOf(tx: Queryable, code: string): Promise<{ id: string; nameJa: string } | null> {
  return (await departmentsByCode(tx)).get(code) ?? null;
}

/** The kind of the latest event the resident can see: 'correction_answered' means the resident has replied to a 補正. */
const lastPublicKind = sql<string | null>`(select e.kind from ${applicationEvents} e where e.application_id = ${applications.id} and e.internal = false order by e.id desc limit 1)`;
const correctionAnswered = sql`(${applications.status} = 'in_review' and ${lastPublicKind} = 'correction_answered')`;
const notClosed = notInArray(applications.status, [...CLOSED_STATUSES]);

function scopeCondition(scope: InboxScope): SQL {
  const own = eq(applications.municipalityCode, scope.municipalityCode);
  if (scope.departmentCodes === 'all') return own;
  if (scope.departmentCodes.length === 0) return sql`false`;
  return and(own, inArray(applications.departmentCode, scope.departmentCodes))!;
}

function startOfTokyoDay(date: string): Date {
  return new Date(`${date}T00:00:00+09:00`);
}

function filterConditions(scope: InboxScope, filters: InboxFilters): SQL[] {
  const conditions: SQL[] = [scopeCondition(scope)];
  const wanted = normalizeForSearch(filters.q);
  if (wanted) {
    // The number in any grouping (2611-4829-173, 26114829173); names, フリガナ, phones and addresses in the normalised text.
    // LIKE rather than strpos, so the trigram indexes (PostgreSQL) can serve it; the pattern is the text itself.
    const pattern = `%${wanted.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(or(sql`replace(${applications.receiptNumber}, '-', '') like ${pattern}`, sql`${applications.searchText} like ${pattern}`)!);
  }
  if (filters.procedure) conditions.push(eq(applications.procedureSlug, filters.procedure));
  if (filters.status === 'open') conditions.push(notClosed);
  else if (filters.status === 'correction_answered') conditions.push(correctionAnswered);
  else if (filters.status !== 'all') conditions.push(eq(applications.status, filters.status));
  if (filters.from) conditions.push(gte(applications.submittedAt, startOfTokyoDay(filters.from)));
  if (filters.to) conditions.push(lt(applications.submittedAt, new Date(startOfTokyoDay(filters.to).getTime() + 86_400_000)));
  if (filters.assigned === 'me') conditions.push(eq(applications.assignedTo, scope.staffId));
  if (filters.assigned === 'unassigned') conditions.push(isNull(applications.assignedTo));
  if (filters.overdue) conditions.push(and(lt(applications.dueDate, scope.today), notClosed)!);
  return conditions;
}

export const INBOX_LIMIT = 500;

export interface InboxRow {
  id: string;
  receiptNumber: string;
  procedureTitle: string;
  submittedAt: Date;
  channel: string;
  status: string;
  assignedTo: string | null;
  dueDate: string;
  correctionAnswered: boolean;
}

export async function listInbox(tx: Queryable, scope: InboxScope, filters: InboxFilters): Promise<InboxRow[]> {
  return inboxSelect(tx, scope, filters);
}

/** The inbox's query, not yet run: the index test explains it. */
export function inboxSelect(tx: Queryable, scope: InboxScope, filters: InboxFilters) {
  return tx
    .select({
      id: applications.id,
      receiptNumber: applications.receiptNumber,
      procedureTitle: applications.procedureTitle,
      submittedAt: applications.submittedAt,
      channel: applications.channel,
      status: applications.status,
      assignedTo: applications.assignedTo,
      dueDate: applications.dueDate,
      correctionAnswered: sql<boolean>`coalesce(${correctionAnswered}, false)`.mapWith(Boolean),
    })
    .from(applications)
    .where(and(...filterConditions(scope, filters)))
    .orderBy(asc(applications.dueDate), asc(applications.submittedAt))
    .limit(INBOX_LIMIT + 1);
}

export interface InboxCounts {
  received: number;
  correctionAnswered: number;
  overdue: number;
}

/** What needs action now, over everything the staff member sees (whatever the filters). */
export async function inboxCounts(tx: Queryable, scope: InboxScope): Promise<InboxCounts> {
  const [row] = await tx
    .select({
      received: sql<number>`count(*) filter (where ${applications.status} = 'received' and ${applications.assignedTo} is null)`.mapWith(Number),
      correctionAnswered: sql<number>`count(*) filter (where ${correctionAnswered})`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${and(lt(applications.dueDate, scope.today), notClosed)})`.mapWith(Number),
    })
    .from(applications)
    .where(scopeCondition(scope));
  return row ?? { received: 0, correctionAnswered: 0, overdue: 0 };
}

/** The procedures that have applications in scope, for the filter's choices. */
export async function inboxProcedures(tx: Queryable, scope: InboxScope): Promise<{ slug: string; title: string }[]> {
  const rows = await tx
    .selectDistinct({ slug: applications.procedureSlug, title: applications.procedureTitle })
    .from(applications)
    .where(scopeCondition(scope))
    .orderBy(asc(applications.procedureSlug), asc(applications.procedureTitle));
  return rows.filter((row, index) => rows.findIndex((other) => other.slug === row.slug) === index);
}

export async function findCase(tx: Queryable, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await tx.select().from(applications).where(eq(applications.id, id));
  return row;
}

export async function isCorrectionAnswered(tx: Queryable, id: string): Promise<boolean> {
  const [row] = await tx.select({ answered: sql<boolean>`coalesce(${correctionAnswered}, false)`.mapWith(Boolean) }).from(applications).where(eq(applications.id, id));
  return row?.answered ?? false;
}

export async function attachmentsOfMany(tx: Queryable, applicationIds: string[]): Promise<ApplicationAttachmentRow[]> {
  if (applicationIds.length === 0) return [];
  return tx.select().from(applicationAttachments).where(inArray(applicationAttachments.applicationId, applicationIds)).orderBy(asc(applicationAttachments.round), asc(applicationAttachments.createdAt));
}

/** Which applications one export takes: a procedure, optionally one form version, none submitted after upTo. */
export interface ExportRange {
  municipalityCode: string;
  procedureId: string;
  version?: number;
  upTo: Date;
}

/**
 * Where the previous batch of an export ended, in its order (受付日時, 受付番号). The time is
 * PostgreSQL's own text of it: a Date keeps milliseconds only, and a row stored with microseconds
 * would then sort after its own cursor and come again.
 */
export interface ExportCursor {
  submittedAt: string;
  receiptNumber: string;
}

function inRange(range: ExportRange): SQL {
  return and(eq(applications.municipalityCode, range.municipalityCode), eq(applications.procedureId, range.procedureId), lte(applications.submittedAt, range.upTo), ...(range.version === undefined ? [] : [eq(applications.version, range.version)]))!;
}

/** How many of an export's applications were made with each form version. */
export async function exportVersionCounts(tx: Queryable, range: ExportRange): Promise<Map<number, number>> {
  const grouped = await tx.select({ version: applications.version, count: sql<number>`count(*)`.mapWith(Number) }).from(applications).where(inRange(range)).groupBy(applications.version);
  return new Map(grouped.map((g) => [g.version, g.count]));
}

/** The most items any of an export's applications gave on each repeated page. */
export async function exportRepeatCounts(tx: Queryable, range: ExportRange, names: string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const most = (name: string) => sql`coalesce(max(case when jsonb_typeof(${applications.answers} -> ${name}) = 'array' then jsonb_array_length(${applications.answers} -> ${name}) end), 0)`;
  const [row] = (await tx.select({ counts: sql<number[]>`array[${sql.join(names.map(most), sql`, `)}]` }).from(applications).where(inRange(range))) as { counts: number[] }[];
  return new Map(names.map((name, index) => [name, Number(row?.counts[index] ?? 0)]));
}

/** The next batch of an export's applications after the cursor, in 受付日時 then 受付番号 order, and the cursor at its last row. */
export async function exportBatch(tx: Queryable, range: ExportRange, after: ExportCursor | undefined, size: number): Promise<{ rows: ApplicationRow[]; last?: ExportCursor }> {
  const next = after ? sql`(${applications.submittedAt}, ${applications.receiptNumber}) > (${after.submittedAt}::timestamptz, ${after.receiptNumber})` : undefined;
  const batch = await tx
    .select({ application: applications, submittedAtText: sql<string>`${applications.submittedAt}::text` })
    .from(applications)
    .where(and(inRange(range), next))
    .orderBy(asc(applications.submittedAt), asc(applications.receiptNumber))
    .limit(size);
  const last = batch.at(-1);
  return { rows: batch.map((row) => row.application), last: last && { submittedAt: last.submittedAtText, receiptNumber: last.application.receiptNumber } };
}
