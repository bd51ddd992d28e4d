// Entries grouped by case (saksmappe): cases in the order their first entry appears, entries in journal order.
import type { JournalEntry } from '../api/types.js';

export interface CaseGroup {
  caseNumber: string;
  caseTitle: string;
  entries: { entry: JournalEntry; index: number }[];
}

/** "2026/123-4" sorts after "2026/123-3" and before "2026/123-10". */
function sequenceOf(entry: JournalEntry): number {
  const match = /-(\d+)$/.exec(entry.journalNumber);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

export function groupByCase(entries: readonly JournalEntry[]): CaseGroup[] {
  const groups = new Map<string, CaseGroup>();
  entries.forEach((entry, index) => {
    let group = groups.get(entry.caseNumber);
    if (!group) {
      group = { caseNumber: entry.caseNumber, caseTitle: entry.caseTitle, entries: [] };
      groups.set(entry.caseNumber, group);
    }
    group.entries.push({ entry, index });
  });
  for (const group of groups.values()) {
    group.entries.sort((a, b) => sequenceOf(a.entry) - sequenceOf(b.entry) || a.entry.journalDate.localeCompare(b.entry.journalDate));
  }
  return [...groups.values()];
}
