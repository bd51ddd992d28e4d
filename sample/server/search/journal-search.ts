// The journal search as the routes read it from the query string, independent of the backend that answers it.
import { JOURNAL_ENTRY_TYPES, JOURNAL_SORTS } from '../../../src/api/schemas.js';
import type { JournalEntryType, JournalSort } from '../../../src/api/types.js';
import type { QueryReader } from '../query.js';
import { parseSearchQuery, words, type SearchQuery } from './query-language.js';

export interface PropertyQuery {
  gnr: number;
  bnr: number;
  fnr?: number;
}

export interface JournalSearch {
  /** Undefined without `q`; a parsed query with no positive operand matches nothing. */
  query?: SearchQuery;
  sort: JournalSort;
  fulltext: boolean;
  /** Oslo days, inclusive. */
  from?: string;
  to?: string;
  types: JournalEntryType[];
  units: string[];
  caseNumber?: string;
  property?: PropertyQuery;
  /** Lower-case words that must each begin a word of one unscreened correspondent's name. */
  correspondent?: string[];
  /** Each a list of lower-case words the exemption basis must begin with; any one of them suffices. */
  exemptionBases: string[][];
}

const CASE_NUMBER = /^\d{4}\/\d{1,9}$/;
const PROPERTY = /^(\d{1,6})\/(\d{1,6})(?:\/(\d{1,6}))?$/;

/** Reads every journal filter; call before `query.check()` so their errors join the others. */
export function readJournalSearch(query: QueryReader): JournalSearch {
  const q = query.single('q');
  if (q !== undefined && q.length > 500) query.fail('q', 'must be at most 500 characters');
  const sorts = query.oneOf('sort', JOURNAL_SORTS);
  if (sorts.length > 1) query.fail('sort', 'must be given at most once');
  const correspondent = query.single('correspondent');
  if (correspondent !== undefined && correspondent.length > 200) query.fail('correspondent', 'must be at most 200 characters');
  const bases = query.params.getAll('exemptionBasis').map((basis) => basis.trim()).filter(Boolean);
  if (bases.some((basis) => basis.length > 200)) query.fail('exemptionBasis', 'must be at most 200 characters');
  const { from, to } = query.range(true);
  const parsed = q === undefined ? undefined : parseSearchQuery(q);
  return {
    query: parsed,
    sort: sorts[0] ?? (parsed ? 'relevance' : 'journalDate'),
    fulltext: query.boolean('fulltext') ?? false,
    from: from?.osloDate,
    to: to?.osloDate,
    types: query.oneOf('type', JOURNAL_ENTRY_TYPES),
    units: [...new Set(query.params.getAll('unit').map((unit) => unit.trim()).filter(Boolean))],
    caseNumber: query.pattern('case', CASE_NUMBER, 'a case number (saksnummer) like 2024/1234'),
    property: parseProperty(query.pattern('property', PROPERTY, 'a property number (matrikkelnummer) gnr/bnr or gnr/bnr/fnr')),
    correspondent: correspondent === undefined ? undefined : words(correspondent),
    exemptionBases: bases.map(words).filter((basis) => basis.length > 0),
  };
}

function parseProperty(value: string | undefined): PropertyQuery | undefined {
  const match = value === undefined ? null : PROPERTY.exec(value);
  if (!match) return undefined;
  return { gnr: Number(match[1]), bnr: Number(match[2]), fnr: match[3] === undefined ? undefined : Number(match[3]) };
}
