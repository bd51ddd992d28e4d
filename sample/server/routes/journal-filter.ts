// The journal's filters and word search. Screened text is never searched: correspondents marked screened are left out
// and the `*****` masks are blanked, so no hit can hint at what was withheld.
import { JOURNAL_ENTRY_TYPES } from '../../../src/api/schemas.js';
import type { JournalEntry, PropertyNumber } from '../../../src/api/types.js';
import type { QueryReader } from '../query.js';

const CASE_NUMBER = /^\d{4}\/\d{1,9}$/;
const PROPERTY = /^(\d{1,6})\/(\d{1,6})(?:\/(\d{1,6}))?$/;

export function readJournalFilter(query: QueryReader): (entry: JournalEntry) => boolean {
  const q = query.single('q');
  if (q !== undefined && q.length > 500) query.fail('q', 'must be at most 500 characters');
  const terms = searchTerms(q);
  const fulltext = query.boolean('fulltext') ?? false;
  const { from, to } = query.range(true);
  const types = new Set<string>(query.oneOf('type', JOURNAL_ENTRY_TYPES));
  const unit = query.single('unit');
  const caseNumber = query.pattern('case', CASE_NUMBER, 'a case number (saksnummer) like 2024/1234');
  const property = parseProperty(query.pattern('property', PROPERTY, 'a property number (matrikkelnummer) gnr/bnr or gnr/bnr/fnr'));
  return (entry) => {
    if (from && entry.journalDate < from.osloDate) return false;
    if (to && entry.journalDate > to.osloDate) return false;
    if (types.size > 0 && !types.has(entry.type)) return false;
    if (unit !== undefined && entry.unit !== unit) return false;
    if (caseNumber !== undefined && entry.caseNumber !== caseNumber) return false;
    if (property && !entry.propertyNumbers.some((number) => matchesProperty(number, property))) return false;
    if (terms !== undefined) {
      if (terms.length === 0) return false;
      const haystack = searchableText(entry, fulltext);
      if (!terms.every((term) => haystack.includes(term))) return false;
    }
    return true;
  };
}

function normalize(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb');
}

/**
 * Whitespace-separated words that must all occur, or undefined without `q`. Asterisks are dropped and words without a
 * letter or digit ignored, so a query of only masks matches nothing rather than every screened entry.
 */
function searchTerms(q: string | undefined): string[] | undefined {
  if (q === undefined) return undefined;
  return normalize(q)
    .replace(/\*/g, '')
    .split(/\s+/)
    .filter((term) => /[\p{L}\p{N}]/u.test(term));
}

function searchableText(entry: JournalEntry, fulltext: boolean): string {
  const parts = [
    entry.title,
    entry.caseTitle,
    entry.journalNumber,
    entry.caseNumber,
    ...entry.correspondents.filter((correspondent) => !correspondent.screened).map((correspondent) => correspondent.name),
  ];
  if (fulltext) parts.push(...entry.documents.map((document) => document.title));
  return normalize(parts.join('\n')).replace(/\*+/g, '\n');
}

interface PropertyQuery {
  gnr: number;
  bnr: number;
  fnr?: number;
}

function parseProperty(value: string | undefined): PropertyQuery | undefined {
  const match = value === undefined ? null : PROPERTY.exec(value);
  if (!match) return undefined;
  return {
    gnr: Number(match[1]),
    bnr: Number(match[2]),
    fnr: match[3] === undefined ? undefined : Number(match[3]),
  };
}

function matchesProperty(number: PropertyNumber, query: PropertyQuery): boolean {
  if (number.gnr !== query.gnr || number.bnr !== query.bnr) return false;
  if (query.fnr !== undefined && (number.fnr ?? 0) !== query.fnr) return false;
  return true;
}
