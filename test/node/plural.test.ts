import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { plural } from '../../src/shared/plural.js';

describe('plural rules', () => {
  const forms = { one: 'one {n}', two: 'two {n}', other: 'other {n}' };

  test('Northern Sami has a dual', () => {
    assert.deepEqual([1, 2, 3, 0].map((n) => plural('se', n, forms)), ['one 1', 'two 2', 'other 3', 'other 0']);
  });

  test('Bokmål, Nynorsk and English have one and other, whatever forms are given', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      assert.deepEqual([1, 2, 0].map((n) => plural(locale, n, forms)), ['one 1', 'other 2', 'other 0']);
    }
  });

  test('without a dual form, Sami falls back to other', () => {
    assert.equal(plural('se', 2, { one: '1 čoahkkin', other: '{n} čoahkkima' }), '2 čoahkkima');
  });
});
