import { ErrorSummary, type FieldError } from '../views/form-fields.tsx';
import { formatDateTime } from '../views/format-date.ts';
import { caseStatusText, SHORT_CHANNEL_LABELS } from './case-labels.ts';
import { INBOX_LIMIT, type InboxCounts, type InboxRow } from './case-queries.ts';
import { DueDate } from './case-summary.tsx';
import { inboxQuery, type InboxFilters } from './inbox-filters.ts';
import { StackTable } from '../views/stack-table.tsx';
import { InboxFilterForm } from './inbox-filter-form.tsx';

export interface InboxPageProps {
  base: string;
  today: string;
  filters: InboxFilters;
  errors: FieldError[];
  counts: InboxCounts;
  rows: InboxRow[];
  names: Map<string, string>;
  procedures: { slug: string; title: string }[];
  exportable: { slug: string; title: string }[];
}

function Counts(props: { base: string; counts: InboxCounts }) {
  const items = [
    { label: '受付済で担当者が決まっていない申請', count: props.counts.received, query: inboxQuery({ status: 'received', assigned: 'unassigned' }) },
    { label: '補正への回答が届いた申請', count: props.counts.correctionAnswered, query: inboxQuery({ status: 'correction_answered' }) },
    { label: '処理期限を過ぎた申請', count: props.counts.overdue, query: inboxQuery({ overdue: true }) },
  ];
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title">対応が必要な申請</h2>
      <ul class="card-list">
        {items.map((item) => (
          <li class="card">
            <a class="card-link" href={`${props.base}/cases${item.query}`}>
              {item.label}
              <span class="figure">{item.count}件</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One box for looking a case up; a new search starts from every state and no other filter. */
function InboxSearch(props: { base: string; q: string }) {
  return (
    <form method="get" action={`${props.base}/cases`} class="search-form inbox-search" role="search">
      <div class="field">
        <label for="inbox-q">受付番号・氏名・フリガナ・電話番号・住所で探す</label>
        <span class="hint" id="inbox-q-hint">一部だけでも探せます。ハイフンや空白、ひらがなとカタカナ、全角と半角の違いは問いません。</span>
        <input id="inbox-q" name="q" type="search" value={props.q} maxlength={100} aria-describedby="inbox-q-hint" />
      </div>
      <button class="button" type="submit">探す</button>
    </form>
  );
}

/** The inbox of the departments the staff member belongs to, earliest deadline first. */
export function InboxPage(props: InboxPageProps) {
  const shown = props.rows.slice(0, INBOX_LIMIT);
  const list = (
    <>
      <h2 id="list-title">申請の一覧</h2>
      <p role="status">{props.filters.q ? `「${props.filters.q}」で探した結果、` : ''}{shown.length}件を処理期限の早い順に表示しています。{props.rows.length > INBOX_LIMIT ? `一度に表示できるのは${INBOX_LIMIT}件までです。条件を絞り込んでください。` : ''}</p>
      {shown.length === 0 ? (
        <p>{props.filters.q ? `「${props.filters.q}」に当てはまる申請はありません。受付番号は11桁（例：2611-4829-173）、電話番号は市外局番から入力してください。` : '条件に合う申請はありません。'}</p>
      ) : (
        <div class="table-scroll">
          <StackTable
            labelledBy="list-title"
            columns={['受付番号', '手続き', '受付日時', '申請方法', '状態', '担当者', '処理期限']}
            rowHeader
            rows={shown.map((row) => [
              <a href={`${props.base}/cases/${row.id}`}>{row.receiptNumber}</a>,
              row.procedureTitle,
              formatDateTime(row.submittedAt),
              SHORT_CHANNEL_LABELS[row.channel] ?? row.channel,
              caseStatusText(row.status, row.correctionAnswered),
              row.assignedTo ? (props.names.get(row.assignedTo) ?? '（不明な職員）') : '（未定）',
              <DueDate dueDate={row.dueDate} status={row.status} today={props.today} />,
            ])}
          />
        </div>
      )}
    </>
  );
  return (
    <>
      <h1>申請の処理</h1>
      <ErrorSummary errors={props.errors} />
      <p>窓口で来庁者の申請を入力するときは<a href={`${props.base}/counter`}>窓口受付</a>から。オンライン化の進み具合は<a href={`${props.base}/cases/figures`}>申請の件数と処理日数</a>で確認できます。</p>
      <InboxSearch base={props.base} q={props.filters.q} />
      {/* A search shows its result at once; otherwise what needs action and the filters come first. */}
      {props.filters.q ? list : null}
      <Counts base={props.base} counts={props.counts} />
      <InboxFilterForm base={props.base} filters={props.filters} errors={props.errors} procedures={props.procedures} />
      {props.filters.q ? null : list}
      {props.exportable.length > 0 ? (
        <section aria-labelledby="export-title">
          <h2 id="export-title">申請データの書き出し</h2>
          <p>基幹システムへの取り込みなどのため、手続きごとの申請をCSV（UTF-8、Excelでも開けます）またはJSONで書き出せます。書き出しは監査ログに記録されます。</p>
          <ul>
            {props.exportable.map((p) => (
              <li>
                {p.title}：<a href={`${props.base}/cases/export.csv?procedure=${encodeURIComponent(p.slug)}`}>CSV<span class="visually-hidden">（{p.title}）</span></a>
                {' ／ '}
                <a href={`${props.base}/cases/export.json?procedure=${encodeURIComponent(p.slug)}`}>JSON<span class="visually-hidden">（{p.title}）</span></a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
