import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fiscalYearOf, isPastRetention, lastDayKept, personalDataDeletionDate } from './retention-date.ts';

describe('retention counted from 1 April of the fiscal year after closing', () => {
  it('names the fiscal year by the year it starts in', () => {
    assert.equal(fiscalYearOf('2026-04-01'), 2026);
    assert.equal(fiscalYearOf('2027-03-31'), 2026);
    assert.equal(fiscalYearOf('2027-04-01'), 2027);
    assert.equal(fiscalYearOf('2027-01-01'), 2026);
  });

  it('gives the same day for any closing in one fiscal year', () => {
    assert.equal(personalDataDeletionDate(new Date('2026-05-10T10:00:00+09:00'), 5), '2032-04-01');
    assert.equal(personalDataDeletionDate(new Date('2027-02-10T10:00:00+09:00'), 5), '2032-04-01');
    assert.equal(personalDataDeletionDate(new Date('2026-04-01T00:00:00+09:00'), 5), '2032-04-01');
    assert.equal(personalDataDeletionDate(new Date('2026-04-01T00:00:00+09:00'), 2), '2029-04-01');
    assert.equal(lastDayKept(new Date('2027-02-10T10:00:00+09:00'), 5), '2032-03-31');
  });

  it('reads the closing day in Japan time at the 31 March / 1 April boundary', () => {
    // 14:30 UTC the same day: still 令和8年度.
    assert.equal(personalDataDeletionDate(new Date('2027-03-31T23:30:00+09:00'), 5), '2032-04-01');
    assert.equal(personalDataDeletionDate(new Date('2027-03-31T14:30:00Z'), 5), '2032-04-01');
    // 15:30 UTC on 31 March is already 1 April in Japan: 令和9年度.
    assert.equal(personalDataDeletionDate(new Date('2027-03-31T15:30:00Z'), 5), '2033-04-01');
    assert.equal(personalDataDeletionDate(new Date('2027-04-01T00:00:00+09:00'), 5), '2033-04-01');
    assert.equal(personalDataDeletionDate(new Date('2026-03-31T23:59:59+09:00'), 5), '2031-04-01');
  });

  it('keeps the data to the end of 31 March and deletes it from 1 April, Japan time', () => {
    const closed = new Date('2026-05-10T10:00:00+09:00');
    assert.equal(isPastRetention(closed, 5, new Date('2032-03-31T23:59:59+09:00')), false);
    assert.equal(isPastRetention(closed, 5, new Date('2032-03-31T15:00:00Z')), true, '00:00 on 1 April in Japan');
    assert.equal(isPastRetention(closed, 5, new Date('2031-05-11T00:00:00+09:00')), false, 'five calendar years after closing is not enough');
  });
});
