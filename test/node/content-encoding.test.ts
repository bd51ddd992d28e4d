import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { preferredEncoding } from '../../sample/server/content-encoding.js';

describe('choosing a compression from Accept-Encoding', () => {
  test('brotli when the browser accepts it, as Chromium does on localhost and over HTTPS', () => {
    assert.equal(preferredEncoding('gzip, deflate, br, zstd'), 'br');
  });

  test('gzip when brotli is not offered or refused with q=0', () => {
    assert.equal(preferredEncoding('gzip, deflate'), 'gzip');
    assert.equal(preferredEncoding('br;q=0, gzip;q=0.8'), 'gzip');
    assert.equal(preferredEncoding('BR; q=0 , GZIP'), 'gzip');
  });

  test('nothing when neither is accepted', () => {
    assert.equal(preferredEncoding(''), undefined);
    assert.equal(preferredEncoding('identity, deflate'), undefined);
    assert.equal(preferredEncoding('gzip;q=0, br;q=0'), undefined);
  });
});
