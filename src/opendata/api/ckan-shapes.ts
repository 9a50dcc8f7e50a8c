import { createHash } from 'node:crypto';
import type { Municipality } from '../../platform/tenancy/municipality.ts';
import { fileStem, type CatalogEntry, type FileFormat } from '../catalog.ts';
import type { DatasetRow } from '../schema.ts';
import { categoryLabel, FORMAT_LABELS, FORMAT_MEDIA_TYPES, licenceOf } from '../labels.ts';
import type { CkanGroup, CkanOrganization, CkanPackage, CkanResource, CkanTag } from './ckan-schemas.ts';
import type { PublicLinks } from '../public-links.ts';

export type Publisher = Pick<Municipality, 'code' | 'nameJa' | 'email' | 'phone'>;

/** What every CKAN dict of one town's catalog is built from. */
export interface ShapeContext {
  links: PublicLinks;
  municipality: Publisher;
  /** When each department's first dataset was published: CKAN's `created` of the organization. */
  departmentSince: ReadonlyMap<string, Date>;
}

export function shapeContext(links: PublicLinks, municipality: Publisher, entries: readonly CatalogEntry[]): ShapeContext {
  const departmentSince = new Map<string, Date>();
  for (const { dataset } of entries) {
    const known = departmentSince.get(dataset.departmentCode);
    const since = firstPublished(dataset);
    if (!known || since < known) departmentSince.set(dataset.departmentCode, since);
  }
  return { links, municipality, departmentSince };
}

/** When the public first saw the dataset: its issue date, which may be earlier than the row (data brought from an older site). */
export function firstPublished(dataset: Pick<DatasetRow, 'issuedAt' | 'createdAt'>): Date {
  return dataset.issuedAt ?? dataset.createdAt;
}

/** CKAN's timestamp form: UTC without a zone designator, with microseconds. */
export function ckanTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, -1)}000`;
}

/**
 * A UUID-shaped id that stays the same for the same thing (a department, a category, a tag),
 * since those have no id of their own that may be shown; name-based like RFC 4122 version 5.
 */
export function stableId(...parts: string[]): string {
  const hex = createHash('sha1').update(`yakuba:${parts.join(':')}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function tagDict(municipalityCode: string, name: string): CkanTag {
  return { id: stableId('tag', municipalityCode, name), name, display_name: name, state: 'active', vocabulary_id: null };
}

export function groupDict(municipalityCode: string, category: string): CkanGroup {
  const title = categoryLabel(category);
  return { id: stableId('group', municipalityCode, category), name: category, title, display_name: title, description: '', image_display_url: '' };
}

export function organizationDict(entry: CatalogEntry, ctx: ShapeContext): CkanOrganization {
  const { dataset } = entry;
  const since = ctx.departmentSince.get(dataset.departmentCode) ?? firstPublished(dataset);
  return {
    id: stableId('organization', dataset.municipalityCode, dataset.departmentCode),
    name: dataset.departmentCode,
    title: entry.departmentName || dataset.departmentCode,
    type: 'organization',
    description: `${ctx.municipality.nameJa} ${entry.departmentName}`.trim(),
    image_url: '',
    created: ckanTimestamp(since),
    is_organization: true,
    approval_status: 'approved',
    state: 'active',
  };
}

/** Media type without parameters, as CKAN stores `mimetype`. */
function bareMediaType(format: FileFormat): string {
  return FORMAT_MEDIA_TYPES[format].split(';')[0]!;
}

export function resourceId(datasetId: string, format: FileFormat): string {
  return `${datasetId}-${format}`;
}

export function resourceDict(entry: CatalogEntry, format: FileFormat, ctx: ShapeContext): CkanResource {
  const { dataset, latest } = entry;
  return {
    id: resourceId(dataset.id, format),
    package_id: dataset.id,
    url: ctx.links.file(dataset, format),
    format: FORMAT_LABELS[format],
    name: `${fileStem(dataset)}.${format}`,
    description: `${dataset.title}（${FORMAT_LABELS[format]}形式、${latest.rowCount}件）`,
    mimetype: bareMediaType(format),
    mimetype_inner: null,
    position: entry.formats.indexOf(format),
    created: ckanTimestamp(dataset.issuedAt ?? latest.publishedAt),
    last_modified: ckanTimestamp(latest.publishedAt),
    metadata_modified: ckanTimestamp(dataset.modifiedAt ?? latest.publishedAt),
    state: 'active',
    size: null,
    hash: '',
    url_type: null,
    resource_type: null,
    cache_url: null,
    cache_last_updated: null,
  };
}

/** The extras a harvester reads for what CKAN's core schema has no field for. */
function extrasOf(entry: CatalogEntry): { key: string; value: string }[] {
  const { dataset } = entry;
  const extras = [{ key: 'update_frequency', value: dataset.updateFrequency }];
  if (dataset.standard) extras.push({ key: 'conforms_to', value: dataset.standard }, { key: 'conforms_to_title', value: entry.standardTitle ?? dataset.standard });
  extras.push({ key: 'sample_data', value: String(dataset.sample) }, { key: 'row_count', value: String(entry.latest.rowCount) });
  return extras;
}

export function packageDict(entry: CatalogEntry, ctx: ShapeContext): CkanPackage {
  const { dataset, latest } = entry;
  const licence = licenceOf(dataset.licence);
  const organization = organizationDict(entry, ctx);
  const tags = dataset.keywords.map((keyword) => tagDict(dataset.municipalityCode, keyword));
  const resources = entry.formats.map((format) => resourceDict(entry, format, ctx));
  return {
    id: dataset.id,
    name: dataset.slug,
    title: dataset.title,
    notes: dataset.description,
    url: ctx.links.datasetPage(dataset.slug),
    version: String(latest.version),
    state: 'active',
    type: 'dataset',
    private: false,
    isopen: dataset.licence.startsWith('CC-BY') || dataset.licence.startsWith('CC0'),
    license_id: dataset.licence,
    license_title: licence.title,
    license_url: licence.url,
    author: ctx.municipality.nameJa,
    author_email: ctx.municipality.email,
    maintainer: `${ctx.municipality.nameJa} ${entry.departmentName}`.trim(),
    maintainer_email: ctx.municipality.email,
    creator_user_id: stableId('publisher', dataset.municipalityCode),
    metadata_created: ckanTimestamp(firstPublished(dataset)),
    metadata_modified: ckanTimestamp(dataset.modifiedAt ?? latest.publishedAt),
    owner_org: organization.id,
    organization,
    groups: [groupDict(dataset.municipalityCode, dataset.category)],
    tags,
    num_tags: tags.length,
    num_resources: resources.length,
    resources,
    extras: extrasOf(entry),
    relationships_as_subject: [],
    relationships_as_object: [],
  };
}
