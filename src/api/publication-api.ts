// The publication API's operations as typed functions: what elements call, so none of them builds URLs or pages itself.
import * as v from 'valibot';
import type { ApiClient, QueryParams, RequestOptions } from './client.js';
import { ApiError, isApiError } from './errors.js';
import { journalParams, meetingParams, PATHS, type JournalQuery, type MeetingQuery } from './queries.js';
import {
  AccessRequestReceiptSchema,
  BodySchema,
  JournalEntryPageSchema,
  JournalEntrySchema,
  MeetingDetailSchema,
  MeetingSchema,
  ServiceDocumentSchema,
  UnitSchema,
  pageSchema,
} from './schemas.js';
import type {
  AccessRequest,
  AccessRequestReceipt,
  Body,
  JournalEntry,
  JournalPage,
  Meeting,
  MeetingDetail,
  ServiceDocument,
  Unit,
} from './types.js';

/** Stops a list that never ends (a looping or hostile `next`) instead of fetching forever. */
export { MEETING_PAGE_SIZE, PATHS, segment, type JournalQuery, type MeetingQuery } from './queries.js';

/** Stops a list that never ends (a looping or hostile `next`) instead of fetching forever. */
export const MAX_PAGES = 20;

export interface ReadOptions extends RequestOptions {
  /** See GetOptions.cache. */
  cache?: boolean | number;
}

const BodyPage = pageSchema(BodySchema, 'body');
const MeetingPage = pageSchema(MeetingSchema, 'meeting');
const UnitPage = pageSchema(UnitSchema, 'unit');

/** The service document at `{api}` (canonical), else at `{api}/`, since servers differ on the slash. */
export async function getService(client: ApiClient, options: ReadOptions = {}): Promise<ServiceDocument> {
  try {
    return await client.get(PATHS.service, ServiceDocumentSchema, options);
  } catch (error) {
    if (!isApiError(error) || (error.kind !== 'not-found' && error.kind !== 'bad-data')) throw error;
    try {
      return await client.get(PATHS.serviceWithSlash, ServiceDocumentSchema, options);
    } catch {
      throw error;
    }
  }
}

/** Every body, across all pages. */
export function listBodies(client: ApiClient, options: ReadOptions = {}): Promise<Body[]> {
  return readAll(client, PATHS.bodies, {}, BodyPage, options);
}

/** Every meeting in the range, across all pages. */
export async function listMeetings(client: ApiClient, query: MeetingQuery, options: ReadOptions = {}): Promise<Meeting[]> {
  return readAll(client, PATHS.meetings, meetingParams(query), MeetingPage, options);
}

export async function getMeeting(client: ApiClient, id: string, options: ReadOptions = {}): Promise<MeetingDetail> {
  return client.get(PATHS.meeting(id), MeetingDetailSchema, options);
}

/** The absolute URL of the iCalendar feed, for all bodies or the given ones; for a link, never fetched here. */
export function calendarFeedUrl(client: ApiClient, body?: string | string[]): string {
  const bodies = typeof body === 'string' ? [body] : body;
  return client.url(PATHS.calendarFeed, { body: bodies?.length ? bodies : undefined });
}

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

async function readAll<T>(
  client: ApiClient,
  path: string,
  params: QueryParams,
  schema: v.GenericSchema<unknown, { items: T[]; next: string | null }>,
  options: ReadOptions,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>([client.url(path, params)]);
  let page = await client.get(path, schema, { ...options, params });
  items.push(...page.items);
  while (page.next) {
    const next = client.resolveLink(page.next, 'next');
    if (seen.has(next) || seen.size >= MAX_PAGES) {
      throw new ApiError('bad-data', next, `The API's list did not end within ${MAX_PAGES} pages.`, {
        issues: [`next: ${seen.has(next) ? 'repeats an earlier page' : `more than ${MAX_PAGES} pages`}`],
      });
    }
    seen.add(next);
    page = await client.get(next, schema, options);
    items.push(...page.items);
  }
  return items;
}
