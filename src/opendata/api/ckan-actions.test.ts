import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findAction, runAction, type ActionInput } from './ckan-actions.ts';
import { CkanError } from './ckan-errors.ts';
import { parseQuery } from './ckan-query.ts';
import type { CkanGroupSummary, CkanPackage, CkanSearchResult } from './ckan-schemas.ts';
import { sampleEntries, sampleShape } from './fixtures/sample-catalog.ts';

const entries = sampleEntries();
const input: ActionInput = { entries, shape: sampleShape(entries) };

function run(name: string, params: Record<string, unknown> = {}): unknown {
  return runAction(findAction(name)!, params, input);
}

const search = (params: Record<string, unknown>) => run('package_search', params) as CkanSearchResult;
const names = (result: CkanSearchResult) => result.results.map((dict) => dict.name);

function failure(fn: () => unknown): CkanError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CkanError) return error;
    throw error;
  }
  assert.fail('expected a CkanError');
}

describe('Solr-style q and fq terms', () => {
  it('reads field:value, quoted values, + and AND, and leaves the rest as words', () => {
    assert.deepEqual(parseQuery('groups:safety AND +tags:"避難 所" res_format:GeoJSON トイレ'), {
      words: ['トイレ'],
      filters: { groups: ['safety'], tags: ['避難 所'], res_format: ['GeoJSON'] },
      unknown: [],
    });
    assert.deepEqual(parseQuery('update_frequency:monthly conforms_to:aed *:*').filters, { frequency: ['monthly'], standard: ['aed'] });
    assert.deepEqual(parseQuery('author:someone').unknown, [{ field: 'author', term: 'author:someone' }]);
    assert.deepEqual(parseQuery('tags:a\\:b').filters, { tags: ['a:b'] });
  });
});

describe('CKAN actions over a catalog in memory', () => {
  it('package_list gives names in name order, with limit and offset', () => {
    assert.deepEqual(run('package_list'), ['evacuation_space', 'population', 'public_toilet']);
    assert.deepEqual(run('package_list', { limit: '1', offset: '1' }), ['population']);
  });

  it('package_show finds a dataset by name or id, and says Not found otherwise', () => {
    const byName = run('package_show', { id: 'population' }) as CkanPackage;
    assert.equal((run('package_show', { id: byName.id }) as CkanPackage).name, 'population');
    const missing = failure(() => run('package_show', { id: 'nothing' }));
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.error, { __type: 'Not Found Error', message: 'Not found: データセットが見つかりません' });
    assert.deepEqual(failure(() => run('package_show')).error, { __type: 'Validation Error', id: ['Missing value'] });
  });

  it('package_search finds Japanese words and filters by fq, ANDed', () => {
    assert.deepEqual(names(search({ q: 'トイレ' })), ['public_toilet']);
    assert.deepEqual(names(search({ fq: 'tags:"地図"', sort: 'name asc' })), ['evacuation_space', 'public_toilet']);
    assert.deepEqual(names(search({ fq: 'tags:地図 groups:safety' })), ['evacuation_space']);
    assert.deepEqual(names(search({ fq: 'res_format:GeoJSON', sort: 'name asc' })), ['evacuation_space', 'public_toilet']);
    assert.deepEqual(names(search({ q: 'groups:statistics' })), ['population']);
    assert.equal(search({ q: 'トイレ', fq: 'groups:safety' }).count, 0);
  });

  it('package_search pages and sorts, capping rows at 1000', () => {
    const first = search({ rows: 2, sort: 'metadata_modified desc' });
    assert.equal(first.count, 3);
    assert.deepEqual(names(first), ['public_toilet', 'evacuation_space']);
    assert.deepEqual(names(search({ rows: '2', start: '2', sort: 'metadata_modified desc' })), ['population']);
    assert.equal(search({}).sort, 'score desc, metadata_modified desc');
    assert.equal(search({ rows: 5000 }).results.length, 3);
  });

  it('package_search counts facets in CKAN’s two forms', () => {
    const result = search({ 'facet.field': '["groups","res_format"]' });
    assert.deepEqual(result.facets.groups, { administration: 1, safety: 1, statistics: 1 });
    assert.deepEqual(result.facets.res_format, { CSV: 3, JSON: 3, XLSX: 3, GeoJSON: 2 });
    assert.deepEqual(result.search_facets.groups!.items.find((item) => item.name === 'safety'), { name: 'safety', display_name: '防災・安全', count: 1 });
    assert.equal(result.search_facets.res_format!.title, 'res_format');
    assert.deepEqual(search({ 'facet.field': ['organization'] }).facets.organization, { seisaku: 2, bousai: 1 });
    assert.deepEqual(search({}).facets, {});
  });

  it('package_search answers bad parameters with CKAN’s Validation Error', () => {
    assert.deepEqual(failure(() => search({ rows: 'many' })).error, { __type: 'Validation Error', rows: ['Invalid integer'] });
    assert.deepEqual(failure(() => search({ start: '-1' })).error, { __type: 'Validation Error', start: ['Must be a natural number'] });
    const sort = failure(() => search({ sort: 'popularity desc' }));
    assert.equal(sort.status, 409);
    assert.match(String((sort.error as Record<string, string[]>).sort), /^Must be one of: score desc, metadata_modified desc, metadata_modified desc/u);
    assert.ok('fq' in failure(() => search({ fq: 'author:x' })).error);
    assert.ok('facet.field' in failure(() => search({ 'facet.field': '[groups' })).error);
  });

  it('resource_show finds a file by its id', () => {
    const toilet = run('package_show', { id: 'public_toilet' }) as CkanPackage;
    assert.deepEqual(run('resource_show', { id: `${toilet.id}-geojson` }), toilet.resources[2]);
    assert.equal(failure(() => run('resource_show', { id: `${toilet.id}-pdf` })).status, 404);
  });

  it('organization_list, group_list and tag_list give names, or dicts with all_fields', () => {
    assert.deepEqual(run('organization_list'), ['bousai', 'seisaku']);
    const organizations = run('organization_list', { all_fields: 'true', sort: 'package_count desc' }) as CkanGroupSummary[];
    assert.deepEqual(organizations.map((org) => [org.name, org.display_name, org.package_count, org.is_organization]), [['seisaku', '政策総務課', 2, true], ['bousai', '防災安全課', 1, true]]);
    assert.deepEqual(run('group_list'), ['administration', 'children', 'safety', 'statistics', 'tourism', 'welfare']);
    const groups = run('group_list', { all_fields: true }) as CkanGroupSummary[];
    assert.deepEqual(groups.find((group) => group.name === 'safety')?.package_count, 1);
    assert.deepEqual(run('tag_list'), ['トイレ', '人口', '地図', '統計', '避難所', '防災']);
    assert.deepEqual(run('tag_list', { query: '地' }), ['地図']);
  });

  it('help_show describes an action', () => {
    assert.match(String(run('help_show', { name: 'package_search' })), /^Search.*https:\/\/yakuba\.example\.jp\/m\/143421\/api\/3\/openapi\.json$/u);
    assert.equal(failure(() => run('help_show', { name: 'package_create' })).status, 404);
  });

  it('knows only its own actions', () => {
    assert.equal(findAction('package_create'), undefined);
    assert.equal(findAction('toString'), undefined);
  });
});
