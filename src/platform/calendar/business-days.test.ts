import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HOLIDAY_RANGE, addBusinessDays, businessDaysBetween, holidayName, isBusinessDay, tokyoDate } from './business-days.ts';

function closedDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; day.setUTCDate(day.getUTCDate() + 1)) {
    const date = day.toISOString().slice(0, 10);
    if (!isBusinessDay(date)) days.push(date);
  }
  return days;
}

describe('isBusinessDay', () => {
  it('closes on weekends and opens on ordinary weekdays', () => {
    assert.equal(isBusinessDay('2026-04-01'), true); // Wednesday
    assert.equal(isBusinessDay('2026-04-04'), false); // Saturday
    assert.equal(isBusinessDay('2026-04-05'), false); // Sunday
  });

  it('closes for the whole of Golden Week 2026, including the 振替休日 on 5月6日', () => {
    assert.deepEqual(closedDays('2026-04-28', '2026-05-08'), ['2026-04-29', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06']);
    assert.equal(holidayName('2026-05-06'), 'こどもの日 振替休日');
  });

  it('closes for Silver Week 2026, whose 22日 is a 国民の休日 between two holidays', () => {
    assert.deepEqual(closedDays('2026-09-18', '2026-09-24'), ['2026-09-19', '2026-09-20', '2026-09-21', '2026-09-22', '2026-09-23']);
    assert.equal(holidayName('2026-09-22'), '休日');
  });

  it('closes on a 振替休日 after a Sunday holiday', () => {
    assert.equal(holidayName('2025-11-23'), '勤労感謝の日');
    assert.equal(isBusinessDay('2025-11-24'), false);
    assert.equal(holidayName('2025-11-24'), '勤労感謝の日 振替休日');
    assert.equal(isBusinessDay('2025-11-25'), true);
  });

  it('closes from 12月29日 to 1月3日 even on weekdays that are not holidays', () => {
    assert.deepEqual(closedDays('2026-12-28', '2027-01-04'), ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    assert.equal(holidayName('2026-12-29'), undefined);
  });

  it('refuses malformed dates and dates the holiday list does not cover', () => {
    assert.throws(() => isBusinessDay('2026-02-30'), RangeError);
    assert.throws(() => isBusinessDay('2026/04/01'), RangeError);
    assert.throws(() => isBusinessDay('1969-12-31'), RangeError);
    assert.equal(HOLIDAY_RANGE.last, '2050-12-31');
    assert.throws(() => isBusinessDay('2051-01-04'), RangeError);
  });
});

describe('addBusinessDays', () => {
  it('does not count the start day', () => {
    assert.equal(addBusinessDays('2026-04-01', 1), '2026-04-02');
    assert.equal(addBusinessDays('2026-04-03', 1), '2026-04-06'); // Friday to Monday
    assert.equal(addBusinessDays('2026-04-01', 5), '2026-04-08');
  });

  it('skips year-end, Golden Week and Silver Week', () => {
    assert.equal(addBusinessDays('2026-12-28', 1), '2027-01-04');
    assert.equal(addBusinessDays('2026-05-01', 1), '2026-05-07');
    assert.equal(addBusinessDays('2026-04-28', 3), '2026-05-07');
    assert.equal(addBusinessDays('2026-09-18', 1), '2026-09-24');
    assert.equal(addBusinessDays('2026-05-03', 1), '2026-05-07'); // from a closed day
  });

  it('gives the next business day for n = 0 and counts backwards for a negative n', () => {
    assert.equal(addBusinessDays('2026-04-01', 0), '2026-04-01');
    assert.equal(addBusinessDays('2026-12-30', 0), '2027-01-04');
    assert.equal(addBusinessDays('2027-01-04', -1), '2026-12-28');
    assert.equal(addBusinessDays('2026-05-07', -2), '2026-04-30');
  });

  it('refuses fractional counts', () => {
    assert.throws(() => addBusinessDays('2026-04-01', 1.5), RangeError);
  });
});

describe('businessDaysBetween', () => {
  it('counts business days after the first date up to the second', () => {
    assert.equal(businessDaysBetween('2026-04-28', '2026-05-07'), 3);
    assert.equal(businessDaysBetween('2026-12-28', '2027-01-04'), 1);
    assert.equal(businessDaysBetween('2026-04-01', '2026-04-01'), 0);
    assert.equal(businessDaysBetween('2026-05-07', '2026-04-30'), -2);
  });

  it('agrees with addBusinessDays over a whole year', () => {
    const start = '2026-04-01';
    for (let n = -60; n <= 250; n += 1) {
      const end = addBusinessDays(start, n);
      assert.equal(isBusinessDay(end), true, end);
      assert.equal(businessDaysBetween(start, end), n, `${n}: ${end}`);
    }
  });
});

describe('tokyoDate', () => {
  it('gives the date in Japan, nine hours ahead of UTC', () => {
    assert.equal(tokyoDate(new Date('2026-12-31T14:59:59Z')), '2026-12-31');
    assert.equal(tokyoDate(new Date('2026-12-31T15:00:00Z')), '2027-01-01');
    assert.equal(tokyoDate(new Date('2026-05-06T00:00:00+09:00')), '2026-05-06');
  });
});
