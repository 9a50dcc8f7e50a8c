import type { FileFormat } from '../catalog.ts';

export const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

type Prefix = keyof typeof PREFIXES;

/** `dct:title` → the full IRI. */
export function iri(compact: `${Prefix}:${string}`): string {
  const [prefix, local] = compact.split(':') as [Prefix, string];
  return PREFIXES[prefix] + local;
}

const EU = 'http://publications.europa.eu/resource/authority';

/** Our update frequencies in the EU frequency vocabulary that DCAT-AP asks for. */
export const FREQUENCIES: Readonly<Record<string, string>> = {
  daily: `${EU}/frequency/DAILY`,
  weekly: `${EU}/frequency/WEEKLY`,
  monthly: `${EU}/frequency/MONTHLY`,
  quarterly: `${EU}/frequency/QUARTERLY`,
  yearly: `${EU}/frequency/ANNUAL`,
  irregular: `${EU}/frequency/IRREG`,
};

/** Categories in the EU data-theme vocabulary; events go with culture (EDUC: education, culture and sport). */
export const THEMES: Readonly<Record<string, string>> = {
  administration: `${EU}/data-theme/GOVE`,
  safety: `${EU}/data-theme/JUST`,
  welfare: `${EU}/data-theme/HEAL`,
  children: `${EU}/data-theme/EDUC`,
  statistics: `${EU}/data-theme/SOCI`,
  tourism: `${EU}/data-theme/EDUC`,
};

export const FILE_TYPES: Readonly<Record<FileFormat, string>> = {
  csv: `${EU}/file-type/CSV`,
  json: `${EU}/file-type/JSON`,
  geojson: `${EU}/file-type/GEOJSON`,
  xlsx: `${EU}/file-type/XLSX`,
};

export const IANA_MEDIA_TYPES: Readonly<Record<FileFormat, string>> = {
  csv: 'https://www.iana.org/assignments/media-types/text/csv',
  json: 'https://www.iana.org/assignments/media-types/application/json',
  geojson: 'https://www.iana.org/assignments/media-types/application/geo+json',
  xlsx: 'https://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const JAPANESE = `${EU}/language/JPN`;

/** The Digital Agency's page of the 自治体標準オープンデータセット; each dataset of it is a fragment. */
export const STANDARD_PAGE = 'https://www.digital.go.jp/resources/open_data/municipal-standard-data-set-test';

/** The licence's canonical IRI: the deed in a language (…/deed.ja) is a page about it. */
export function licenceIri(url: string): string | undefined {
  return url ? url.replace(/deed\.[a-z-]+$/u, '') : undefined;
}

/** `0463-71-3311` → `tel:+81-463-71-3311` (RFC 3966 global number). */
export function telephoneIri(phone: string): string {
  return `tel:+81-${phone.replace(/^0/u, '')}`;
}
