import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findStandard, STANDARD_DATASETS } from './datasets.ts';
import { matchHeaders } from './header-match.ts';
import { normaliseHeader } from './normalise-header.ts';
import { OLDER_LAYOUTS } from './older-layouts.ts';

const columns = (id: string) => findStandard(id)!.columns;

describe('normaliseHeader', () => {
  it('folds width, brackets, spaces, case and separators', () => {
    assert.equal(normaliseHeader(' 建物名等（方書） '), normaliseHeader('建物名等(方書)'));
    assert.equal(normaliseHeader('連絡先備考(その他,SNSなど)'), normaliseHeader('連絡先備考（その他、SNSなど）'));
    assert.equal(normaliseHeader('名称＿カナ'), normaliseHeader('名称_カナ'));
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

describe('look-alike characters and the 2019 layouts', () => {
  it('folds the long-vowel look-alikes, word-final long vowels, wave dashes and dots', () => {
    for (const lookAlike of ['バリアフリ―トイレ数', 'バリアフリ‐トイレ数', 'バリアフリ－トイレ数', 'バリアフリｰトイレ数', 'バリアフリ─トイレ数', 'バリアフリ一トイレ数', 'バリアフリ-トイレ数', 'ﾊﾞﾘｱﾌﾘｰﾄｲﾚ数']) {
      assert.equal(normaliseHeader(lookAlike), normaliseHeader('バリアフリートイレ数'), lookAlike);
    }
    assert.equal(normaliseHeader('スロープ・エレベーター・エスカレーター'), normaliseHeader('スロープ、エレベータ、エスカレータ'));
    assert.equal(normaliseHeader('名称 カナ'), normaliseHeader('名称_カナ'));
    assert.equal(normaliseHeader('0－4歳の男性'), normaliseHeader('0-4歳の男性'));
    assert.equal(normaliseHeader('盲導犬·介助犬、聴導犬同伴'), normaliseHeader('盲導犬・介助犬、聴導犬同伴'));
    assert.notEqual(normaliseHeader('0-4歳の男性'), normaliseHeader('5-9歳の男性'));
  });

  it('keeps every column of every standard dataset apart after folding', () => {
    for (const dataset of STANDARD_DATASETS) {
      const keys = new Map<string, string>();
      for (const column of dataset.columns) {
        for (const spelling of [column.name, ...(column.aliases ?? []), ...(column.fillFrom ?? [])]) {
          const owner = keys.get(normaliseHeader(spelling));
          assert.ok(owner === undefined || owner === column.name, `${dataset.id}: 「${spelling}」 of ${column.name} folds onto ${owner}`);
          keys.set(normaliseHeader(spelling), column.name);
        }
      }
    }
  });

  it('reads every header of the 2019 layout as a current column, except バリアフリー情報, which has none', () => {
    for (const [id, older] of Object.entries(OLDER_LAYOUTS)) {
      const result = matchHeaders(older, columns(id));
      const folded = new Set(result.folded.map(({ index }) => index));
      const unread = older.filter((_, index) => !result.matched[index] && !folded.has(index));
      assert.deepEqual(unread, ['tourism', 'public_facility'].includes(id) ? ['バリアフリー情報'] : [], id);
      assert.deepEqual(result.duplicates, [], id);
    }
  });

  it('maps NO, 都道府県コード又は市区町村コード, 住所, 方書 and 多機能トイレ数 to the current names, and folds 都道府県名 into 地方公共団体名', () => {
    const header = ['都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', '名称', '住所', '方書', '多機能トイレ数'];
    const result = matchHeaders(header, columns('public_toilet'));
    assert.deepEqual(result.matched.map((spec) => spec?.name), ['全国地方公共団体コード', 'ID', undefined, '地方公共団体名', '名称', '所在地_連結表記', '建物名等(方書)', 'バリアフリートイレ数']);
    assert.deepEqual(result.folded, [{ index: 2, into: 3 }]);
    const prefectureOnly = matchHeaders(['都道府県名', '名称'], columns('public_toilet'));
    assert.equal(prefectureOnly.matched[0]?.name, '地方公共団体名', 'without 市区町村名, 都道府県名 is the 地方公共団体名');
    assert.equal(matchHeaders(['都道府県名', '市区町村名'], columns('event')).folded.length, 0, 'イベント一覧 keeps 都道府県名 as its own column');
  });
});
