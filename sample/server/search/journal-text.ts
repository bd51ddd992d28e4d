// What of a journal entry is searchable, shared by the database index and the in-memory scan. Screened correspondents
// are left out and the `*****` masks blanked, so no search can hint at what was withheld.
import type { JournalEntry } from '../../../src/api/types.js';

export interface SearchableParts {
  title: string;
  caseTitle: string;
  /** Public names of unscreened correspondents. */
  names: string[];
  /** Titles of the published documents (searched with fulltext=true). */
  documents: string[];
}

const unmask = (text: string) => text.replace(/\*+/g, ' ');

export function searchableParts(entry: JournalEntry): SearchableParts {
  return {
    title: unmask(entry.title),
    caseTitle: unmask(entry.caseTitle),
    names: entry.correspondents.filter((correspondent) => !correspondent.screened).map((correspondent) => unmask(correspondent.name)),
    documents: entry.documents.map((document) => unmask(document.title)),
  };
}

/** `2026/1234-3` as `0000002026/0000001234-0000000003`: text order equals numeric order. */
export function numberKey(journalNumber: string): string {
  return journalNumber.replace(/\d+/g, (digits) => digits.padStart(10, '0'));
}

/** The journal's order: newest journal date first, then journal number and id, both descending. */
export function compareJournalOrder(a: JournalEntry, b: JournalEntry): number {
  if (a.journalDate !== b.journalDate) return a.journalDate < b.journalDate ? 1 : -1;
  const keyA = numberKey(a.journalNumber);
  const keyB = numberKey(b.journalNumber);
  if (keyA !== keyB) return keyA < keyB ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}
