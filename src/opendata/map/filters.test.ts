import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Facility } from './facility.ts';
import { facilitiesOf } from './facility.ts';
import { aedUsableAt, FEATURE_GROUPS, HAZARDS, passesAll, selectedOptions, TOILET_FEATURES } from './filters.ts';
import { mapQueryOf } from './map-query.ts';
import { chosenMoment } from './opening-hours.ts';
import { filterFacilities, limitList, sortByDistance } from './select-facilities.ts';

const toilet = (cells: Record<string, string>) => ({ 乳幼児用設備設置トイレ有無: '無', オストメイト設置トイレ有無: '無', 車椅子使用者用トイレ有無: '無', バリアフリートイレ数: '0', ...cells });
const options = (ids: string[]) => selectedOptions(FEATURE_GROUPS.toilet!, ids);

describe('facility filters', () => {
  it('keeps toilets that have every chosen feature', () => {
    const full = toilet({ 乳幼児用設備設置トイレ有無: '有', オストメイト設置トイレ有無: '有', 車椅子使用者用トイレ有無: '有' });
    const baby = toilet({ 乳幼児用設備設置トイレ有無: '有' });
    assert.equal(passesAll(full, options(['baby', 'ostomate', 'wheelchair'])), true);
    assert.equal(passesAll(baby, options(['baby'])), true);
    assert.equal(passesAll(baby, options(['baby', 'ostomate'])), false);
    assert.equal(passesAll(baby, []), true);
  });

  it('counts a barrier-free toilet as usable by wheelchair', () => {
    const wheelchair = TOILET_FEATURES.find((o) => o.id === 'wheelchair')!;
    assert.equal(wheelchair.test(toilet({ バリアフリートイレ数: '2' })), true);
    assert.equal(wheelchair.test(toilet({ 車椅子使用者用トイレ有無: '有' })), true);
    assert.equal(wheelchair.test(toilet({ バリアフリートイレ数: '' })), false);
  });

  it('keeps evacuation sites designated for every chosen disaster (1, or ○ in older files)', () => {
    const site = { 災害種別_地震: '1', 災害種別_津波: '○', 災害種別_洪水: '' };
    const chosen = (ids: string[]) => selectedOptions(FEATURE_GROUPS.evacuation!, ids);
    assert.equal(passesAll(site, chosen(['earthquake', 'tsunami'])), true);
    assert.equal(passesAll(site, chosen(['earthquake', 'flood'])), false);
    assert.equal(HAZARDS.length, 8);
  });

  it('keeps childcare facilities with a nursing room and a changing corner', () => {
    const chosen = selectedOptions(FEATURE_GROUPS.childcare!, ['nursing', 'diaper', 'unknown']);
    assert.deepEqual(chosen.map((o) => o.id), ['nursing', 'diaper']);
    assert.equal(passesAll({ 授乳室: '有', おむつ替えコーナー: '有' }, chosen), true);
    assert.equal(passesAll({ 授乳室: '無', おむつ替えコーナー: '有' }, chosen), false);
  });

  it('finds the AEDs a passer-by can use at a moment', () => {
    const school = { 利用可能曜日: '月火水木金', 開始時間: '08:00', 終了時間: '17:00', 外部利用不可: '' };
    const outdoor = { 利用可能曜日: '月火水木金土日祝', 開始時間: '00:00', 終了時間: '24:00', 外部利用不可: '' };
    const internal = { ...school, 外部利用不可: '有' };
    const tuesdayNoon = chosenMoment('火', 720);
    const sundayNight = chosenMoment('日', 1320);
    assert.deepEqual([school, outdoor, internal].map((r) => aedUsableAt(r, tuesdayNoon)), [true, true, false]);
    assert.deepEqual([school, outdoor, internal].map((r) => aedUsableAt(r, sundayNight)), [false, true, false]);
  });
});

describe('selecting and sorting facilities', () => {
  const source = { slug: 'aed', kind: 'aed' as const, kindLabel: 'AED', sample: true };
  const columns = ['ID', '名称', '緯度', '経度', '利用可能曜日', '開始時間', '終了時間', '外部利用不可'];
  const table = facilitiesOf(source, columns, [
    ['1', '遠い', '35.31', '139.25', '月火水木金土日祝', '00:00', '24:00', ''],
    ['2', '近い', '35.3001', '139.25', '月火水木金', '09:00', '17:00', ''],
    ['3', '位置なし', '', '', '', '', '', ''],
    ['', 'IDなし', '35.3', '139.25', '', '', '', ''],
    ['4', '中くらい', '35.305', '139.25', '月火水木金土日祝', '00:00', '24:00', ''],
  ]);

  it('leaves out rows without an id or coordinates, and counts them', () => {
    assert.deepEqual(table.facilities.map((f) => f.id), ['1', '2', '4']);
    assert.equal(table.unplaced, 2);
  });

  it('sorts nearest first and cuts the list', () => {
    const origin = { point: { lat: 35.3, lon: 139.25 }, label: 'x', source: 'district' as const };
    const sorted = sortByDistance(table.facilities, origin);
    assert.deepEqual(sorted.map((f) => f.name), ['近い', '中くらい', '遠い']);
    assert.ok(sorted[0]!.distance! < sorted[1]!.distance!);
    assert.deepEqual(limitList(sorted, false, 2).map((f) => f.id), ['2', '4']);
    assert.equal(limitList(sorted, true, 2).length, 3);
    assert.deepEqual(sortByDistance(table.facilities, undefined).map((f) => f.name), ['近い', '中くらい', '遠い'].sort((a, b) => a.localeCompare(b, 'ja')));
  });

  it('applies the AED filter only when asked', () => {
    const sundayNight = chosenMoment('日', 1320);
    const all = filterFacilities(table.facilities, 'aed', mapQueryOf({}), sundayNight);
    const usable = filterFacilities(table.facilities, 'aed', mapQueryOf({ usable: ['1'] }), sundayNight);
    assert.equal(all.length, 3);
    assert.deepEqual(usable.map((f: Facility) => f.id), ['1', '4']);
  });
});
