// Lookups by id over a SampleDataset's meetings and documents, built once per API instance.
import type { AccessRequestTarget, AgendaItem, Document, JournalEntry, MeetingDetail } from '../../src/api/types.js';
import type { SampleDataset } from '../dataset.js';

export type DocumentRef = Pick<Document, 'id' | 'title'>;

export interface DatasetIndex {
  meetings: Map<string, MeetingDetail>;
  agendaItems: Map<string, AgendaItem>;
  /** Every published document, of meetings and of journal entries. */
  documents: Map<string, DocumentRef>;
  /**
   * Journal entries by id: all of them for a dataset in memory; for the database, the ones access requests named
   * lately (see rememberJournalEntries), so the e-mails can describe them without a query of their own.
   */
  journal: Map<string, JournalEntry>;
}

const REMEMBERED_ENTRIES = 10_000;

/** Reads the journal entries an access request names into the index, for the e-mails that describe them. */
export async function rememberJournalEntries(
  index: DatasetIndex,
  entries: AccessRequestTarget[],
  read: (id: string) => Promise<JournalEntry | undefined>,
): Promise<void> {
  for (const target of entries) {
    if (target.kind !== 'journal-entry' || index.journal.has(target.id)) continue;
    const entry = await read(target.id);
    if (!entry) continue;
    if (index.journal.size >= REMEMBERED_ENTRIES) index.journal.delete(index.journal.keys().next().value as string);
    index.journal.set(entry.id, entry);
  }
}

export function indexDataset(dataset: SampleDataset, journalDocuments: Iterable<DocumentRef> = []): DatasetIndex {
  const index: DatasetIndex = { meetings: new Map(), agendaItems: new Map(), documents: new Map(), journal: new Map() };
  const addDocuments = (documents: Iterable<DocumentRef | null>) => {
    for (const document of documents) if (document) index.documents.set(document.id, document);
  };
  for (const meeting of dataset.meetings) {
    index.meetings.set(meeting.id, meeting);
    addDocuments([meeting.notice, meeting.minutes]);
    for (const item of meeting.agendaItems) {
      index.agendaItems.set(item.id, item);
      addDocuments(item.documents);
    }
  }
  for (const entry of dataset.journal) {
    index.journal.set(entry.id, entry);
    addDocuments(entry.documents);
  }
  addDocuments(journalDocuments);
  return index;
}
