import { CATEGORIES } from '../forms/form-definition.ts';
import { LegalName } from '../forms/procedure-name.tsx';
import { plainTitleOf } from '../forms/procedure-names.ts';
import { CATEGORY_LABELS } from './catalog-labels.ts';
import type { PublishedProcedure } from './service.ts';

/** Who residents can call when the search finds nothing: the departments of the catalog and the town's number. */
export interface CatalogContact {
  departmentNames: string[];
  phone: string;
  openingHours: string;
}

export interface CatalogPageProps {
  base: string;
  /** The procedures to list: all of them (or one category) in catalog order, or the search results best first. */
  list: PublishedProcedure[];
  featured: PublishedProcedure[];
  query: string;
  category: string;
  total: number;
  contact: CatalogContact;
}

function ProcedureItem(props: { base: string; item: PublishedProcedure }) {
  const { procedure, definition } = props.item;
  return (
    <li>
      <a href={`${props.base}/procedures/${procedure.slug}`}>{plainTitleOf(definition)}</a>
      <LegalName names={definition} />
      <span class={definition.channels.online ? 'status-tag tag-online' : 'status-tag'}>{definition.channels.online ? 'オンライン申請できます' : '窓口・郵送で手続き'}</span>
    </li>
  );
}

function SearchForm(props: { base: string; query: string; category: string }) {
  return (
    <form method="get" action={`${props.base}/procedures`} class="search-form" role="search">
      <div class="field">
        <label for="q">キーワードで探す</label>
        <span class="hint" id="q-hint">例：児童手当、保育園、介護、りさい証明。ひらがなやカタカナでも探せます。</span>
        <input id="q" name="q" type="search" value={props.query} aria-describedby="q-hint" />
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
  );
}

/** Nothing matched: say so, and offer the full list and a phone number instead. */
function NoMatch(props: { base: string; contact: CatalogContact }) {
  const { contact } = props;
  return (
    <section class="no-match" aria-labelledby="no-match-title">
      <h2 id="no-match-title">お探しの手続きが見つからないときは</h2>
      <ul>
        <li>短い言葉や、別の言い方で探してみてください（例：「保育園」「児童手当」「引っ越し」）。</li>
        <li><a href={`${props.base}/procedures`}>すべての手続きの一覧</a>から探すこともできます。</li>
      </ul>
      <h3>お電話でもご案内します</h3>
      <p>
        どの手続きが必要かわからないときは、お気軽にお問い合わせください。担当課（{contact.departmentNames.join('、')}）におつなぎします。
      </p>
      <p class="contact-phone">電話 <a href={`tel:${contact.phone.replace(/[^\d]/gu, '')}`}>{contact.phone}</a></p>
      <p>受付時間：{contact.openingHours}</p>
    </section>
  );
}

function statusText(props: CatalogPageProps): string {
  if (!props.query && !props.category) return `${props.total}件の手続きがあります。`;
  if (props.list.length === 0) return props.query ? `「${props.query}」に当てはまる手続きは見つかりませんでした。` : 'この分類の手続きはありません。';
  return `${props.total}件中 ${props.list.length}件の手続きが見つかりました。`;
}

export function CatalogPage(props: CatalogPageProps) {
  const searching = props.query !== '';
  const grouped = CATEGORIES.map((category) => ({ category, items: props.list.filter((p) => p.definition.category === category) })).filter((g) => g.items.length > 0);
  return (
    <>
      <h1>手続き一覧</h1>
      <p>町の手続きを探せます。「オンライン申請できます」と表示された手続きは、24時間いつでもスマートフォンやパソコンから申請できます。</p>
      <SearchForm base={props.base} query={props.query} category={props.category} />
      {!searching && !props.category && props.featured.length > 0 ? (
        <section aria-labelledby="featured-title">
          <h2 id="featured-title">よく使う手続き</h2>
          <ul class="procedure-list">
            {props.featured.map((item) => <ProcedureItem base={props.base} item={item} />)}
          </ul>
        </section>
      ) : null}
      <p role="status">{statusText(props)}</p>
      {props.list.length === 0 ? <NoMatch base={props.base} contact={props.contact} /> : null}
      {searching && props.list.length > 0 ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">検索結果（当てはまる順）</h2>
          <ul class="procedure-list">
            {props.list.map((item) => <ProcedureItem base={props.base} item={item} />)}
          </ul>
        </section>
      ) : null}
      {!searching
        ? grouped.map((group) => (
            <section aria-labelledby={`cat-${group.category}`}>
              <h2 id={`cat-${group.category}`}>{CATEGORY_LABELS[group.category]}</h2>
              <ul class="procedure-list">
                {group.items.map((item) => <ProcedureItem base={props.base} item={item} />)}
              </ul>
            </section>
          ))
        : null}
    </>
  );
}
