// The journal's and access requests' operations (spec/publication-api.yaml) with their schemas: a chunk of their own,
// which the journal search and the access request form import (so it is there when they ask), while the meeting
// elements, whose pages are most often the first a citizen opens, never download it. HttpPublicationPort loads it.
import type { ApiClient, RequestOptions } from './client.js';
import { isApiError } from './errors.js';
import { readAll, type ReadOptions } from './publication-api.js';
import { journalParams, PATHS, type JournalQuery } from './queries.js';
import { pageSchema } from './common-schemas.js';
import { AccessRequestReceiptSchema, JournalEntryPageSchema, JournalEntrySchema, UnitSchema } from './journal-schemas.js';
import type { AccessRequest, AccessRequestReceipt, JournalEntry, JournalPage, Unit } from './types.js';

const UnitPage = pageSchema(UnitSchema, 'unit');

/** One page of journal entries; pass the returned `next` back as `query.next` for the page after it. */
export async function searchJournal(client: ApiClient, query: JournalQuery, options: ReadOptions = {}): Promise<JournalPage> {
  const page = query.next
    ? await client.get(client.resolveLink(query.next, 'next'), JournalEntryPageSchema, options)
    : await client.get(PATHS.journal, JournalEntryPageSchema, { ...options, params: journalParams(query) });
  return {
    items: page.items,
    next: page.next ? followableNext(client, page.next) : null,
    total: page.total,
    totalAtLeast: page.total === null ? page.totalAtLeast : null,
  };
}

/**
 * A journal page is complete in itself: a `next` link the client refuses (another origin, not http(s)) costs the
 * visitor the pages after it, not the entries already here.
 */
function followableNext(client: ApiClient, next: string): string | null {
  try {
    return client.resolveLink(next, 'next');
  } catch (error) {
    if (!isApiError(error) || error.kind !== 'bad-data') throw error;
    console.warn(`innsyn-elements: ${error.message} More results cannot be loaded.`, error.issues);
    return null;
  }
}

/** Every administrative unit the journal names, for a unit filter that offers choices instead of free text. */
export function listUnits(client: ApiClient, options: ReadOptions = {}): Promise<Unit[]> {
  return readAll(client, PATHS.units, {}, UnitPage, options);
}

export async function getJournalEntry(client: ApiClient, id: string, options: ReadOptions = {}): Promise<JournalEntry> {
  return client.get(PATHS.journalEntry(id), JournalEntrySchema, options);
}

/**
 * Sends an access request (innsynskrav). Reuse the same idempotency key when the visitor retries the same request,
 * so a retry after a lost answer does not file it twice.
 */
export function submitAccessRequest(
  client: ApiClient,
  request: AccessRequest,
  idempotencyKey: string,
  options: RequestOptions = {},
): Promise<AccessRequestReceipt> {
  return client.post(PATHS.accessRequests, request, AccessRequestReceiptSchema, {
    ...options,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
