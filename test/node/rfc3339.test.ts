import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeDateTime } from '../../src/api/rfc3339.js';

describe('RFC 3339 date-times at the boundary', () => {
  test('takes the usual forms as they are', () => {
    assert.equal(normalizeDateTime('2026-11-20T10:00:00+01:00'), '2026-11-20T10:00:00+01:00');
    assert.equal(normalizeDateTime('2026-11-20T09:00:00Z'), '2026-11-20T09:00:00Z');
    assert.equal(normalizeDateTime('2026-11-20T09:00:00.5-00:00'), '2026-11-20T09:00:00.5-00:00');
  });

  test('accepts a lower-case t and z, as RFC 3339 allows, and hands on upper case', () => {
    assert.equal(normalizeDateTime('2026-11-20t09:00:00z'), '2026-11-20T09:00:00Z');
    assert.equal(Date.parse(normalizeDateTime('2026-11-20t09:00:00z')!), Date.UTC(2026, 10, 20, 9));
  });

  test('accepts a leap second as the last moment of its minute', () => {
    const normalized = normalizeDateTime('2016-12-31T23:59:60Z')!;
    assert.equal(new Date(normalized).toISOString(), '2016-12-31T23:59:59.999Z');
  });

  test('cuts fractions finer than milliseconds, which not every engine reads', () => {
    assert.equal(normalizeDateTime('2026-11-20T09:00:00.123456789Z'), '2026-11-20T09:00:00.123Z');
  });

  for (const bad of [
    '2026-11-20T10:00:00+01',
    '2026-11-20T10:00:00',
    '2026-11-20 10:00:00Z',
    '2026-11-20T10:00Z',
    '2026-02-30T10:00:00Z',
    '2025-02-29T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-11-20T24:00:00Z',
    '2026-11-20T10:00:61Z',
    '2026-11-20T10:00:00+24:00',
    '20261120T100000Z',
    'soon',
    '',
  ]) {
    test(`refuses ${JSON.stringify(bad)}`, () => assert.equal(normalizeDateTime(bad), undefined));
  }

  test('accepts the 29th of February in a leap year', () => {
    assert.equal(normalizeDateTime('2024-02-29T10:00:00Z'), '2024-02-29T10:00:00Z');
  });
});
