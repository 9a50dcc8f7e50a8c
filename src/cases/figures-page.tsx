import type { FieldError } from '../views/form-fields.tsx';
import { ErrorSummary } from '../views/form-fields.tsx';
import type { PlanFigures } from './plan-figures.ts';
import { STATUS_LABELS, type ApplicationStatus } from './status.ts';

const dayText = (value: number | null) => (value === null ? '—' : `${value}日`);
const share = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

/** 計画の指標: online versus counter and lead times, for the digitalisation plan's follow-up. */
export function FiguresPage(props: { base: string; figures: PlanFigures; errors: FieldError[]; input: { from: string; to: string } }) {
  const { figures } = props;
  const online = figures.procedures.reduce((sum, p) => sum + p.online, 0);
  const counter = figures.procedures.reduce((sum, p) => sum + p.counter, 0);
  const titles = new Map(figures.procedures.map((p) => [p.slug, p.title]));
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <h1>申請の件数と処理日数</h1>
      <p>DX推進計画の「行政手続きのオンライン化」の進み具合を確かめるための数字です。個人情報は含みません。</p>
      <form method="get" action={`${props.base}/cases/figures`} class="inbox-filters">
        <h2>集計期間（受付日）</h2>
        <div class="part-row">
          {(['from', 'to'] as const).map((key) => (
            <div class="field">
              <label for={key}>{key === 'from' ? '開始日' : '終了日（この日を含まない）'}</label>
              {props.errors.find((e) => e.field === key) ? <p class="field-error" id={`${key}-error`}>{props.errors.find((e) => e.field === key)!.message}</p> : null}
              <input id={key} name={key} type="date" value={props.input[key]} aria-invalid={props.errors.some((e) => e.field === key) ? 'true' : undefined} aria-describedby={props.errors.some((e) => e.field === key) ? `${key}-error` : undefined} />
            </div>
          ))}
        </div>
        <button class="button" type="submit">集計する</button>
      </form>
      <p><a href={`${props.base}/cases/figures.json?from=${figures.from}&to=${figures.to}`}>この集計をJSON形式でダウンロードする</a></p>
      <ul class="card-list">
        <li class="card"><h2>オンライン申請</h2><p><span class="figure">{online}件</span>（{share(online, online + counter)}）</p></li>
        <li class="card"><h2>窓口での申請</h2><p><span class="figure">{counter}件</span>（{share(counter, online + counter)}）</p></li>
      </ul>
      <h2>手続きごとの件数と、受付から処理終了までの日数</h2>
      {figures.procedures.length === 0 ? <p>この期間に受け付けた申請はありません。</p> : (
        <div class="table-scroll">
          <table>
            <thead><tr><th scope="col">手続き</th><th scope="col">オンライン</th><th scope="col">窓口</th><th scope="col">オンライン率</th><th scope="col">処理が終わった件数</th><th scope="col">日数（平均）</th><th scope="col">日数（中央値）</th></tr></thead>
            <tbody>
              {figures.procedures.map((p) => (
                <tr><th scope="row">{p.title}</th><td>{p.online}</td><td>{p.counter}</td><td>{share(p.online, p.online + p.counter)}</td><td>{p.decided}</td><td>{dayText(p.leadDaysAverage)}</td><td>{dayText(p.leadDaysMedian)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>状態ごとの滞留日数</h2>
      <p>申請がそれぞれの状態にとどまった日数の平均です（土日祝日を含む暦日）。「現在」はいまその状態にある件数です。</p>
      {figures.statuses.length === 0 ? <p>この期間に受け付けた申請はありません。</p> : (
        <div class="table-scroll">
          <table>
            <thead><tr><th scope="col">手続き</th><th scope="col">状態</th><th scope="col">次の状態に進んだ件数</th><th scope="col">滞留日数（平均）</th><th scope="col">現在</th></tr></thead>
            <tbody>
              {figures.statuses.map((s) => (
                <tr><th scope="row">{titles.get(s.slug) ?? s.slug}</th><td>{STATUS_LABELS[s.status as ApplicationStatus] ?? s.status}</td><td>{s.left}</td><td>{dayText(s.daysAverage)}</td><td>{s.now}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
