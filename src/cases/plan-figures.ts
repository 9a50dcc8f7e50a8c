import { sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db/database.ts';

export interface ProcedureFigures {
  slug: string;
  title: string;
  online: number;
  counter: number;
  decided: number;
  /** Days from receipt to decision (完了・却下・取下げ), over the decided applications. */
  leadDaysAverage: number | null;
  leadDaysMedian: number | null;
}

export interface StatusFigures {
  slug: string;
  status: string;
  /** Times an application left this status in the period, and how long it had stayed. */
  left: number;
  daysAverage: number | null;
  /** Applications in this status now. */
  now: number;
}

export interface PlanFigures {
  from: string;
  to: string;
  procedures: ProcedureFigures[];
  statuses: StatusFigures[];
}

const DAY_SECONDS = 86400;
const days = (seconds: unknown) => (seconds === null || seconds === undefined ? null : Math.round((Number(seconds) / DAY_SECONDS) * 10) / 10);

/**
 * The plan's figures for applications received in [from, to) (JST dates): online versus counter
 * per procedure, lead time to decision, and how long applications stay in each status. Personal
 * data is not read, so the figures survive the retention job.
 */
export async function planFigures(tx: Queryable, from: string, to: string): Promise<PlanFigures> {
  const range = sql`a.submitted_at >= (${from}::date)::timestamp at time zone 'Asia/Tokyo' and a.submitted_at < (${to}::date)::timestamp at time zone 'Asia/Tokyo'`;
  const perProcedure = await tx.execute(sql`
    select a.procedure_slug as slug, max(a.procedure_title) as title,
      count(*) filter (where a.channel = 'online') as online,
      count(*) filter (where a.channel = 'counter') as counter,
      count(a.decided_at) as decided,
      avg(extract(epoch from a.decided_at - a.submitted_at)) as lead_avg,
      percentile_cont(0.5) within group (order by extract(epoch from a.decided_at - a.submitted_at)) as lead_median
    from applications a where ${range}
    group by a.procedure_slug order by count(*) desc, a.procedure_slug`);
  const perStatus = await tx.execute(sql`
    with stays as (
      select a.procedure_slug as slug, e.to_status as status, e.at,
        lead(e.at) over (partition by e.application_id order by e.at, e.id) as left_at
      from application_events e join applications a on a.id = e.application_id
      where e.to_status is not null and (e.from_status is null or e.to_status <> e.from_status) and ${range}
    )
    select slug, status, count(left_at) as left_count, avg(extract(epoch from left_at - at)) as stay_avg, count(*) filter (where left_at is null) as now_count
    from stays group by slug, status order by slug, status`);
  return {
    from,
    to,
    procedures: (perProcedure.rows as Record<string, unknown>[]).map((r) => ({ slug: String(r.slug), title: String(r.title), online: Number(r.online), counter: Number(r.counter), decided: Number(r.decided), leadDaysAverage: days(r.lead_avg), leadDaysMedian: days(r.lead_median) })),
    statuses: (perStatus.rows as Record<string, unknown>[]).map((r) => ({ slug: String(r.slug), status: String(r.status), left: Number(r.left_count), daysAverage: days(r.stay_avg), now: Number(r.now_count) })),
  };
}

/** 4月1日 to 3月31日: the fiscal year (年度) that contains the date. */
export function fiscalYearOf(isoDate: string): { from: string; to: string } {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  const start = month >= 4 ? year : year - 1;
  return { from: `${start}-04-01`, to: `${start + 1}-04-01` };
}
