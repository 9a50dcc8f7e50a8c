import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogQueryOf, catalogQueryString } from './catalog-query.ts';

describe('the catalog page query string', () => {
  it('reads back as the same query at the new start, for the pager links', () => {
    const query = catalogQueryOf({ q: 'トイレ 公園', category: 'safety', format: 'GeoJSON', department: 'bousai', sort: 'title_string asc', start: '20' }, 20);
    const next = catalogQueryString(query, 40);
    assert.deepEqual(catalogQueryOf(Object.fromEntries(new URLSearchParams(next)), 20), { ...query, start: 40 });
    assert.equal(catalogQueryString(catalogQueryOf({}, 20), 0), '', 'the default query needs no parameters');
  });

  it('falls back to defaults for unknown sorts and bad starts', () => {
    const query = catalogQueryOf({ sort: 'score desc', start: '-5', tag: '  ' }, 20);
    assert.equal(query.sort, 'metadata_modified desc');
    assert.equal(query.start, 0);
    assert.deepEqual(query.filters, {});
  });
});
