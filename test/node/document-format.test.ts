import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileFormat, repeatsLabel } from '../../src/shared/document-format.js';
import { formatDayMonth, formatFileSize } from '../../src/shared/format.js';

describe('how a document link reads', () => {
  for (const [mediaType, label] of [
    ['application/pdf', 'PDF'],
    ['application/vnd.oasis.opendocument.spreadsheet', 'ODS'],
    ['application/vnd.oasis.opendocument.presentation', 'ODP'],
    ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'PowerPoint'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document; charset=binary', 'Word'],
    ['image/png', 'PNG'],
    ['application/xml', 'XML'],
    ['application/octet-stream', ''],
    ['application/vnd.some-vendor.thing', ''],
    ['nonsense', ''],
  ] as const) {
    test(`names ${mediaType} "${label}"`, () => assert.equal(fileFormat(mediaType), label));
  }

  test('gives sizes in the unit that fits, up to gigabytes', () => {
    assert.equal(formatFileSize(5_000_000_000, 'en'), '5 GB');
    assert.equal(formatFileSize(245_760, 'en'), '246 kB');
    assert.equal(formatFileSize(1_500_000, 'en'), '1.5 MB');
    assert.equal(formatFileSize(512, 'en'), '512 byte');
  });

  test('says nothing about a size of 0 or an unknown size', () => {
    assert.equal(formatFileSize(0, 'nb'), '');
    assert.equal(formatFileSize(null, 'nb'), '');
  });

  test('gives the year of a date that is not in this year', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    assert.equal(formatDayMonth('2020-09-30T10:00:00+02:00', 'en', now), '30 September 2020');
    assert.equal(formatDayMonth('2026-09-30T10:00:00+02:00', 'en', now), '30 September');
  });

  test('notices a title that repeats its type label, whatever the case', () => {
    assert.equal(repeatsLabel('Møteinnkalling - Kommunestyret 12.02.2026', 'Møteinnkalling'), true);
    assert.equal(repeatsLabel('MØTEPROTOKOLL Kommunestyret', 'Møteprotokoll'), true);
    assert.equal(repeatsLabel('Reguleringsplan for Storgata', 'Saksframlegg'), false);
  });
});
