import { z } from 'zod';

/** CKAN writes times as naive ISO 8601 in UTC with microseconds: `2026-03-13T08:31:59.625000`. */
const timestamp = z.string().meta({ description: 'UTC, ISO 8601 without time zone, as CKAN writes it', examples: ['2026-04-01T00:00:00.000000'] });

export const ckanTag = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z.string(),
  state: z.literal('active'),
  vocabulary_id: z.null(),
});

export const ckanGroup = z.object({
  id: z.string(),
  name: z.string().meta({ description: 'Category id, e.g. safety' }),
  title: z.string(),
  display_name: z.string(),
  description: z.string(),
  image_display_url: z.string(),
});

export const ckanOrganization = z.object({
  id: z.string(),
  name: z.string().meta({ description: "Department code (the town's 課)" }),
  title: z.string(),
  type: z.literal('organization'),
  description: z.string(),
  image_url: z.string(),
  created: timestamp,
  is_organization: z.literal(true),
  approval_status: z.literal('approved'),
  state: z.literal('active'),
});

export const ckanResource = z.object({
  id: z.string().meta({ description: '`{package id}-{format}`' }),
  package_id: z.string(),
  url: z.string().meta({ description: 'Download address of the file' }),
  format: z.enum(['CSV', 'JSON', 'GeoJSON', 'XLSX']),
  name: z.string(),
  description: z.string(),
  mimetype: z.string(),
  mimetype_inner: z.null(),
  position: z.int(),
  created: timestamp,
  last_modified: timestamp,
  metadata_modified: timestamp,
  state: z.literal('active'),
  size: z.null(),
  hash: z.string(),
  url_type: z.null(),
  resource_type: z.null(),
  cache_url: z.null(),
  cache_last_updated: z.null(),
});

export const ckanExtra = z.object({ key: z.string(), value: z.string() });

export const ckanPackage = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  notes: z.string(),
  url: z.string(),
  version: z.string(),
  state: z.literal('active'),
  type: z.literal('dataset'),
  private: z.literal(false),
  isopen: z.boolean(),
  license_id: z.string(),
  license_title: z.string(),
  license_url: z.string(),
  author: z.string(),
  author_email: z.string().nullable(),
  maintainer: z.string(),
  maintainer_email: z.string().nullable(),
  creator_user_id: z.string(),
  metadata_created: timestamp,
  metadata_modified: timestamp,
  owner_org: z.string(),
  organization: ckanOrganization,
  groups: z.array(ckanGroup),
  tags: z.array(ckanTag),
  num_tags: z.int(),
  num_resources: z.int(),
  resources: z.array(ckanResource),
  extras: z.array(ckanExtra),
  relationships_as_subject: z.array(z.never()),
  relationships_as_object: z.array(z.never()),
});

/** organization_list / group_list with all_fields=true. */
export const ckanGroupSummary = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  display_name: z.string(),
  description: z.string(),
  type: z.enum(['organization', 'group']),
  is_organization: z.boolean(),
  image_url: z.string(),
  image_display_url: z.string(),
  created: timestamp,
  approval_status: z.literal('approved'),
  state: z.literal('active'),
  num_followers: z.int(),
  package_count: z.int(),
});

const facetItem = z.object({ name: z.string(), display_name: z.string(), count: z.int() });

export const ckanSearchResult = z.object({
  count: z.int(),
  sort: z.string(),
  facets: z.record(z.string(), z.record(z.string(), z.int())),
  search_facets: z.record(z.string(), z.object({ title: z.string(), items: z.array(facetItem) })),
  results: z.array(ckanPackage),
});

export const ckanStatus = z.object({
  ckan_version: z.string(),
  site_url: z.string(),
  site_title: z.string(),
  site_description: z.string(),
  locale_default: z.string(),
  error_emails_to: z.null(),
  extensions: z.array(z.string()),
});

export type CkanTag = z.infer<typeof ckanTag>;
export type CkanGroup = z.infer<typeof ckanGroup>;
export type CkanOrganization = z.infer<typeof ckanOrganization>;
export type CkanResource = z.infer<typeof ckanResource>;
export type CkanPackage = z.infer<typeof ckanPackage>;
export type CkanGroupSummary = z.infer<typeof ckanGroupSummary>;
export type CkanSearchResult = z.infer<typeof ckanSearchResult>;
export type CkanStatus = z.infer<typeof ckanStatus>;
