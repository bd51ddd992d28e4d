// The publication API's operations as typed functions: what elements call, so none of them builds URLs or pages itself.
import * as v from 'valibot';
import type { ApiClient, QueryParams, RequestOptions } from './client.js';
import { osloDateKey } from '../time/oslo.js';
import { ApiError, isApiError } from './errors.js';
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
  JournalEntryType,
  JournalPage,
  JournalSort,
  Meeting,
  MeetingDetail,
  MeetingStatus,
  ServiceDocument,
  Unit,
} from './types.js';

/** Paths below the base URL, as named in spec/publication-api.yaml. */
export const PATHS = {
  service: '',
  /** Where servers that follow OpenAPI's joining of the server URL and `/` literally answer. */
  serviceWithSlash: '/',
  bodies: 'bodies',
  meetings: 'meetings',
  meeting: (id: string) => `meetings/${segment(id)}`,
  calendarFeed: 'meetings.ics',
  journal: 'journal',
  journalEntry: (id: string) => `journal/${segment(id)}`,
  units: 'units',
  accessRequests: 'access-requests',
} as const;

/** The contract's largest page: a busy month (1,001 meetings) needs 6 requests instead of 21, and fits under MAX_PAGES. */
export const MEETING_PAGE_SIZE = 200;

/** Stops a list that never ends (a looping or hostile `next`) instead of fetching forever. */
export const MAX_PAGES = 20;

export interface ReadOptions extends RequestOptions {
  /** See GetOptions.cache. */
  cache?: boolean | number;
}

export interface MeetingQuery {
  /** A date (YYYY-MM-DD) or date-time; Dates are sent as UTC date-times. */
  from: string | Date;
  to: string | Date;
  /** Body ids; empty or absent for all bodies. */
  body?: string[];
  status?: MeetingStatus[];
}

/** The `GET /journal` filters of spec/publication-api.yaml. */
export interface JournalQuery {
  /**
   * Free text in eInnsyn's query language: words (all must match), `"phrases"`, `-exclusion`, `a | b`; matched against
   * public titles, numbers and unscreened correspondents.
   */
  q?: string;
  /** `relevance` (the server's default with `q`) or `journalDate`, newest first (the default without `q`). */
  sort?: JournalSort;
  /** Also search the text of published documents. */
  fulltext?: boolean;
  /** Journal dates, YYYY-MM-DD (a Date is taken as its day in Europe/Oslo). */
  from?: string | Date;
  to?: string | Date;
  type?: JournalEntryType[];
  /** Administrative units (administrativ enhet), exactly as `listUnits` names them; several match any of them. */
  unit?: string | string[];
  /** Case number (saksnummer), e.g. "2026/1234". */
  case?: string;
  /** Property (gnr/bnr or gnr/bnr/fnr), e.g. "12/34". */
  property?: string;
  /** Words of a sender's or recipient's public name (korrespondansepart). */
  correspondent?: string;
  /** Legal bases (skjermingshjemmel) such as "Offl. § 13"; entries whose basis begins with any of them. */
  exemptionBasis?: string[];
  limit?: number;
  /** The `next` link of the page before; when set, it replaces every other field of the query. */
  next?: string | null;
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
  const params: QueryParams = {
    from: dateParam(query.from),
    to: dateParam(query.to),
    body: query.body?.length ? query.body : undefined,
    status: query.status?.length ? query.status : undefined,
    limit: MEETING_PAGE_SIZE,
  };
  return readAll(client, PATHS.meetings, params, MeetingPage, options);
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

function journalParams(query: JournalQuery): QueryParams {
  const units = (typeof query.unit === 'string' ? [query.unit] : (query.unit ?? [])).map((unit) => unit.trim()).filter(Boolean);
  const bases = (query.exemptionBasis ?? []).map((basis) => basis.trim()).filter(Boolean);
  return {
    q: query.q?.trim() || undefined,
    sort: query.sort,
    fulltext: query.fulltext || undefined,
    from: query.from === undefined ? undefined : dayParam(query.from),
    to: query.to === undefined ? undefined : dayParam(query.to),
    type: query.type?.length ? query.type : undefined,
    unit: units.length ? units : undefined,
    case: query.case?.trim() || undefined,
    property: query.property?.trim() || undefined,
    correspondent: query.correspondent?.trim() || undefined,
    exemptionBasis: bases.length ? bases : undefined,
    limit: query.limit,
  };
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

function dateParam(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}

/** The journal is filtered by calendar day: a Date becomes its day in Europe/Oslo, where the records are kept. */
function dayParam(value: string | Date): string {
  return typeof value === 'string' ? value : osloDateKey(value);
}

/** Ids come from untrusted data; "." and ".." would otherwise climb out of the collection's path. */
export function segment(id: string): string {
  if (id === '' || id === '.' || id === '..') {
    throw new ApiError('bad-request', id, `Not a valid id: "${id}".`);
  }
  return encodeURIComponent(id);
}
