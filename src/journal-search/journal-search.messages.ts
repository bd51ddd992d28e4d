// The element's own texts; the shared ones are in src/shared/messages.ts. Terms follow the national portal (eInnsyn).
import { defineCatalog } from '../shared/catalog.js';
import type { JournalEntryType, JournalSort } from '../api/types.js';
import type { FilterName, Period } from './journal-filters.js';

export interface JournalSearchMessages {
  heading: string;
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  filters: string;
  period: string;
  periods: Record<Exclude<Period, ''> | 'any', string>;
  fromDate: string;
  toDate: string;
  documentType: string;
  types: Record<JournalEntryType, string>;
  unit: string;
  allUnits: string;
  caseNumber: string;
  propertyNumber: string;
  propertyHint: string;
  /** Shown at the field when what was typed is not gnr/bnr; the search goes on without it. */
  propertyInvalid: (typed: string) => string;
  correspondent: string;
  exemptionBasis: string;
  anyBasis: string;
  fulltext: string;
  sort: string;
  sorts: Record<JournalSort, string>;
  groupByCase: string;
  activeFilters: string;
  removeFilter: (label: string) => string;
  clearAll: string;
  filterNames: Record<FilterName, string>;
  loadingResults: string;
  hits: (count: number) => string;
  moreThan: (count: number) => string;
  noHits: string;
  noHitsHint: string;
  showMore: string;
  shownOf: (shown: string, total: string) => string;
  journalNumber: string;
  journalDate: string;
  documentDate: string;
  type: string;
  caseLabel: string;
  from: string;
  to: string;
  copyTo: string;
  unitLabel: string;
  properties: string;
  documents: string;
  noDocuments: string;
  documentsListed: (count: number) => string;
  requestAccessFor: (journalNumber: string) => string;
  showDetails: string;
  permalink: string;
  chosenEntry: string;
  closeEntry: string;
  entryNotFound: string;
  entryNotFoundText: string;
  entriesInCase: (count: number) => string;
}

/** One module per language under messages/, loaded when an element first speaks it. */
export const journalSearchCatalog = defineCatalog<JournalSearchMessages>({
  nb: () => import('./messages/nb.js'),
  nn: () => import('./messages/nn.js'),
  en: () => import('./messages/en.js'),
  se: () => import('./messages/se.js'),
});
