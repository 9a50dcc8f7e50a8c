import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findStandard } from './datasets.ts';
import { matchHeaders, normaliseHeader } from './header-match.ts';

const columns = (id: string) => findStandard(id)!.columns;

describe('normaliseHeader', () => {
  it('folds width, brackets, spaces, case and separators', () => {
    assert.equal(normaliseHeader(' 建物名等（方書） '), normaliseHeader('建物名等(方書)'));
    assert.equal(normaliseHeader('連絡先備考(その他,SNSなど)'), normaliseHeader('連絡先備考（その他、SNSなど）'));
    assert.equal(normaliseHeader('名称＿カナ'), '名称_カナ');
    assert.equal(normaliseHeader('ＮＯ'), 'no');
    assert.equal(normaliseHeader('盲導犬･介助犬、聴導犬同伴'), normaliseHeader('盲導犬・介助犬、聴導犬同伴'));
    assert.equal(normaliseHeader('URL 　'), 'url');
    assert.notEqual(normaliseHeader('男性'), normaliseHeader('女性'));
  });
});

describe('matchHeaders', () => {
  it('matches exact names, normalised names and aliases; reports missing columns in order', () => {
    const result = matchHeaders(['NO', '名称', '名称_英字', '建物名等（方書）', '住所', 'メモ'], columns('public_toilet'));
    assert.deepEqual(result.matched.map((spec) => spec?.name), ['ID', '名称', '名称_英語', '建物名等(方書)', '所在地_連結表記', undefined]);
    assert.deepEqual(result.duplicates, []);
    assert.equal(result.missing[0]?.name, '全国地方公共団体コード');
    assert.ok(result.missing.some((spec) => spec.name === '設置位置'));
    assert.ok(!result.missing.some((spec) => spec.name === 'ID'));
  });

  it('accepts 名称_英語 where the dataset says 名称_英字, and 全国地方公共団体コード for the older code column', () => {
    assert.equal(matchHeaders(['名称_英語'], columns('aed')).matched[0]?.name, '名称_英字');
    assert.equal(matchHeaders(['全国地方公共団体コード', 'ID'], columns('hospital')).matched.map((spec) => spec?.name).join(), '都道府県コード又は市区町村コード,NO');
  });

  it('prefers a column’s own name over another column’s alias', () => {
    const result = matchHeaders(['市区町村コード', '全国地方公共団体コード'], columns('evacuation_space'));
    assert.deepEqual(result.matched.map((spec) => spec?.name), ['市区町村コード', '全国地方公共団体コード']);
  });

  it('reports headers that hold the same item twice, by name or by alias', () => {
    const result = matchHeaders(['ID', '名称', 'NO', '名称 ', 'メモ', 'メモ', ''], columns('aed'));
    assert.deepEqual(result.duplicates, [
      { index: 2, firstIndex: 0 },
      { index: 3, firstIndex: 1 },
      { index: 5, firstIndex: 4 },
    ]);
    assert.deepEqual(result.matched.map((spec) => spec?.name), ['ID', '名称', undefined, undefined, undefined, undefined, undefined]);
  });
});
