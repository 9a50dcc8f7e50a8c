import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { contentSecurityPolicy } from '../../platform/http/security-headers.ts';
import type { Services } from '../../platform/services.ts';
import { publicPage } from '../../views/public-page.tsx';
import { cachedCatalog } from '../catalog-cache.ts';
import type { CatalogEntry } from '../catalog.ts';
import { facilityRoutes } from './facility-route.tsx';
import { AedFields, FeatureFields, KindFields } from './filter-fields.tsx';
import { FEATURE_GROUPS } from './filters.ts';
import { kindOfStandard, type KindId } from './kinds.ts';
import { loadSources, type LoadedSource } from './load-sources.ts';
import { distanceText, facilityHref } from './facility-list.tsx';
import { mapDataOf } from './map-data.ts';
import { MapPage, mapPageErrors } from './map-page.tsx';
import { kindsToShow, mapQueryOf, momentOf, type MapQuery } from './map-query.ts';
import { momentInJapan, type Moment } from './opening-hours.ts';
import { resolveOrigin, type OriginResult } from './origin.ts';
import { filterFacilities, limitList, LIST_LIMIT, sortByDistance } from './select-facilities.ts';
import { tileImageSource } from './tiles.ts';

interface ListPlan {
  entries: CatalogEntry[];
  heading: string;
  mapLabel: string;
  lead: string;
  what: string;
  showKind: boolean;
  backLink: { href: string; text: string };
  /** The kind filters shown under the origin fields. */
  filters: (query: MapQuery, when: { now: Moment; timeInvalid: boolean }) => Child;
  /** Which loaded rows the list holds. */
  select: (sources: LoadedSource[], query: MapQuery, moment: Moment) => LoadedSource['facilities'];
  notices: (query: MapQuery) => string[];
}

function originNotices(result: OriginResult, query: MapQuery): string[] {
  const label = result.origin?.label ?? '';
  return [
    ...(result.locationRefused ? [`受け取った位置が日本国内ではなかったため、現在地は使っていません。${label}から近い順に並べています。`] : []),
    ...(result.origin?.source === 'address' ? [`入力された住所「${query.address}」を${result.origin.district}地区として、近い順に並べています。`] : []),
    ...(result.origin ? [] : ['地区が登録されていないため、名前の順に並べています。']),
  ];
}

function allHref(c: Context<AppEnv>): string {
  const params = new URLSearchParams(new URL(c.req.url).search);
  params.set('all', '1');
  return `${c.get('base')}${c.req.path}?${params.toString()}`;
}

