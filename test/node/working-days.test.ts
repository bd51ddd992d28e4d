import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accessRequestDeadlines } from '../../src/time/access-request-deadlines.js';
import { dayFromIsoDate, isoDate } from '../../src/time/calendar-day.js';
import { addWorkingDays, easterSunday, isPublicHoliday, isWorkingDay } from '../../src/time/norwegian-holidays.js';

const day = (value: string) => dayFromIsoDate(value)!;

describe('Norwegian public holidays and working days', () => {
  it('finds Easter Sunday for years whose dates are known', () => {
    assert.equal(isoDate(easterSunday(2024)), '2024-03-31');
    assert.equal(isoDate(easterSunday(2025)), '2025-04-20');
    assert.equal(isoDate(easterSunday(2026)), '2026-04-05');
    assert.equal(isoDate(easterSunday(2027)), '2027-03-28');
  });

  it('knows the fixed and the Easter-based holidays of 2026', () => {
    const holidays = ['2026-01-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-17', '2026-05-25', '2026-12-25', '2026-12-26'];
    for (const holiday of holidays) assert.ok(isPublicHoliday(day(holiday)), holiday);
    assert.ok(!isPublicHoliday(day('2026-12-24')), 'Christmas Eve is a working day in law');
    assert.ok(!isPublicHoliday(day('2026-04-01')));
  });

  it('counts weekends and holidays as non-working days', () => {
    assert.ok(!isWorkingDay(day('2026-11-28')), 'Saturday');
    assert.ok(!isWorkingDay(day('2026-11-29')), 'Sunday');
    assert.ok(!isWorkingDay(day('2026-05-14')), 'Ascension Day, a Thursday');
    assert.ok(isWorkingDay(day('2026-11-27')), 'Friday');
  });

  it('adds working days forwards and backwards, skipping Easter', () => {
    assert.equal(isoDate(addWorkingDays(day('2026-03-31'), 2)), '2026-04-07');
    assert.equal(isoDate(addWorkingDays(day('2026-04-07'), -2)), '2026-03-31');
  });

  it('honours extra closing days, as the generator does for Christmas Eve', () => {
    const closed = { alsoClosed: (d: number) => d === day('2026-12-24') };
    assert.equal(isoDate(addWorkingDays(day('2026-12-23'), 1)), '2026-12-24');
    assert.equal(isoDate(addWorkingDays(day('2026-12-23'), 1, closed)), '2026-12-28');
  });
});

describe('access request deadlines (offentleglova §§ 29 and 32)', () => {
  it('a request on a Wednesday counts as refused after the Wednesday a week later', () => {
    const deadlines = accessRequestDeadlines('2026-11-25T10:00:00+01:00');
    assert.deepEqual(deadlines, { received: '2026-11-25', usualAnswerBy: '2026-11-30', refusalAfter: '2026-12-02' });
  });

  it('counts from the day in Oslo, not in UTC: 23:30 UTC on 31 March is 1 April in Oslo', () => {
    const deadlines = accessRequestDeadlines('2026-03-31T23:30:00Z');
    assert.equal(deadlines.received, '2026-04-01');
    // Maundy Thursday, Good Friday and Easter Monday are skipped: 7, 8, 9, 10, 13 April.
    assert.equal(deadlines.refusalAfter, '2026-04-13');
  });

  it('skips Christmas and the weekend', () => {
    assert.equal(accessRequestDeadlines('2026-12-22T12:00:00+01:00').refusalAfter, '2026-12-30');
  });

  it('a request sent on a Saturday is counted from the next working days', () => {
    assert.equal(accessRequestDeadlines('2026-11-28T12:00:00+01:00').refusalAfter, '2026-12-04');
  });
});
