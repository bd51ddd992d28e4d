// Lookups by id over a SampleDataset, built once per API instance.
import type { AgendaItem, Document, JournalEntry, MeetingDetail } from '../../src/api/types.js';
import type { SampleDataset } from '../dataset.js';

export interface DatasetIndex {
  meetings: Map<string, MeetingDetail>;
  journal: Map<string, JournalEntry>;
  agendaItems: Map<string, AgendaItem>;
  documents: Map<string, Document>;
}

export function indexDataset(dataset: SampleDataset): DatasetIndex {
  const index: DatasetIndex = { meetings: new Map(), journal: new Map(), agendaItems: new Map(), documents: new Map() };
  const addDocuments = (documents: (Document | null)[]) => {
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
  return index;
}
