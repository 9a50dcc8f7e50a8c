import { ChoiceGroup, type FieldError } from '../views/form-fields.tsx';
import type { InboxFilters } from './inbox-filters.ts';
import { APPLICATION_STATUSES, STATUS_LABELS } from './status.ts';

const STATUS_OPTIONS = [
  { value: 'open', label: '処理中のすべて（完了・却下・取下げを除く）' },
  ...APPLICATION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
  { value: 'correction_answered', label: '審査中（補正回答あり）' },
  { value: 'all', label: 'すべて' },
];

function DateFilter(props: { id: string; name: 'from' | 'to'; label: string; value: string; error?: string }) {
  const described = [`${props.id}-hint`, props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={props.id}>{props.label}<span class="optional">※任意</span></label>
      <span class="hint" id={`${props.id}-hint`}>西暦の年-月-日（例：2026-04-01）</span>
      {props.error ? <p class="field-error" id={`${props.id}-error`}>{props.error}</p> : null}
      <input id={props.id} name={props.name} type="date" class="input-short" value={props.value} aria-invalid={props.error ? 'true' : undefined} aria-describedby={described} />
    </div>
  );
}

/** GET form: the filters live in the address, so a filtered list can be bookmarked or shared. */
export function InboxFilterForm(props: { base: string; filters: InboxFilters; errors: FieldError[]; procedures: { slug: string; title: string }[] }) {
  const f = props.filters;
  const errorAt = (field: string) => props.errors.find((e) => e.field === field)?.message;
  return (
    <form method="get" action={`${props.base}/cases`} class="inbox-filters" aria-labelledby="filter-title">
      <h2 id="filter-title">絞り込み</h2>
      {f.q ? <input type="hidden" name="q" value={f.q} /> : null}
      <div class="field">
        <label for="filter-procedure">手続き<span class="optional">※任意</span></label>
        <select id="filter-procedure" name="procedure">
          <option value="">すべての手続き</option>
          {props.procedures.map((p) => <option value={p.slug} selected={p.slug === f.procedure}>{p.title}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-status">状態<span class="optional">※任意</span></label>
        <select id="filter-status" name="status">
          {STATUS_OPTIONS.map((o) => <option value={o.value} selected={o.value === f.status}>{o.label}</option>)}
        </select>
      </div>
      <fieldset class="parts">
        <legend>受付日</legend>
        <div class="part-row">
          <DateFilter id="filter-from" name="from" label="この日から" value={f.from} error={errorAt('filter-from')} />
          <DateFilter id="filter-to" name="to" label="この日まで" value={f.to} error={errorAt('filter-to')} />
        </div>
      </fieldset>
      <ChoiceGroup
        id="assigned"
        legend="担当者"
        type="radio"
        options={[{ value: 'anyone', label: '指定しない' }, { value: 'me', label: '自分が担当' }, { value: 'unassigned', label: '担当者が未定' }]}
        selected={[f.assigned]}
      />
      <div class="field choice">
        <input type="checkbox" id="filter-overdue" name="overdue" value="1" checked={f.overdue} />
        <label for="filter-overdue">処理期限を過ぎたものだけを表示する</label>
      </div>
      <div class="actions">
        <button class="button" type="submit">この条件で表示する</button>
        <a class="back-link" href={`${props.base}/cases`}>条件を解除する</a>
      </div>
    </form>
  );
}
