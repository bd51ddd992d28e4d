// The journal search as a scan over entries in memory: what the msw handlers use in the browser, where a database would
// cost more than the search it saves. Same query language and filters as the database; words match by prefix instead
// of by stem. Screened correspondents and the `*****` masks are never part of the searched text.
import type { JournalEntry, PropertyNumber } from '../../../src/api/types.js';
import type { JournalStore } from '../store.js';
import { compareJournalOrder, searchableParts } from './journal-text.js';
import type { JournalSearch, PropertyQuery } from './journal-search.js';
import { words, type Operand } from './query-language.js';

export function createMemoryJournal(entries: JournalEntry[]): JournalStore {
  const ordered = [...entries].sort(compareJournalOrder);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const units = [...new Set(entries.map((entry) => entry.unit))].sort((a, b) => a.localeCompare(b, 'nb'));
  return {
    async search(search, limit, after) {
      const offset = after === undefined ? 0 : /^\d{1,9}$/.test(after) ? Number(after) : undefined;
      if (offset === undefined) return undefined;
      const matches = searchJournalInMemory(ordered, search);
      const end = offset + limit;
      return { items: matches.slice(offset, end), after: end < matches.length ? String(end) : null, total: matches.length, totalAtLeast: null };
    },
    async get(id) {
      return byId.get(id);
    },
    async units() {
      return units;
    },
  };
}

interface Searchable {
  entry: JournalEntry;
  /** Words of the title, then of the rest, each with a space before and after, for word-prefix and phrase matching. */
  title: string;
  rest: string;
  references: string[];
}

function searchJournalInMemory(entries: JournalEntry[], search: JournalSearch): JournalEntry[] {
  const matched: { entry: JournalEntry; score: number }[] = [];
  for (const entry of entries) {
    if (!passesFilters(entry, search)) continue;
    let score = 0;
    if (search.query) {
      const searchable = toSearchable(entry, search.fulltext);
      if (search.query.all.length === 0) continue;
      if (search.query.none.some((operand) => matches(searchable, operand) > 0)) continue;
      const groups = search.query.all.map((group) => Math.max(...group.map((operand) => matches(searchable, operand))));
      if (groups.some((points) => points === 0)) continue;
      score = groups.reduce((sum, points) => sum + points, 0);
    }
    matched.push({ entry, score });
  }
  // Entries come in the journal's order; a stable sort keeps it among equal scores.
  if (search.sort === 'relevance') matched.sort((a, b) => b.score - a.score);
  return matched.map(({ entry }) => entry);
}

function passesFilters(entry: JournalEntry, search: JournalSearch): boolean {
  if (search.from && entry.journalDate < search.from) return false;
  if (search.to && entry.journalDate > search.to) return false;
  if (search.types.length > 0 && !search.types.includes(entry.type)) return false;
  if (search.units.length > 0 && !search.units.includes(entry.unit)) return false;
  if (search.caseNumber !== undefined && entry.caseNumber !== search.caseNumber) return false;
  if (search.property && !entry.propertyNumbers.some((number) => matchesProperty(number, search.property as PropertyQuery))) return false;
  if (search.correspondent) {
    const wanted = search.correspondent;
    const names = entry.correspondents.filter((correspondent) => !correspondent.screened).map((correspondent) => words(correspondent.name));
    if (!names.some((name) => wanted.every((word) => name.some((part) => part.startsWith(word))))) return false;
  }
  if (search.exemptionBases.length > 0) {
    const basis = words(entry.exemptionBasis ?? '');
    if (!search.exemptionBases.some((prefix) => prefix.every((word, index) => basis[index] === word))) return false;
  }
  return true;
}

function toSearchable(entry: JournalEntry, fulltext: boolean): Searchable {
  const parts = searchableParts(entry);
  const rest = [parts.caseTitle, ...parts.names, ...(fulltext ? parts.documents : [])];
  return {
    entry,
    title: ` ${words(parts.title).join(' ')} `,
    rest: ` ${rest.map((text) => words(text).join(' ')).join(' | ')} `,
    references: [entry.caseNumber, entry.journalNumber],
  };
}

/** Points for an operand: 2 in the title, 1 elsewhere, 0 when it does not occur. */
function matches(searchable: Searchable, operand: Operand): number {
  if (operand.kind === 'reference') {
    return searchable.references.includes(operand.reference) ? 2 : 0;
  }
  const needle = ` ${operand.kind === 'word' ? operand.word : operand.words.join(' ')}`;
  if (searchable.title.includes(needle)) return 2;
  return searchable.rest.includes(needle) ? 1 : 0;
}

function matchesProperty(number: PropertyNumber, query: PropertyQuery): boolean {
  if (number.gnr !== query.gnr || number.bnr !== query.bnr) return false;
  return query.fnr === undefined || (number.fnr ?? 0) === query.fnr;
}
