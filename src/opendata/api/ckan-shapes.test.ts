import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ckanPackage } from './ckan-schemas.ts';
import { ckanTimestamp, packageDict, stableId } from './ckan-shapes.ts';
import { sampleEntries, sampleShape } from './fixtures/sample-catalog.ts';

const real = JSON.parse(readFileSync(new URL('./fixtures/ckan-package-show.json', import.meta.url), 'utf8')) as { result: unknown };

/** CKAN leaves these empty (null) for a linked file that it did not upload itself. */
const MAY_BE_NULL = new Set(['result.resources[].size', 'result.resources[].url_type']);

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Differences of keys and value types between CKAN's dict and ours, by path. */
function shapeDifferences(theirs: unknown, ours: unknown, path = 'result'): string[] {
  if (kind(theirs) !== kind(ours)) return MAY_BE_NULL.has(path) && ours === null ? [] : [`${path}: CKAN has ${kind(theirs)}, we have ${kind(ours)}`];
  if (Array.isArray(theirs) && Array.isArray(ours)) return theirs.length && ours.length ? shapeDifferences(theirs[0], ours[0], `${path}[]`) : [];
  if (kind(theirs) !== 'object') return [];
  const a = theirs as Record<string, unknown>;
  const b = ours as Record<string, unknown>;
  const missing = Object.keys(a).filter((key) => !(key in b)).map((key) => `${path}.${key}: missing`);
  const extra = Object.keys(b).filter((key) => !(key in a)).map((key) => `${path}.${key}: not in CKAN's`);
  return [...missing, ...extra, ...Object.keys(a).filter((key) => key in b).flatMap((key) => shapeDifferences(a[key], b[key], `${path}.${key}`))];
}

describe('CKAN package dicts', () => {
  const entries = sampleEntries();
  const shape = sampleShape(entries);
  const toilet = packageDict(entries[0]!, shape);

  it('has the keys and value types of a real CKAN 2.10 package_show', () => {
    assert.deepEqual(shapeDifferences(real.result, toilet), []);
  });

  it('matches the response schema the OpenAPI document publishes', () => {
    assert.doesNotThrow(() => ckanPackage.parse(toilet));
  });

  it('names the dataset, its department and its category as CKAN clients expect', () => {
    assert.equal(toilet.name, 'public_toilet');
    assert.equal(toilet.url, 'https://yakuba.example.jp/m/143421/opendata/datasets/public_toilet');
    assert.equal(toilet.organization.name, 'seisaku');
    assert.equal(toilet.organization.title, '政策総務課');
    assert.equal(toilet.owner_org, toilet.organization.id);
    assert.deepEqual(toilet.groups.map((group) => [group.name, group.title]), [['administration', '行政・施設']]);
    assert.deepEqual(toilet.tags.map((tag) => tag.name), ['トイレ', '地図']);
    assert.equal(toilet.num_tags, 2);
    assert.equal(toilet.license_id, 'CC-BY-4.0');
    assert.equal(toilet.isopen, true);
    assert.deepEqual(toilet.extras, [
      { key: 'update_frequency', value: 'irregular' },
      { key: 'conforms_to', value: 'public_toilet' },
      { key: 'conforms_to_title', value: '公衆トイレ一覧' },
      { key: 'sample_data', value: 'true' },
      { key: 'row_count', value: '12' },
    ]);
  });

  it('lists one resource per file, GeoJSON only for data with coordinates', () => {
    assert.deepEqual(toilet.resources.map((resource) => [resource.format, resource.position, resource.mimetype]), [
      ['CSV', 0, 'text/csv'],
      ['JSON', 1, 'application/json'],
      ['GeoJSON', 2, 'application/geo+json'],
      ['XLSX', 3, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    const csv = toilet.resources[0]!;
    assert.equal(csv.id, `${toilet.id}-csv`);
    assert.equal(csv.package_id, toilet.id);
    assert.equal(csv.url, 'https://yakuba.example.jp/m/143421/opendata/files/143421_public_toilet.csv');
    assert.equal(csv.name, '143421_public_toilet.csv');
    const population = packageDict(entries[2]!, shape);
    assert.deepEqual(population.resources.map((resource) => resource.format), ['CSV', 'JSON', 'XLSX']);
    assert.equal(population.num_resources, 3);
  });

  it('writes times as CKAN does: UTC, no zone, microseconds', () => {
    assert.equal(ckanTimestamp(new Date('2026-03-13T08:31:59.625Z')), '2026-03-13T08:31:59.625000');
    assert.match(toilet.metadata_modified, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/u);
    assert.equal(toilet.metadata_modified, '2026-03-05T00:00:00.000000');
    assert.equal(toilet.metadata_created, '2026-01-10T00:00:00.000000');
    assert.equal(toilet.organization.created, '2026-01-10T00:00:00.000000');
  });

  it('gives departments, categories and tags stable UUID-shaped ids', () => {
    assert.match(stableId('tag', '143421', 'トイレ'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    assert.equal(stableId('tag', '143421', 'トイレ'), toilet.tags[0]!.id);
    assert.notEqual(stableId('tag', '143413', 'トイレ'), toilet.tags[0]!.id);
  });
});
