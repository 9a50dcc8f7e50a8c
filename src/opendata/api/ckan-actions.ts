import { z } from 'zod';
import type { CatalogEntry } from '../catalog.ts';
import { CATEGORIES } from '../labels.ts';
import { invalid, notFound } from './ckan-errors.ts';
import * as params from './ckan-params.ts';
import * as schemas from './ckan-schemas.ts';
import { packageSearch } from './ckan-search.ts';
import { ckanTimestamp, firstPublished, groupDict, organizationDict, packageDict, resourceDict, resourceId, tagDict, type ShapeContext } from './ckan-shapes.ts';

/** What an action reads: the town's published catalog and how to shape it. */
export interface ActionInput {
  entries: readonly CatalogEntry[];
  shape: ShapeContext;
}

export interface ActionDefinition<P extends z.ZodType = z.ZodType> {
  summary: string;
  params: P;
  result: z.ZodType;
  run(params: z.output<P>, input: ActionInput): unknown;
}

const define = <P extends z.ZodType>(action: ActionDefinition<P>) => action as unknown as ActionDefinition;

function page<T>(items: T[], offset: number, limit: number | undefined): T[] {
  return items.slice(offset, limit === undefined ? undefined : offset + limit);
}

const byName = (a: string, b: string) => a.localeCompare(b, 'ja');

function findPackage(entries: readonly CatalogEntry[], id: string): CatalogEntry {
  const entry = entries.find(({ dataset }) => dataset.id === id || dataset.slug === id);
  if (!entry) throw notFound('データセットが見つかりません');
  return entry;
}

function sortGroups(dicts: schemas.CkanGroupSummary[], sort: params.GroupListParams['sort']): schemas.CkanGroupSummary[] {
  const [field, direction] = sort.split(' ') as ['name' | 'title' | 'package_count', 'asc' | 'desc'];
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: schemas.CkanGroupSummary, b: schemas.CkanGroupSummary) => (field === 'package_count' ? a.package_count - b.package_count : byName(a[field], b[field]));
  return dicts.sort((a, b) => sign * compare(a, b) || byName(a.name, b.name));
}

function listGroups(dicts: schemas.CkanGroupSummary[], p: params.GroupListParams): unknown[] {
  const sorted = page(sortGroups(dicts, p.sort), p.offset, p.limit);
  return p.all_fields ? sorted : sorted.map((dict) => dict.name);
}

function organizations({ entries, shape }: ActionInput): schemas.CkanGroupSummary[] {
  const byCode = new Map<string, { entry: CatalogEntry; count: number }>();
  for (const entry of entries) {
    const known = byCode.get(entry.dataset.departmentCode);
    byCode.set(entry.dataset.departmentCode, { entry: known?.entry ?? entry, count: (known?.count ?? 0) + 1 });
  }
  return [...byCode.values()].map(({ entry, count }) => {
    const organization = organizationDict(entry, shape);
    return { ...organization, display_name: organization.title, image_display_url: organization.image_url, num_followers: 0, package_count: count };
  });
}

function groups({ entries, shape }: ActionInput): schemas.CkanGroupSummary[] {
  const oldest = entries.map(({ dataset }) => firstPublished(dataset)).sort((a, b) => a.getTime() - b.getTime())[0];
  return CATEGORIES.map((category) => ({
    ...groupDict(shape.municipality.code, category.id),
    type: 'group' as const,
    is_organization: false,
    image_url: '',
    created: ckanTimestamp(oldest ?? new Date(0)),
    approval_status: 'approved' as const,
    state: 'active' as const,
    num_followers: 0,
    package_count: entries.filter(({ dataset }) => dataset.category === category.id).length,
  }));
}

/** The read-only actions of CKAN's Action API that a catalog of published datasets can answer. */
export const CKAN_ACTIONS: Readonly<Record<string, ActionDefinition>> = {
  package_list: define({
    summary: 'Names of all published datasets, in name order',
    params: params.packageListParams,
    result: z.array(z.string()),
    run: (p, { entries }) => page(entries.map(({ dataset }) => dataset.slug).sort(byName), p.offset, p.limit),
  }),
  package_show: define({
    summary: 'One dataset, by id or name',
    params: params.packageShowParams,
    result: schemas.ckanPackage,
    run: (p, { entries, shape }) => packageDict(findPackage(entries, p.id), shape),
  }),
  package_search: define({
    summary: 'Search, filter (fq), sort, page and count facets',
    params: params.packageSearchParams,
    result: schemas.ckanSearchResult,
    run: (p, { entries, shape }) => packageSearch(entries, p, shape),
  }),
  resource_show: define({
    summary: 'One file of a dataset, by resource id',
    params: params.resourceShowParams,
    result: schemas.ckanResource,
    run: (p, { entries, shape }) => {
      for (const entry of entries) {
        const format = entry.formats.find((candidate) => resourceId(entry.dataset.id, candidate) === p.id);
        if (format) return resourceDict(entry, format, shape);
      }
      throw notFound('ファイル（リソース）が見つかりません');
    },
  }),
  organization_list: define({
    summary: "The town's departments that publish data (names are department codes)",
    params: params.groupListParams,
    result: z.union([z.array(z.string()), z.array(schemas.ckanGroupSummary)]),
    run: (p, input) => listGroups(organizations(input), p),
  }),
  group_list: define({
    summary: 'Categories of the catalog',
    params: params.groupListParams,
    result: z.union([z.array(z.string()), z.array(schemas.ckanGroupSummary)]),
    run: (p, input) => listGroups(groups(input), p),
  }),
  tag_list: define({
    summary: 'Keywords of published datasets',
    params: params.tagListParams,
    result: z.union([z.array(z.string()), z.array(schemas.ckanTag)]),
    run: (p, { entries, shape }) => {
      const wanted = p.query?.toLowerCase();
      const names = [...new Set(entries.flatMap(({ dataset }) => dataset.keywords))].filter((name) => !wanted || name.toLowerCase().includes(wanted)).sort(byName);
      return p.all_fields ? names.map((name) => tagDict(shape.municipality.code, name)) : names;
    },
  }),
  help_show: define({
    summary: 'What an action does (the `help` address of every answer)',
    params: params.helpShowParams,
    result: z.string(),
    run: (p, { shape }) => {
      const action = findAction(p.name);
      if (!action) throw notFound('そのアクションはありません');
      return `${action.summary}. Parameters and answers: ${shape.links.site}/api/3/openapi.json`;
    },
  }),
  status_show: define({
    summary: 'What this site is and which CKAN API version it answers like',
    params: params.noParams,
    result: schemas.ckanStatus,
    run: (_p, { shape }): schemas.CkanStatus => ({
      ckan_version: '2.10.0',
      site_url: shape.links.site,
      site_title: `${shape.municipality.nameJa} オープンデータ`,
      site_description: `${shape.municipality.nameJa}が公開するオープンデータ（自治体標準オープンデータセット）`,
      locale_default: 'ja',
      error_emails_to: null,
      extensions: ['yakuba', 'dcat'],
    }),
  }),
};

/** Validates the parameters and runs the action; throws CkanError as CKAN would answer. */
export function runAction(action: ActionDefinition, raw: Record<string, unknown>, input: ActionInput): unknown {
  const parsed = action.params.safeParse(raw);
  if (!parsed.success) throw invalid(params.validationErrors(parsed.error));
  return action.run(parsed.data, input);
}

/** The action of that name; own properties only, so `toString` or `__proto__` are unknown actions. */
export function findAction(name: string): ActionDefinition | undefined {
  return Object.hasOwn(CKAN_ACTIONS, name) ? CKAN_ACTIONS[name] : undefined;
}
