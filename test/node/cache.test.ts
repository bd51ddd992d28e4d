// The client's response cache stays within its size budget and drops expired answers when it stores new ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TtlCache } from '../../src/api/cache.js';

describe('TtlCache', () => {
  it('keeps the newest answers within the size budget, forgetting the oldest first', () => {
    const cache = new TtlCache<string>(() => 0, 100, 1000);
    cache.set('a', 'A', 60_000, 400);
    cache.set('b', 'B', 60_000, 400);
    cache.set('c', 'C', 60_000, 400);
    assert.equal(cache.get('a'), undefined);
    assert.equal(cache.get('b'), 'B');
    assert.equal(cache.get('c'), 'C');
  });

  it('does not keep an answer larger than the whole budget, and keeps what it had', () => {
    const cache = new TtlCache<string>(() => 0, 100, 1000);
    cache.set('small', 'S', 60_000, 10);
    cache.set('huge', 'H', 60_000, 5000);
    assert.equal(cache.get('huge'), undefined);
    assert.equal(cache.get('small'), 'S');
  });

  it('drops expired answers when storing, so they no longer count against the budget', () => {
    let now = 0;
    const cache = new TtlCache<string>(() => now, 100, 1000);
    cache.set('old', 'O', 1000, 600);
    cache.set('fresh', 'F', 60_000, 300);
    now = 2000;
    cache.set('new', 'N', 60_000, 600);
    assert.equal(cache.get('fresh'), 'F', 'the expired answer made room, not the fresh one');
    assert.equal(cache.get('new'), 'N');
  });

  it('counts a replaced answer once', () => {
    const cache = new TtlCache<string>(() => 0, 100, 1000);
    cache.set('a', 'A1', 60_000, 600);
    cache.set('a', 'A2', 60_000, 600);
    cache.set('b', 'B', 60_000, 300);
    assert.equal(cache.get('a'), 'A2');
    assert.equal(cache.get('b'), 'B');
  });
});
