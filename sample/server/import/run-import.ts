// `npm run api -- --import FILE [--format json]`: validates a municipality's publication and replaces what the
// database publishes with it (access requests are kept). Prints what was loaded and every record left out.
import type { Database } from '../db/database.js';
import { storePublication } from '../db/publication.js';
import type { ImportResult, ImportSource } from './import-source.js';
import { jsonSource } from './json-source.js';

const SOURCES: ImportSource[] = [jsonSource];

export async function runImport(database: Database, path: string, format = 'json', log: (line: string) => void = console.log): Promise<ImportResult> {
  const source = SOURCES.find((candidate) => candidate.format === format);
  if (!source) throw new Error(`Unknown import format "${format}"; known: ${SOURCES.map((candidate) => candidate.format).join(', ')}`);
  const result = await source.read(path);
  const { records, rejected } = result;
  await storePublication(database, records, 'import', new Date(), (done, total) => log(`  journal: ${done} of ${total} entries stored`));
  log(`Imported ${path}: ${records.bodies.length} bodies, ${records.meetings.length} meetings, ${records.journal.length} journal entries${records.service ? ', the service document' : ''}.`);
  if (rejected.length === 0) log('No record was rejected.');
  else {
    log(`${rejected.length} record(s) rejected and left out:`);
    for (const record of rejected) log(`  ${record.collection}[${record.index}]${record.id ? ` (${record.id})` : ''}: ${record.problems.join('; ')}`);
  }
  return result;
}
