// The `required` lists of spec/publication-api.yaml. The client's schemas are tolerant (a missing status reads as
// "planned"), so the checker asks for required fields itself; test/node/check.test.ts keeps this table equal to the spec.
export const REQUIRED = {
  ServiceDocument: ['apiVersion', 'publisher', 'languages', 'capabilities'],
  Publisher: ['id', 'name'],
  Capabilities: ['meetings', 'journal', 'accessRequests', 'calendarFeed', 'fullTextSearch'],
  Body: ['id', 'name', 'kind', 'active'],
  BodyRef: ['id', 'name'],
  Document: ['id', 'title', 'type', 'mediaType', 'url', 'publishedAt'],
  Meeting: ['id', 'body', 'start', 'status'],
  AgendaItem: ['id', 'number', 'sequence', 'title', 'closed', 'documents', 'canRequestAccess'],
  JournalEntry: ['id', 'journalNumber', 'journalDate', 'type', 'title', 'titleScreened', 'caseNumber', 'caseTitle', 'correspondents', 'unit', 'propertyNumbers', 'documents', 'canRequestAccess'],
  Correspondent: ['role', 'name', 'screened'],
  PropertyNumber: ['gnr', 'bnr'],
} as const;

export type SchemaName = keyof typeof REQUIRED;

/** Nested objects checked with their own list: field → schema, for single objects and arrays alike. */
const NESTED: Partial<Record<SchemaName, Record<string, SchemaName>>> = {
  ServiceDocument: { publisher: 'Publisher', capabilities: 'Capabilities' },
  Meeting: { body: 'BodyRef', notice: 'Document', minutes: 'Document' },
  AgendaItem: { documents: 'Document' },
  JournalEntry: { correspondents: 'Correspondent', propertyNumbers: 'PropertyNumber', documents: 'Document' },
};

/** "items[2].status" for every required field that is missing (null counts as present only where the spec allows it). */
export function missingFields(value: unknown, schema: SchemaName, where: string): string[] {
  if (typeof value !== 'object' || value === null) return [`${where} is not an object`];
  const object = value as Record<string, unknown>;
  const missing = REQUIRED[schema].filter((field) => object[field] === undefined || object[field] === null).map((field) => `${where}.${field}`);
  for (const [field, nested] of Object.entries(NESTED[schema] ?? {})) {
    const child = object[field];
    if (Array.isArray(child)) child.forEach((item, index) => missing.push(...missingFields(item, nested, `${where}.${field}[${index}]`)));
    else if (child !== undefined && child !== null) missing.push(...missingFields(child, nested, `${where}.${field}`));
  }
  return missing;
}
