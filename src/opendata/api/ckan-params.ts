import { z } from 'zod';
import { SORTS } from '../catalog-search.ts';

/**
 * Parameters of each action, as CKAN names them. GET sends every value as text and POST JSON as
 * numbers and booleans, so both are accepted; error texts are CKAN's own.
 */
const natural = z
  .coerce.number({ error: 'Invalid integer' })
  .int({ error: 'Invalid integer' })
  .min(0, { error: 'Must be a natural number' });

const flag = z.union([z.boolean(), z.stringbool()], { error: 'Must be true or false' }).default(false);

const id = z.string({ error: 'Missing value' }).trim().min(1, { error: 'Missing value' });

/** CKAN sorts by relevance first; this catalog has no scores, so that sort is the newest-first one. */
export const RELEVANCE_SORT = 'score desc, metadata_modified desc';
export const SEARCH_SORTS = [RELEVANCE_SORT, ...SORTS] as const;

export const MAX_ROWS = 1000;

const paging = {
  limit: natural.optional().meta({ description: 'At most this many names' }),
  offset: natural.default(0).meta({ description: 'Names to skip' }),
};

export const packageListParams = z.object(paging);

export const packageShowParams = z.object({ id: id.meta({ description: 'Dataset id (UUID) or name (e.g. public_toilet)' }) });

export const resourceShowParams = z.object({ id: id.meta({ description: 'Resource id: `{dataset id}-{csv|json|geojson|xlsx}`' }) });

export const packageSearchParams = z.object({
  q: z.string().default('').meta({ description: 'Words to find (all must occur); `field:value` terms filter like fq' }),
  fq: z.string().default('').meta({ description: 'Filters, ANDed: `groups:safety res_format:GeoJSON tags:"避難所"`' }),
  rows: natural.default(10).meta({ description: `Results per page (default 10, at most ${MAX_ROWS})` }),
  start: natural.default(0).meta({ description: 'Results to skip' }),
  sort: z
    .enum(SEARCH_SORTS, { error: `Must be one of: ${SEARCH_SORTS.join(', ')}` })
    .default(RELEVANCE_SORT),
  'facet.field': z
    .union([z.array(z.string()), z.string()])
    .optional()
    .meta({ description: 'JSON array of fields to count, e.g. ["groups","res_format"]' }),
  'facet.limit': z.coerce.number({ error: 'Invalid integer' }).int({ error: 'Invalid integer' }).min(-1).default(50).meta({ description: 'Values per facet, -1 for all' }),
  'facet.mincount': natural.default(1),
});

export const GROUP_SORTS = ['name asc', 'name desc', 'title asc', 'title desc', 'package_count desc', 'package_count asc'] as const;

export const groupListParams = z.object({
  ...paging,
  all_fields: flag.meta({ description: 'Whole dicts instead of names' }),
  sort: z.enum(GROUP_SORTS, { error: `Must be one of: ${GROUP_SORTS.join(', ')}` }).default('name asc'),
});

export const tagListParams = z.object({
  query: z.string().optional().meta({ description: 'Only tags containing this text' }),
  all_fields: flag.meta({ description: 'Whole dicts instead of names' }),
});

export const helpShowParams = z.object({ name: id.meta({ description: 'Action name, e.g. package_search' }) });

export const noParams = z.object({});

export type PackageSearchParams = z.infer<typeof packageSearchParams>;
export type GroupListParams = z.infer<typeof groupListParams>;

/** CKAN's Validation Error body: each field with its messages. */
export function validationErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '__root');
    (fields[field] ??= []).push(issue.message);
  }
  return fields;
}
