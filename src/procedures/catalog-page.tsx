import { CATEGORIES } from '../forms/form-definition.ts';
import { CATEGORY_LABELS } from './catalog-labels.ts';
import type { PublishedProcedure } from './service.ts';

export function CatalogPage(props: { base: string; list: PublishedProcedure[]; query: string; category: string; total: number }) {
  const grouped = CATEGORIES.map((category) => ({ category, items: props.list.filter((p) => p.definition.category === category) })).filter((g) => g.items.length > 0);
  return (
    <>
      <h1>手続き一覧</h1>
      <p>町の手続きを探せます。「オンライン申請できます」と表示された手続きは、24時間いつでもスマートフォンやパソコンから申請できます。</p>
      <form method="get" action={`${props.base}/procedures`} class="search-form" role="search">
        <div class="field">
          <label for="q">キーワードで探す</label>
          <span class="hint" id="q-hint">例：児童手当、保育園、介護、罹災証明</span>
          <input id="q" name="q" type="text" value={props.query} aria-describedby="q-hint" />
        </div>
        <div class="field">
          <label for="category">分類</label>
          <select id="category" name="category">
            <option value="">すべての分類</option>
            {CATEGORIES.map((category) => <option value={category} selected={props.category === category}>{CATEGORY_LABELS[category]}</option>)}
          </select>
        </div>
        <button class="button" type="submit">探す</button>
      </form>
      <p role="status">{props.query || props.category ? `${props.total}件中 ${props.list.length}件の手続きが見つかりました。` : `${props.total}件の手続きがあります。`}</p>
      {props.list.length === 0 ? <p>該当する手続きが見つかりませんでした。言葉を変えて探すか、<a href={`${props.base}/procedures`}>すべての手続き</a>をご覧ください。</p> : null}
      {grouped.map((group) => (
        <section aria-labelledby={`cat-${group.category}`}>
          <h2 id={`cat-${group.category}`}>{CATEGORY_LABELS[group.category]}</h2>
          <ul class="procedure-list">
            {group.items.map(({ procedure, definition }) => (
              <li>
                <a href={`${props.base}/procedures/${procedure.slug}`}>{definition.title}</a>
                <span class={definition.channels.online ? 'status-tag tag-online' : 'status-tag'}>{definition.channels.online ? 'オンライン申請できます' : '窓口・郵送で手続き'}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
