// The journal search's filters as plain data: what the URL keeps, what the API is asked, and what the chips say.
import type { JournalQuery } from '../api/publication-api.js';
import { JOURNAL_ENTRY_TYPES } from '../api/queries.js';
import type { JournalEntryType, JournalSort } from '../api/types.js';
import { addDays, isDayKey } from '../time/oslo.js';

export const PERIODS = ['7d', '30d', 'year', 'custom'] as const;
export type Period = (typeof PERIODS)[number] | '';

export interface JournalFilters {
  q: string;
  period: Period;
  /** YYYY-MM-DD, used with period `custom`. */
  from: string;
  to: string;
  types: JournalEntryType[];
  unit: string;
  caseNumber: string;
  propertyNumber: string;
  correspondent: string;
  exemptionBasis: string;
  fulltext: boolean;
  sort: JournalSort | '';
}

export const EMPTY_FILTERS: JournalFilters = {
  q: '', period: '', from: '', to: '', types: [], unit: '', caseNumber: '', propertyNumber: '', correspondent: '',
  exemptionBasis: '', fulltext: false, sort: '',
};

/** Filters a citizen can remove one by one (the query and the sort are not filters). */
export type FilterName = 'period' | 'types' | 'unit' | 'caseNumber' | 'propertyNumber' | 'correspondent' | 'exemptionBasis' | 'fulltext';

/** gnr/bnr or gnr/bnr/fnr, as people write it on a property: "12/34" or "12/34/5". */
export const PROPERTY_PATTERN = /^\d{1,5}\/\d{1,5}(\/\d{1,4})?$/;

/** The legal bases most often cited in a municipal journal (offentleglova), offered as a list. */
export const EXEMPTION_BASES = ['Offl. § 13', 'Offl. § 14', 'Offl. § 15', 'Offl. § 18', 'Offl. § 20', 'Offl. § 23', 'Offl. § 24', 'Offl. § 25', 'Offl. § 26'] as const;

const basisKey = (basis: string) => basis.toLowerCase().replace(/\s+/g, ' ');

/**
 * The bases to offer: the common ones, and every other one the entries shown cite (the contract has no list of a
 * journal's bases), and the chosen one, each once, in the order of the law ("Offl. § 13 jf. fvl. § 13" after § 13).
 */
export function exemptionBasisOptions(cited: readonly (string | null)[], chosen: string): string[] {
  const options = new Map<string, string>();
  // The chosen one first, so it keeps its own spelling (from the address) and stays selected.
  for (const basis of [chosen, ...EXEMPTION_BASES, ...cited]) {
    const trimmed = basis?.trim();
    if (trimmed && !options.has(basisKey(trimmed))) options.set(basisKey(trimmed), trimmed);
  }
  return [...options.values()].sort((a, b) => a.localeCompare(b, 'nb', { numeric: true }));
}

export function parsePeriod(value: string | undefined): Period | undefined {
  return value === undefined ? undefined : (PERIODS as readonly string[]).includes(value) ? (value as Period) : '';
}

/** "I,U" → ['I', 'U']; unknown letters are dropped. */
export function parseTypes(value: string | undefined): JournalEntryType[] {
  const letters = (value ?? '').split(',').map((letter) => letter.trim().toUpperCase());
  return JOURNAL_ENTRY_TYPES.filter((type) => letters.includes(type));
}

/** The journal dates a period covers, counted back from today (an Oslo day). */
export function periodRange(filters: Pick<JournalFilters, 'period' | 'from' | 'to'>, today: string): { from?: string; to?: string } {
  switch (filters.period) {
    case '7d':
      return { from: addDays(today, -6), to: today };
    case '30d':
      return { from: addDays(today, -29), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'custom':
      return { from: isDayKey(filters.from) ? filters.from : undefined, to: isDayKey(filters.to) ? filters.to : undefined };
    default:
      return {};
  }
}

/** What the API is asked for; a fixed unit (the element's `unit` attribute) wins over the citizen's choice. */
export function toJournalQuery(filters: JournalFilters, today: string, limit: number, fixedUnit = ''): JournalQuery {
  const property = filters.propertyNumber.trim();
  return {
    q: filters.q.trim() || undefined,
    sort: filters.sort || undefined,
    fulltext: filters.fulltext || undefined,
    ...periodRange(filters, today),
    type: filters.types.length ? filters.types : undefined,
    unit: fixedUnit.trim() || filters.unit || undefined,
    case: filters.caseNumber.trim() || undefined,
    property: PROPERTY_PATTERN.test(property) ? property : undefined,
    correspondent: filters.correspondent.trim() || undefined,
    exemptionBasis: filters.exemptionBasis ? [filters.exemptionBasis] : undefined,
    limit,
  };
}

/** The filters that are on, in the order the form shows them. */
export function activeFilters(filters: JournalFilters, fixedUnit = ''): FilterName[] {
  const on: Record<FilterName, boolean> = {
    period: filters.period !== '' && (filters.period !== 'custom' || isDayKey(filters.from) || isDayKey(filters.to)),
    types: filters.types.length > 0,
    unit: !fixedUnit && filters.unit !== '',
    caseNumber: filters.caseNumber.trim() !== '',
    propertyNumber: PROPERTY_PATTERN.test(filters.propertyNumber.trim()),
    correspondent: filters.correspondent.trim() !== '',
    exemptionBasis: filters.exemptionBasis !== '',
    fulltext: filters.fulltext,
  };
  return (Object.keys(on) as FilterName[]).filter((name) => on[name]);
}

/** The same filters with one removed. */
export function withoutFilter(filters: JournalFilters, name: FilterName): JournalFilters {
  if (name === 'period') return { ...filters, period: '', from: '', to: '' };
  return { ...filters, [name]: EMPTY_FILTERS[name] };
}
