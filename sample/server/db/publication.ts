// Opens the server's database and makes sure it holds a publication: the generated Eksempel kommune at first start
// (and again when a generated sample has grown stale), or what an import put there. Returns what the API serves.
import type { Body, MeetingDetail, ServiceDocument } from '../../../src/api/types.js';
import type { SampleDataset, SampleFile } from '../../dataset.js';
import { buildPdf, type PdfContent } from '../../generate/pdf.js';
import type { DocumentRef } from '../dataset-index.js';
import type { Database } from './database.js';
import { loadPublication, type FileRecipe, type Progress, type PublicationRecords } from './load.js';

/** Generated document URLs are stored on this origin and rewritten to the server's public URL when read. */
export const SAMPLE_ORIGIN = 'https://sample-files.innsyn.invalid';
/** A generated sample is centred on the day it was made; after this many days it is made again. */
const SAMPLE_MAX_AGE_DAYS = 7;

export interface ServedPublication {
  /** Service, bodies, meetings and files; `journal` is empty (the database searches it). */
  dataset: SampleDataset;
  journalDocuments: DocumentRef[];
  rebase: <T>(value: T) => T;
}

interface Content {
  kind: 'sample' | 'import';
  at: string;
}

export async function needsSample(db: Database, now: Date): Promise<boolean> {
  const [row] = await db.query<{ value: Content }>(`SELECT value FROM meta WHERE key = 'content'`);
  if (!row) return true;
  return row.value.kind === 'sample' && now.getTime() - Date.parse(row.value.at) > SAMPLE_MAX_AGE_DAYS * 86_400_000;
}

export async function storePublication(db: Database, records: PublicationRecords, kind: Content['kind'], now: Date, progress?: Progress): Promise<void> {
  await loadPublication(db, records, progress);
  const content: Content = { kind, at: now.toISOString() };
  await db.query(`INSERT INTO meta (key, value) VALUES ('content', $1::json) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [
    JSON.stringify(content),
  ]);
}

/** The generated sample as records to store, with its PDFs as recipes. */
export function sampleRecords(dataset: SampleDataset): PublicationRecords {
  const titles = new Map<string, string>();
  for (const entry of dataset.journal) for (const document of entry.documents) titles.set(document.id, document.title);
  for (const meeting of dataset.meetings) {
    for (const document of [meeting.notice, meeting.minutes, ...meeting.agendaItems.flatMap((item) => item.documents)]) {
      if (document) titles.set(document.id, document.title);
    }
  }
  const files: FileRecipe[] = [...dataset.files].map(([id, file]) => ({ id, title: titles.get(id) ?? id, mediaType: file.mediaType, recipe: file.pdf ?? null }));
  return { service: dataset.service, bodies: dataset.bodies, meetings: dataset.meetings, journal: dataset.journal, files };
}

export async function readPublication(db: Database, publicUrl: string): Promise<ServedPublication> {
  const base = publicUrl.replace(/\/+$/, '');
  const rebase = <T>(value: T): T => {
    const text = JSON.stringify(value);
    return text.includes(SAMPLE_ORIGIN) ? (JSON.parse(text.replaceAll(SAMPLE_ORIGIN, base)) as T) : value;
  };
  const [service] = await db.query<{ value: ServiceDocument }>(`SELECT value FROM meta WHERE key = 'service'`);
  const bodies = await db.query<{ doc: Body }>('SELECT doc FROM bodies ORDER BY id');
  const meetings = await db.query<{ doc: MeetingDetail }>('SELECT doc FROM meetings ORDER BY start_at, id');
  const fileRows = await db.query<{ id: string; title: string; media_type: string; recipe: PdfContent | null }>(
    'SELECT id, title, media_type, recipe FROM files',
  );
  const files = new Map<string, SampleFile>();
  for (const row of fileRows) {
    const recipe = row.recipe;
    if (recipe) files.set(row.id, { mediaType: row.media_type, bytes: () => buildPdf(recipe) });
  }
  return {
    dataset: {
      service: service?.value ?? emptyService(),
      bodies: bodies.map((row) => row.doc),
      meetings: rebase(meetings.map((row) => row.doc)),
      journal: [],
      files,
    },
    journalDocuments: fileRows.map((row) => ({ id: row.id, title: row.title })),
    rebase,
  };
}

function emptyService(): ServiceDocument {
  return {
    apiVersion: '1.0',
    publisher: { id: 'unknown', name: 'Unknown publisher', organizationNumber: null },
    languages: ['nb', 'en'],
    capabilities: { meetings: true, journal: true, accessRequests: true, calendarFeed: true, fullTextSearch: true },
  };
}
