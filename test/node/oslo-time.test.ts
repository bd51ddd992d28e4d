import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, addMonths, isDayKey, monthRange, osloDateKey, parseMonth } from '../../src/time/oslo.js';

test('an instant belongs to its Oslo day, in winter and in summer', () => {
  assert.equal(osloDateKey('2026-03-11T23:30:00Z'), '2026-03-12');
  assert.equal(osloDateKey('2026-07-01T21:59:00Z'), '2026-07-01');
  assert.equal(osloDateKey('2026-07-01T22:00:00Z'), '2026-07-02');
});

test('days move by calendar days across months, years and the summer-time change', () => {
  assert.equal(addDays('2026-03-29', 1), '2026-03-30');
  assert.equal(addDays('2026-01-01', -1), '2025-12-31');
  assert.equal(addDays('2026-03-01', -30), '2026-01-30');
});

test('only real days and months are read', () => {
  assert.equal(isDayKey('2026-02-28'), true);
  assert.equal(isDayKey('2026-02-29'), false);
  assert.equal(isDayKey('2026-2-1'), false);
  assert.deepEqual(parseMonth('2026-12'), { year: 2026, month: 12 });
  assert.equal(parseMonth('2026-13'), undefined);
  assert.deepEqual(addMonths({ year: 2026, month: 1 }, -1), { year: 2025, month: 12 });
  assert.deepEqual(monthRange({ year: 2028, month: 2 }), { from: '2028-02-01', to: '2028-02-29' });
});
