// Writes publication data into the database in chunks, in one transaction: a load either lands whole or not at all.
// Used for the generated sample at first start and for `npm run api -- --import FILE`.
import type { Body, Document, JournalEntry, MeetingDetail, ServiceDocument } from '../../../src/api/types.js';
import { words } from '../search/query-language.js';
import { numberKey, searchableParts } from '../search/journal-text.js';
import type { Database, Queryable } from './database.js';

/** Lets the generated sample's files be rebuilt on demand; imported documents have none. */
export interface FileRecipe {
  id: string;
  title: string;
  mediaType: string;
  recipe: unknown;
}

export interface PublicationRecords {
  service?: ServiceDocument;
  bodies: Body[];
  meetings: MeetingDetail[];
  journal: JournalEntry[];
  files?: FileRecipe[];
}

export type Progress = (done: number, total: number) => void;

const CHUNK = 2000;

/** Replaces everything published (not the access requests) with `records`. */
/** Built after a load rather than row by row during it: the load takes a fraction of the time. */
const SEARCH_INDEXES = [
  'CREATE INDEX journal_search ON journal USING gin (search)',
  'CREATE INDEX journal_search_fulltext ON journal USING gin (search_fulltext)',
  'CREATE INDEX journal_correspondent ON journal USING gin (correspondent_search)',
];

export async function loadPublication(db: Database, records: PublicationRecords, progress: Progress = () => {}): Promise<void> {
  await db.transaction(async (tx) => {
    for (const name of ['journal_search', 'journal_search_fulltext', 'journal_correspondent']) await tx.query(`DROP INDEX IF EXISTS ${name}`);
    await tx.query('DELETE FROM journal_properties');
    await tx.query('DELETE FROM journal');
    await tx.query('DELETE FROM meetings');
    await tx.query('DELETE FROM bodies');
    await tx.query('DELETE FROM files');
    if (records.service) {
      await tx.query(`INSERT INTO meta (key, value) VALUES ('service', $1::json) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [
        JSON.stringify(records.service),
      ]);
    }
    await insertJson(tx, 'INSERT INTO bodies (id, doc) SELECT r->>\'id\', r FROM json_array_elements($1::json) r', records.bodies);
    await insertJson(
      tx,
      `INSERT INTO meetings (id, start_at, doc) SELECT r->>'id', (r->>'start')::timestamptz, r FROM json_array_elements($1::json) r`,
      records.meetings,
    );
    const files = new Map<string, FileRecipe>();
    const addDocuments = (documents: (Document | null)[]) => {
      for (const document of documents) {
        if (document && !files.has(document.id)) files.set(document.id, { id: document.id, title: document.title, mediaType: document.mediaType, recipe: null });
      }
    };
    for (const meeting of records.meetings) {
      addDocuments([meeting.notice, meeting.minutes]);
      for (const item of meeting.agendaItems) addDocuments(item.documents);
    }
    for (const entry of records.journal) addDocuments(entry.documents);
    for (const file of records.files ?? []) files.set(file.id, file);
    await insertJson(
      tx,
      `INSERT INTO files (id, title, media_type, recipe)
       SELECT r->>'id', r->>'title', r->>'mediaType', r->'recipe' FROM json_array_elements($1::json) r`,
      [...files.values()],
    );
    for (let start = 0; start < records.journal.length; start += CHUNK) {
      const chunk = records.journal.slice(start, start + CHUNK);
      await insertJournal(tx, chunk);
      progress(Math.min(start + CHUNK, records.journal.length), records.journal.length);
    }
    for (const sql of SEARCH_INDEXES) await tx.query(sql);
  });
  await db.exec('ANALYZE');
}

/** Adds entries to the journal as they are registered, without touching the rest. */
export async function appendJournal(db: Database, entries: JournalEntry[]): Promise<void> {
  await db.transaction((tx) => insertJournal(tx, entries));
}

async function insertJson(tx: Queryable, sql: string, rows: unknown[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await tx.query(sql, [JSON.stringify(rows.slice(start, start + CHUNK))]);
  }
}

async function insertJournal(tx: Queryable, entries: JournalEntry[]): Promise<void> {
  const rows = entries.map((entry) => {
    const parts = searchableParts(entry);
    return {
      id: entry.id,
      journalDate: entry.journalDate,
      numberKey: numberKey(entry.journalNumber),
      journalNumber: entry.journalNumber,
      caseNumber: entry.caseNumber,
      type: entry.type,
      unit: entry.unit,
      exemptionKey: entry.exemptionBasis ? `${words(entry.exemptionBasis).join(' ')} ` : null,
      names: parts.names.map((name) => words(name).join(' ')),
      title: parts.title,
      caseTitle: parts.caseTitle,
      namesText: parts.names.join(' \n '),
      documents: parts.documents.join(' \n '),
      doc: entry,
    };
  });
  await tx.query(
    `INSERT INTO journal (id, journal_date, number_key, journal_number, case_number, type, unit, exemption_key,
       correspondent_names, correspondent_search, search, search_fulltext, doc)
     SELECT r->>'id', (r->>'journalDate')::date, r->>'numberKey', r->>'journalNumber', r->>'caseNumber', r->>'type', r->>'unit',
       r->>'exemptionKey', ARRAY(SELECT json_array_elements_text(r->'names')), to_tsvector('simple', r->>'namesText'),
       v.search, v.search || setweight(to_tsvector('norwegian', r->>'documents'), 'D'), r->'doc'
     FROM json_array_elements($1::json) r,
     LATERAL (SELECT setweight(to_tsvector('norwegian', r->>'title'), 'A')
                  || setweight(to_tsvector('norwegian', r->>'caseTitle'), 'B')
                  || setweight(to_tsvector('norwegian', r->>'namesText'), 'C') AS search) v`,
    [JSON.stringify(rows)],
  );
  const properties = entries.flatMap((entry) => entry.propertyNumbers.map((number) => ({ id: entry.id, gnr: number.gnr, bnr: number.bnr, fnr: number.fnr ?? null })));
  if (properties.length > 0) {
    await tx.query(
      `INSERT INTO journal_properties (entry_id, gnr, bnr, fnr)
       SELECT r->>'id', (r->>'gnr')::int, (r->>'bnr')::int, (r->>'fnr')::int FROM json_array_elements($1::json) r`,
      [JSON.stringify(properties)],
    );
  }
}
