import assert from 'node:assert/strict';
import { test } from 'node:test';
import { activeFilters, EMPTY_FILTERS, exemptionBasisOptions, periodRange, toJournalQuery, withoutFilter } from '../../src/journal-search/journal-filters.js';
import { groupByCase } from '../../src/journal-search/journal-groups.js';
import { highlight, highlightWords } from '../../src/journal-search/query-words.js';
import { entry } from '../fixtures/mini-journal.js';

test('marks words and phrases of a query, never excluded words or operators', () => {
  assert.deepEqual(highlightWords('barnehage "ny skole" -nedlegging a | bø OR eller'), ['barnehage', 'ny skole', 'bø']);
  assert.deepEqual(highlightWords('-"hele uttrykket" tilsyn'), ['tilsyn']);
});

test('marks a word where a word of the title begins, whatever its case', () => {
  const marked = highlight('Barnehageplass i Solsiden barnehage', ['barnehage']).filter((s) => s.hit).map((s) => s.text);
  assert.deepEqual(marked, ['Barnehage', 'barnehage']);
  assert.deepEqual(highlight('Ombarnehage', ['barnehage']), [{ text: 'Ombarnehage', hit: false }]);
});

test('a period preset is counted back from today, in whole Oslo days', () => {
  assert.deepEqual(periodRange({ period: '7d', from: '', to: '' }, '2026-03-10'), { from: '2026-03-04', to: '2026-03-10' });
  assert.deepEqual(periodRange({ period: 'year', from: '', to: '' }, '2026-03-10'), { from: '2026-01-01', to: '2026-03-10' });
  assert.deepEqual(periodRange({ period: 'custom', from: '2026-02-30', to: '2026-03-01' }, '2026-03-10'), { from: undefined, to: '2026-03-01' });
});

test('asks the API for what the filters say; a fixed unit wins; a malformed property is left out', () => {
  const query = toJournalQuery({ ...EMPTY_FILTERS, q: ' "ny skole" ', types: ['I', 'U'], unit: 'Oppvekst', propertyNumber: '12/x' }, '2026-03-10', 25, 'Plan og bygg');
  assert.deepEqual(query, {
    q: '"ny skole"', sort: undefined, fulltext: undefined, type: ['I', 'U'], unit: 'Plan og bygg', case: undefined, property: undefined,
    correspondent: undefined, exemptionBasis: undefined, limit: 25,
  });
});

test('lists the active filters as chips, and removes one at a time', () => {
  const filters = { ...EMPTY_FILTERS, period: '30d' as const, caseNumber: '2026/1', fulltext: true };
  assert.deepEqual(activeFilters(filters), ['period', 'caseNumber', 'fulltext']);
  assert.deepEqual(activeFilters(withoutFilter(filters, 'period')), ['caseNumber', 'fulltext']);
});

test('groups by case in order of appearance, each case in journal-number order', () => {
  const groups = groupByCase([
    entry({ id: 'a', journalNumber: '2026/5-10', title: 'A', caseNumber: '2026/5' }),
    entry({ id: 'b', journalNumber: '2026/7-1', title: 'B', caseNumber: '2026/7' }),
    entry({ id: 'c', journalNumber: '2026/5-2', title: 'C', caseNumber: '2026/5' }),
  ]);
  assert.deepEqual(groups.map((g) => [g.caseNumber, g.entries.map((e) => e.entry.id)]), [['2026/5', ['c', 'a']], ['2026/7', ['b']]]);
});

test('offers the common legal bases plus each other one the results cite, once, in the order of the law', () => {
  const options = exemptionBasisOptions(['Offl. § 13 jf. fvl. § 13 første ledd nr. 1', null, 'offl. § 14', 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1', 'Offl. § 5a'], '');
  assert.deepEqual(options.slice(0, 4), ['Offl. § 5a', 'Offl. § 13', 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1', 'Offl. § 14']);
  assert.equal(options.length, 11);
});

test('keeps the chosen legal basis as it was written, also one no result cites', () => {
  assert.ok(exemptionBasisOptions([], 'offl. § 13').includes('offl. § 13'));
  assert.ok(!exemptionBasisOptions([], 'offl. § 13').includes('Offl. § 13'));
  assert.ok(exemptionBasisOptions([], 'Offl. § 32').includes('Offl. § 32'));
});
