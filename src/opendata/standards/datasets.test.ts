import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ACC, ADDR, CONTACT } from './column-groups.ts';
import { STANDARD_DATASETS, findStandard } from './datasets.ts';

const names = (id: string) => findStandard(id)!.columns.map((spec) => spec.name);
const spec = (id: string, name: string) => findStandard(id)!.columns.find((column) => column.name === name);

describe('standard datasets', () => {
  it('has the ten datasets of the reference and no オープンデータ一覧', () => {
    assert.deepEqual(
      STANDARD_DATASETS.map((dataset) => dataset.id),
      ['public_toilet', 'evacuation_space', 'aed', 'public_facility', 'preschool', 'cultural_property', 'tourism', 'population', 'event', 'hospital'],
    );
    assert.equal(findStandard('open_data_list'), undefined);
  });

  it('expands the shared groups in place, in the reference order', () => {
    assert.deepEqual(names('public_toilet').slice(0, 15), [
      '全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英語',
      ...ADDR.map((column) => column.name), '設置位置',
    ]);
    assert.equal(ADDR.length, 8);
    assert.equal(CONTACT.length, 6);
    assert.equal(ACC.length, 17);
    const evacuation = names('evacuation_space');
    assert.deepEqual(evacuation.slice(evacuation.indexOf('標高') + 1, evacuation.indexOf('標高') + 7), CONTACT.map((column) => column.name));
    assert.equal(names('public_facility').at(-5), 'ベビーカー利用');
    assert.deepEqual(names('preschool').slice(-9, -4), ['授乳室', 'おむつ替えコーナー', '飲食可否', 'ベビーカー貸出', 'ベビーカー利用']);
    assert.equal(names('tourism').length, 58);
  });

  it('expands the population age bands 0-4歳 … 80-84歳, then 85歳以上, men before women', () => {
    const population = names('population');
    assert.deepEqual(population.slice(0, 10), ['全国地方公共団体コード', '地域コード', '地方公共団体名', '調査年月日', '地域名', '総人口', '男性', '女性', '0-4歳の男性', '0-4歳の女性']);
    assert.deepEqual(population.slice(-6), ['80-84歳の男性', '80-84歳の女性', '85歳以上の男性', '85歳以上の女性', '世帯数', '備考']);
    assert.equal(population.length, 8 + 18 * 2 + 2);
    assert.equal(spec('population', '45-49歳の女性')?.kind, 'integer');
  });

  it('keeps the older event and hospital formats with NO and 都道府県コード又は市区町村コード', () => {
    assert.deepEqual(names('event').slice(0, 5), ['都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', 'イベント名']);
    assert.equal(names('hospital').length, 26);
    assert.deepEqual(spec('event', 'NO')?.aliases?.includes('ID'), true);
    assert.deepEqual(spec('hospital', '都道府県コード又は市区町村コード')?.aliases?.includes('全国地方公共団体コード'), true);
  });

  it('marks the required columns of the reference, and the naming column elsewhere', () => {
    const required = (id: string) => findStandard(id)!.columns.filter((column) => column.requirement === 'required').map((column) => column.name);
    assert.deepEqual(required('public_toilet'), ['名称', '所在地_連結表記', '設置位置']);
    assert.equal(required('evacuation_space').length, 4 + 8 + 1);
    assert.ok(required('evacuation_space').includes('災害種別_火山現象'));
    assert.deepEqual(required('aed'), ['名称']);
    assert.deepEqual(required('event'), ['イベント名']);
    assert.deepEqual(required('population'), ['地域名']);
    assert.equal(spec('aed', 'ID')?.requirement, 'recommended');
    assert.equal(spec('aed', '全国地方公共団体コード')?.requirement, 'recommended');
    assert.equal(spec('aed', '画像1')?.requirement, 'optional');
  });

  it('assigns column kinds', () => {
    const kinds = (id: string, ...columns: string[]) => columns.map((name) => spec(id, name)?.kind);
    assert.deepEqual(kinds('evacuation_space', '市区町村コード', '所在地_全国地方公共団体コード', '緯度', '経度', '標高', '想定収容人数', '災害種別_洪水', '指定避難所との重複', '郵便番号'), [
      'municipalityCode', 'municipalityCode', 'latitude', 'longitude', 'decimal', 'integer', 'flagOne', 'flagOne', 'postalCode',
    ]);
    assert.deepEqual(kinds('public_toilet', '男性トイレ数（小便器）', 'バリアフリートイレ数', '車椅子使用者用トイレ有無', '利用開始時間', '高度の値', '画像', '画像_ライセンス'), [
      'integer', 'integer', 'flagUmu', 'time', 'decimal', 'url', 'text',
    ]);
    assert.deepEqual(kinds('preschool', '認可等年月日', '収容定員', 'FAX番号', '授乳室', '子供預かり開所時間', '利用可能曜日', '子供預かり料金'), [
      'date', 'integer', 'phone', 'flagUmu', 'time', 'weekdays', 'text',
    ]);
    assert.deepEqual(kinds('event', '都道府県コード又は市区町村コード', '参加申込終了日', '参加申込終了時間', '連絡先電話番号', '定員'), ['municipalityCode', 'date', 'time', 'phone', 'integer']);
    assert.deepEqual(kinds('hospital', '診療曜日', '診療開始時間', '病床数'), ['weekdays', 'time', 'integer']);
    assert.deepEqual(kinds('cultural_property', '員数（数）', '員数（単位）', '文化財指定日'), ['integer', 'text', 'date']);
    assert.deepEqual(kinds('tourism', '車椅子可', '飲食可否', '連絡先メールアドレス'), ['flagUmu', 'text', 'email']);
  });

  it('is geographic exactly when it has 緯度 and 経度, and names rows by the right column', () => {
    assert.deepEqual(STANDARD_DATASETS.filter((dataset) => !dataset.geographic).map((dataset) => dataset.id), ['population']);
    assert.equal(findStandard('event')?.nameColumn, 'イベント名');
    assert.equal(findStandard('population')?.nameColumn, '地域名');
    assert.equal(findStandard('aed')?.nameColumn, '名称');
  });

  it('never lets an alias shadow another column of the same dataset', () => {
    for (const dataset of STANDARD_DATASETS) {
      const own = new Set(dataset.columns.map((column) => column.name));
      for (const column of dataset.columns) {
        for (const alias of column.aliases ?? []) assert.ok(!own.has(alias), `${dataset.id}: ${column.name} ← ${alias}`);
      }
      assert.equal(own.size, dataset.columns.length, `${dataset.id} lists a header twice`);
    }
  });
});
