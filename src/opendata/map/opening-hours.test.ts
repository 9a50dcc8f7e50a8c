import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { availabilityAt, chosenMoment, describeHours, expandDays, momentInJapan, parseClock } from './opening-hours.ts';

const at = (weekday: string, time: string, holiday = false) => ({ weekday, holiday, minutes: parseClock(time)!, label: '' });

describe('opening hours', () => {
  it('reads clock times, 24:00 included', () => {
    assert.equal(parseClock('08:30'), 510);
    assert.equal(parseClock('8:30'), 510);
    assert.equal(parseClock('１８：３０'), 1110);
    assert.equal(parseClock('18時'), 1080);
    assert.equal(parseClock('24:00'), 1440);
    assert.equal(parseClock('24:30'), undefined);
    assert.equal(parseClock('12:60'), undefined);
    assert.equal(parseClock('noon'), undefined);
  });

  it('expands day ranges', () => {
    assert.equal(expandDays('月〜金'), '月火水木金');
    assert.equal(expandDays('月～金祝'), '月火水木金祝');
    assert.equal(expandDays('金-月'), '金土日月');
    assert.equal(expandDays('月火水'), '月火水');
  });

  it('knows when a place is open on a weekday', () => {
    const office = { days: '月火水木金', start: '08:30', end: '17:15' };
    assert.equal(availabilityAt(office, at('水', '08:29')), 'closed');
    assert.equal(availabilityAt(office, at('水', '08:30')), 'open');
    assert.equal(availabilityAt(office, at('水', '17:14')), 'open');
    assert.equal(availabilityAt(office, at('水', '17:15')), 'closed');
    assert.equal(availabilityAt(office, at('土', '10:00')), 'closed');
  });

  it('treats 00:00–24:00 and equal times as all day', () => {
    assert.equal(availabilityAt({ days: '月火水木金土日祝', start: '00:00', end: '24:00' }, at('日', '03:00')), 'open');
    assert.equal(availabilityAt({ days: '月火水木金土日祝', start: '00:00', end: '00:00' }, at('月', '23:59')), 'open');
  });

  it('opens on a national holiday only when 祝 is listed', () => {
    assert.equal(availabilityAt({ days: '月火水木金', start: '08:30', end: '17:15' }, at('月', '10:00', true)), 'closed');
    assert.equal(availabilityAt({ days: '火水木金土日祝', start: '09:00', end: '22:00' }, at('月', '10:00', true)), 'open');
  });

  it('handles hours past midnight and says when the data does not tell', () => {
    const station = { days: '月火水木金土日祝', start: '22:00', end: '06:00' };
    assert.equal(availabilityAt(station, at('火', '23:00')), 'open');
    assert.equal(availabilityAt(station, at('火', '05:59')), 'open');
    assert.equal(availabilityAt(station, at('火', '12:00')), 'closed');
    assert.equal(availabilityAt({ days: '', start: '09:00', end: '17:00' }, at('火', '10:00')), 'unknown');
    assert.equal(availabilityAt({ days: '月火', start: '', end: '' }, at('火', '10:00')), 'unknown');
    assert.equal(availabilityAt({ days: '月火', start: '', end: '' }, at('水', '10:00')), 'closed');
  });

  it('takes the moment in Japan time, with national holidays', () => {
    const newYear = momentInJapan(new Date('2025-12-31T15:30:00Z'));
    assert.deepEqual({ ...newYear }, { weekday: '木', holiday: true, minutes: 30, label: '1月1日（木・祝）0:30' });
    const weekday = momentInJapan(new Date('2026-06-03T05:05:00Z'));
    assert.deepEqual(weekday, { weekday: '水', holiday: false, minutes: 845, label: '6月3日（水）14:05' });
    assert.deepEqual(chosenMoment('祝', 600), { weekday: '', holiday: true, minutes: 600, label: '祝日 10:00' });
    assert.equal(chosenMoment('土', 540).label, '土曜日 9:00');
  });

  it('describes hours in words', () => {
    assert.equal(describeHours({ days: '月火水木金', start: '08:30', end: '17:15' }), '平日（月〜金） 8:30〜17:15');
    assert.equal(describeHours({ days: '月火水木金土日祝', start: '00:00', end: '24:00' }), '毎日 24時間');
    assert.equal(describeHours({ days: '火水木金土日祝', start: '09:00', end: '22:00' }), '火・水・木・金・土・日・祝日 9:00〜22:00');
    assert.equal(describeHours({ days: '', start: '06:00', end: '21:00' }), '6:00〜21:00');
    assert.equal(describeHours({ days: '', start: '', end: '' }), '');
  });
});