/** The facility maps and lists residents use: near a place, per dataset, and one facility. */
export function mapRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const tiles = { url: services.config.MAP_TILE_URL, attribution: services.config.MAP_TILE_ATTRIBUTION };
  const mapPolicy = contentSecurityPolicy({ imageSources: [tileImageSource(tiles.url)] });
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  const geographic = async (c: Context<AppEnv>) => (await cachedCatalog(services.db, code(c))).filter((entry) => entry.geographic);

  async function renderList(c: Context<AppEnv>, plan: ListPlan) {
    const town = c.get('municipality')!;
    const base = c.get('base');
    const query = mapQueryOf(c.req.queries());
    const now = new Date();
    const { moment, timeInvalid } = momentOf(query, now);
    const { districts, sources } = await loadSources(services.db, town.code, plan.entries);
    const origin = resolveOrigin(query, districts, town.nameJa);
    const sorted = sortByDistance(plan.select(sources, query, moment), origin.origin);
    const listed = limitList(sorted, query.all);
    const hrefOf = (f: (typeof listed)[number]) => facilityHref(base, f.source.slug, f.id);
    const mapData = mapDataOf(listed, origin.origin, hrefOf, (f) => (f.distance === undefined ? '' : distanceText(f.distance)));
    const withoutPlace = sources.filter((s) => s.unplaced > 0);
    const errors = mapPageErrors(origin, timeInvalid);
    // The tile server may serve images to these pages only; the page cache keeps this header with the page.
    c.header('Content-Security-Policy', mapPolicy);
    return publicPage(c, {
      title: `${errors.length > 0 ? 'エラー：' : ''}${plan.heading}`,
      languages: ['ja'],
      scripts: ['leaflet.js', 'map.js'],
      body: () => (
        <MapPage
          heading={plan.heading}
          mapLabel={plan.mapLabel}
          lead={plan.lead}
          what={plan.what}
          showKind={plan.showKind}
          backLink={plan.backLink}
          base={base}
          action={`${base}${c.req.path}`}
          sample={sources.some((s) => s.source.sample)}
          districts={districts}
          townExample={`${town.nameJa}${districts[1]?.name ?? districts[0]?.name ?? ''}123番地`}
          query={query}
          origin={origin}
          moment={moment}
          timeInvalid={timeInvalid}
          filters={plan.filters(query, { now: momentInJapan(now), timeInvalid })}
          notices={[...originNotices(origin, query), ...plan.notices(query)]}
          listed={listed}
          total={sorted.length}
          allHref={listed.length < sorted.length ? allHref(c) : undefined}
          unplaced={withoutPlace.reduce((n, s) => n + s.unplaced, 0)}
          datasetLinks={withoutPlace.map((s) => ({ href: `${base}/opendata/datasets/${s.source.slug}`, title: s.entry.dataset.title }))}
          tiles={tiles}
          mapData={mapData}
        />
      ),
    });
  }

  app.get('/opendata/nearby', async (c) => {
    const base = c.get('base');
    const entries = (await geographic(c)).filter((entry) => kindOfStandard(entry.dataset.standard));
    return renderList(c, {
      entries,
      heading: '近くの施設を探す',
      mapLabel: '近くの施設の地図',
      lead: `トイレ・AED・避難場所・子育て施設・公共施設を、選んだ場所から近い順に表示します。近い${LIST_LIMIT}件まで表示し、すべてを表示することもできます。`,
      what: '施設',
      showKind: true,
      backLink: { href: `${base}/opendata`, text: 'オープンデータの一覧に戻る' },
      filters: (query) => <KindFields query={query} />,
      select: (sources, query) => {
        const kinds: KindId[] = kindsToShow(query);
        return sources.filter((s) => s.source.kind && kinds.includes(s.source.kind)).flatMap((s) => s.facilities);
      },
      notices: (query) => (query.submitted && query.kinds.length === 0 ? ['種類が選ばれていなかったため、すべての種類を表示しています。'] : []),
    });
  });

  app.get('/opendata/datasets/:slug/map', async (c) => {
    const entry = (await geographic(c)).find((e) => e.dataset.slug === c.req.param('slug'));
    if (!entry) return c.notFound();
    const kind = kindOfStandard(entry.dataset.standard);
    const group = kind ? FEATURE_GROUPS[kind.id] : undefined;
    const base = c.get('base');
    return renderList(c, {
      entries: [entry],
      heading: `${entry.dataset.title}（地図と一覧）`,
      mapLabel: `${entry.dataset.title}の地図`,
      lead: `${entry.dataset.title}の場所を、選んだ場所から近い順に表示します。条件を選んで絞り込むこともできます。`,
      what: kind?.label ?? '場所',
      showKind: false,
      backLink: { href: `${base}/opendata/datasets/${entry.dataset.slug}`, text: `${entry.dataset.title}のデータのページに戻る` },
      filters: (query, when) => (
        <>
          {group ? <FeatureFields group={group} selected={group.param === 'hazard' ? query.hazards : query.features} /> : null}
          {kind?.id === 'aed' ? <AedFields query={query} today={when.now.label.replace(/\d+:\d{2}$/u, '')} timeInvalid={when.timeInvalid} /> : null}
        </>
      ),
      select: (sources, query, moment) => sources.flatMap((s) => filterFacilities(s.facilities, kind?.id, query, moment)),
      notices: () => [],
    });
  });

  app.route('/', facilityRoutes(services));
  return app;
}
