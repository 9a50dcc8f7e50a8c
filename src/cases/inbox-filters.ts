import type { FieldError } from '../views/form-fields.tsx';
import { APPLICATION_STATUSES, type ApplicationStatus } from './status.ts';

/** 'open' is every status not yet closed; 'correction_answered' is 審査中 after the resident answered a 補正. */
export type StatusFilter = 'open' | 'all' | 'correction_answered' | ApplicationStatus;
export type AssignedFilter = 'anyone' | 'me' | 'unassigned';

export interface InboxFilters {
  /** 受付番号, 氏名, フリガナ, 電話番号 or 住所, as typed (up to 100 characters). */
  q: string;
  procedure: string;
  status: StatusFilter;
  from: string;
  to: string;
  assigned: AssignedFilter;
  overdue: boolean;
}

const STATUS_FILTERS: readonly string[] = ['open', 'all', 'correction_answered', ...APPLICATION_STATUSES];
const ASSIGNED_FILTERS: readonly string[] = ['anyone', 'me', 'unassigned'];

function isIsoDate(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** Reads the inbox's GET parameters; an unreadable date is reported at its field and left out of the search. */
export function parseInboxFilters(query: Record<string, string | undefined>): { filters: InboxFilters; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const date = (field: 'from' | 'to', label: string) => {
    const value = (query[field] ?? '').trim();
    if (value === '' || isIsoDate(value)) return value;
    errors.push({ field: `filter-${field}`, message: `${label}は 2026-04-01 のように、西暦の年-月-日で入力してください` });
    return '';
  };
  const q = (query.q ?? '').trim().slice(0, 100);
  const filters: InboxFilters = {
    q,
    procedure: (query.procedure ?? '').trim(),
    // Looking a case up (by its number, a name…) finds it whatever its state, unless a state is chosen.
    status: (STATUS_FILTERS.includes(query.status ?? '') ? query.status : q ? 'all' : 'open') as StatusFilter,
    from: date('from', '受付日（から）'),
    to: date('to', '受付日（まで）'),
    assigned: (ASSIGNED_FILTERS.includes(query.assigned ?? '') ? query.assigned : 'anyone') as AssignedFilter,
    overdue: query.overdue === '1',
  };
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.push({ field: 'filter-to', message: '受付日（まで）は、受付日（から）と同じ日かそれより後の日付にしてください' });
    filters.to = '';
  }
  return { filters, errors };
}

/** The query string of a filtered inbox, for links such as the counts at the top. */
export function inboxQuery(filters: Partial<InboxFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === true) params.set(key, '1');
    else if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
