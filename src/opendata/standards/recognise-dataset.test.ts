import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_DATASETS, findStandard } from './datasets.ts';
import { OLDER_LAYOUTS } from './older-layouts.ts';
import { recogniseDataset, type DatasetCandidate } from './recognise-dataset.ts';

const standards: DatasetCandidate[] = STANDARD_DATASETS.map((dataset) => ({ key: dataset.id, title: dataset.title, columns: dataset.columns }));
const recognised = (headers: string[], candidates = standards) => recogniseDataset(headers, candidates).best?.candidate.key;

describe('recogniseDataset', () => {
  it('recognises every standard dataset by its current headers, and by a third of them', () => {
    for (const dataset of STANDARD_DATASETS) {
      const names = dataset.columns.map((column) => column.name);
      assert.equal(recognised(names), dataset.id, dataset.id);
      assert.equal(recognised(names.filter((_, index) => index % 3 === 0)), dataset.id, `${dataset.id}, every third column`);
    }
  });

  it('recognises every 2019 推奨データセット layout as the dataset it became', () => {
    for (const [id, headers] of Object.entries(OLDER_LAYOUTS)) assert.equal(recognised([...headers]), id, id);
  });

  it('recognises a short file by its telling columns, whatever the spelling, and with columns of its own', () => {
    assert.equal(recognised(['NO', '名称', '住所', '設置位置', '男性トイレ総数', '多機能トイレ数', 'メモ']), 'public_toilet');
    assert.equal(recognised(['名称', '所在地_連結表記', '設置位置', '小児対応設備の有無']), 'aed');
    assert.equal(recognised(['地域名', '総人口', '男性', '女性', '世帯数']), 'population');
    const result = recogniseDataset(['名称', '住所', '設置位置', '男性トイレ総数', '女性トイレ総数', '清掃業者', '点検日'], standards);
    assert.equal(result.best?.candidate.key, 'public_toilet');
    assert.equal(result.best?.matched, 5);
    assert.ok(result.best!.score > 0.5 && result.best!.score < 1);
  });

  it('tells 公共施設一覧 from 観光施設一覧, which share most columns, by the standard’s spelling', () => {
    const shared = ['名称', '所在地_連結表記', '緯度', '経度', '利用可能曜日', '開始時間', '説明', '車椅子可', '授乳室'];
    assert.equal(recognised([...shared, '名称_英字', '電話番号']), 'public_facility');
    assert.equal(recognised([...shared, '名称_英語', '連絡先電話番号']), 'tourism');
  });

  it('does not guess between datasets that share the headers, nor for a table of another kind', () => {
    const shared = recogniseDataset(['名称', '住所', '緯度', '経度', '電話番号'], standards);
    assert.equal(shared.best, undefined);
    assert.equal(shared.doubt, 'ambiguous');
    const other = recogniseDataset(['品目', '数量', '単価', '備考'], standards);
    assert.equal(other.best, undefined);
    assert.equal(other.doubt, 'no-fit');
    const twice = [...standards, { key: 'toilets_2', title: '公衆トイレ一覧（駅）', columns: findStandard('public_toilet')!.columns }];
    assert.equal(recogniseDataset(findStandard('public_toilet')!.columns.map((c) => c.name), twice).doubt, 'ambiguous', 'two datasets of one standard');
  });

  it('recognises a town’s own dataset by its columns', () => {
    const own = { key: 'bichiku', title: '防災備蓄品一覧', columns: ['品目', '数量', '保管場所'].map((name) => ({ name, kind: 'text' as const, requirement: 'optional' as const })) };
    assert.equal(recognised(['品目', '数量', '保管場所'], [...standards, own]), 'bichiku');
  });
});
