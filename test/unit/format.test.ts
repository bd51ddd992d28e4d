import { expect } from '@open-wc/testing';
import { formatDate, formatFileSize, formatMonth, formatTime, weekdayNames } from '../../src/shared/format.js';

describe('format', () => {
  it('writes dates in Oslo time, whatever the viewer\'s time zone: 23:30 UTC on 11 March is 12 March in Oslo', () => {
    expect(formatDate('2026-03-11T23:30:00Z', 'nb')).to.equal('torsdag 12. mars 2026');
    expect(formatTime('2026-03-11T23:30:00Z', 'nb')).to.equal('00:30');
  });

  it('follows summer time: 16:00 UTC in July is 18:00 in Oslo', () => {
    expect(formatTime('2026-07-01T16:00:00Z', 'nb')).to.equal('18:00');
  });

  it('names months and weekdays in Nynorsk and Northern Sami even where the browser has no data for them', () => {
    expect(formatDate('2026-03-10T12:00:00Z', 'nn')).to.contain('tysdag');
    expect(formatMonth({ year: 2026, month: 3 }, 'se')).to.contain('njukčamánnu');
    expect(weekdayNames('nn', 'long')).to.deep.equal(['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag']);
  });

  it('writes English dates in British order', () => {
    expect(formatDate('2026-03-12T12:00:00Z', 'en')).to.equal('Thursday, 12 March 2026');
  });

  it('gives file sizes in the unit a reader expects, with a decimal only for small numbers', () => {
    expect(formatFileSize(245_760, 'nb')).to.match(/^246\skB$/);
    expect(formatFileSize(1_250_000, 'en')).to.equal('1.3 MB');
    expect(formatFileSize(900, 'en')).to.equal('900 byte');
    expect(formatFileSize(null, 'nb')).to.equal('');
  });

  it('gives an empty string for a date it cannot read, never "Invalid Date"', () => {
    expect(formatDate('soon', 'nb')).to.equal('');
  });
});
