// Reads `{ service?, bodies?, meetings?, journal? }` in the contract's shapes (spec/publication-api.yaml). Each record
// is validated on its own with the contract's schemas: a bad record is reported and left out, the rest are loaded.
import { readFile } from 'node:fs/promises';
import * as v from '../../../src/api/shape.js';
import { BodySchema, JournalEntrySchema, MeetingDetailSchema, ServiceDocumentSchema } from '../../../src/api/schemas.js';
import type { ImportResult, ImportSource, RejectedRecord } from './import-source.js';

const MAX_REPORTED_PROBLEMS = 5;

export const jsonSource: ImportSource = {
  format: 'json',
  async read(path) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${path} must hold one object: { service, bodies, meetings, journal }`);
    const input = data as Record<string, unknown>;
    const rejected: RejectedRecord[] = [];
    const service = input.service === undefined ? undefined : validateOne('service', 0, ServiceDocumentSchema, input.service, rejected);
    return {
      records: {
        service,
        bodies: validateList('bodies', BodySchema, input.bodies, rejected),
        meetings: validateList('meetings', MeetingDetailSchema, input.meetings, rejected),
        journal: validateList('journal', JournalEntrySchema, input.journal, rejected),
      },
      rejected,
    } satisfies ImportResult;
  },
};

function validateList<T extends { id: string }>(collection: string, schema: v.Schema<T>, value: unknown, rejected: RejectedRecord[]): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    rejected.push({ collection, index: 0, problems: ['must be a list'] });
    return [];
  }
  const seen = new Set<string>();
  const accepted: T[] = [];
  value.forEach((item, index) => {
    const record = validateOne(collection, index, schema, item, rejected);
    if (!record) return;
    if (seen.has(record.id)) {
      rejected.push({ collection, index, id: record.id, problems: [`id "${record.id}" repeats an earlier record`] });
      return;
    }
    seen.add(record.id);
    accepted.push(record);
  });
  return accepted;
}

function validateOne<T>(collection: string, index: number, schema: v.Schema<T>, value: unknown, rejected: RejectedRecord[]): T | undefined {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const id = typeof (value as { id?: unknown } | null)?.id === 'string' ? (value as { id: string }).id : undefined;
  const problems = result.issues.slice(0, MAX_REPORTED_PROBLEMS).map((issue) => `${v.fieldPath(issue) || '(record)'}: ${issue.message}`);
  rejected.push({ collection, index, id, problems });
  return undefined;
}
