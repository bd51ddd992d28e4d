// What the seeded generator produces and what the sample server and the msw handlers serve.
import type { Body, JournalEntry, MeetingDetail, ServiceDocument } from '../src/api/types.js';
import type { PdfContent } from './generate/pdf.js';

export interface SampleFile {
  mediaType: string;
  /** What the generated PDF is built from, so a database can keep the recipe instead of the bytes. */
  pdf?: PdfContent;
  /** Built on demand so that tens of thousands of documents cost nothing until one is opened. */
  bytes(): Uint8Array;
}

export interface SampleDataset {
  service: ServiceDocument;
  bodies: Body[];
  /** Sorted by start, each with its agenda embedded. */
  meetings: MeetingDetail[];
  /** Sorted by journal date, newest first. */
  journal: JournalEntry[];
  /** Document files by document id; document URLs point at `${base}/files/${id}`. */
  files: Map<string, SampleFile>;
}

export interface GenerateOptions {
  seed?: number;
  /** Absolute base URL of the API the data is served from; document URLs are built on it. */
  baseUrl: string;
  /** The day the data is centred on: a year of meetings before it, a year after. */
  today?: Date;
  /** Number of journal entries (default 20 000). */
  journalSize?: number;
}
