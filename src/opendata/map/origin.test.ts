import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchDistrict, resolveOrigin } from './origin.ts';
import { kindsToShow, mapQueryOf, momentOf } from './map-query.ts';

const districts = [
  { name: '二宮', kana: 'にのみや', latitude: 35.3004, longitude: 139.2571 },
  { name: '山西', kana: 'やまにし', latitude: 35.2975, longitude: 139.2389 },
  { name: '百合が丘', kana: 'ゆりがおか', latitude: 35.3094, longitude: 139.2672 },
];
const input = (values: Partial<{ district: string; address: string; lat: string; lon: string }>) => ({ district: '', address: '', lat: '', lon: '', ...values });

describe('matching an address to a district', () => {
  it('looks after the town name, so 二宮町山西 is 山西', () => {
    assert.equal(matchDistrict('神奈川県中郡二宮町山西1285', districts, '二宮町')?.name, '山西');
    assert.equal(matchDistrict('二宮町二宮961', districts, '二宮町')?.name, '二宮');
    assert.equal(matchDistrict('二宮961', districts, '二宮町')?.name, '二宮');
  });

  it('accepts readings, katakana, spaces, full-width text and ヶ for が', () => {
    assert.equal(matchDistrict('ゆりがおか２丁目', districts, '二宮町')?.name, '百合が丘');
    assert.equal(matchDistrict('ヤマニシ', districts, '二宮町')?.name, '山西');
    assert.equal(matchDistrict('二宮町 百合ヶ丘 2-15-1', districts, '二宮町')?.name, '百合が丘');
  });

  it('finds nothing in another town', () => {
    assert.equal(matchDistrict('東京都千代田区丸の内1', districts, '二宮町'), undefined);
    assert.equal(matchDistrict('', districts, '二宮町'), undefined);
  });
});

describe('the origin of the distances', () => {
  it('prefers a typed address, then the district, then the location', () => {
    assert.equal(resolveOrigin(input({ address: '山西', district: '百合が丘' }), districts, '二宮町').origin?.district, '山西');
    assert.equal(resolveOrigin(input({ district: '百合が丘', lat: '35.3', lon: '139.2' }), districts, '二宮町').origin?.district, '百合が丘');
    const here = resolveOrigin(input({ lat: '35.3', lon: '139.2' }), districts, '二宮町');
    assert.deepEqual(here.origin, { point: { lat: 35.3, lon: 139.2 }, label: '現在地', source: 'location' });
    assert.equal(resolveOrigin(input({}), districts, '二宮町').origin?.district, '二宮');
  });

  it('falls back to the chosen district when the address names none', () => {
    const result = resolveOrigin(input({ address: '大磯町東小磯', district: '山西' }), districts, '二宮町');
    assert.equal(result.addressUnmatched, true);
    assert.equal(result.origin?.district, '山西');
    assert.equal(result.origin?.source, 'district');
  });

  it('refuses a location outside Japan and says so', () => {
    const result = resolveOrigin(input({ lat: '48.8566', lon: '2.3522' }), districts, '二宮町');
    assert.equal(result.locationRefused, true);
    assert.equal(result.origin?.district, '二宮');
    assert.equal(resolveOrigin(input({ lat: 'x', lon: '' }), districts, '二宮町').locationRefused, true);
  });

  it('has no origin in a town without districts', () => {
    assert.equal(resolveOrigin(input({}), [], '二宮町').origin, undefined);
  });
});

describe('the query of a map page', () => {
  it('drops unknown values', () => {
    const query = mapQueryOf({ kind: ['toilet', 'bogus'], day: ['x'], usable: ['1'], district: ['二宮'] });
    assert.deepEqual(query.kinds, ['toilet']);
    assert.equal(query.day, '');
    assert.equal(query.usableOnly, true);
    assert.equal(query.submitted, true);
    assert.deepEqual(kindsToShow(mapQueryOf({})), ['toilet', 'aed', 'evacuation', 'childcare', 'facility']);
  });

  it('checks AEDs now unless a day or time is chosen, and reports a time it cannot read', () => {
    const now = new Date('2026-06-03T05:05:00Z'); // 水曜 14:05 in Japan
    assert.equal(momentOf({ day: '', time: '' }, now).moment.label, '6月3日（水）14:05');
    assert.equal(momentOf({ day: '', time: '18:30' }, now).moment.label, '6月3日（水）18:30');
    assert.deepEqual(momentOf({ day: '土', time: '' }, now).moment, { weekday: '土', holiday: false, minutes: 845, label: '土曜日 14:05' });
    const bad = momentOf({ day: '', time: '25時' }, now);
    assert.equal(bad.timeInvalid, true);
    assert.equal(bad.moment.minutes, 845);
  });
});
