// The publication API's operations as typed functions: what elements call, so none of them builds URLs or pages itself.
import type * as v from './shape.js';
import type { ApiClient, QueryParams, RequestOptions } from './client.js';
import { ApiError, isApiError } from './errors.js';
import { meetingParams, PATHS, type MeetingQuery } from './queries.js';
import {
  BodySchema,
  MeetingDetailSchema,
  MeetingSchema,
  ServiceDocumentSchema,
  pageSchema,
} from './common-schemas.js';
import type {
  Body,
  Meeting,
  MeetingDetail,
  ServiceDocument,
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

/** Every item of a paged list, following `next` links on the API's origin, at most MAX_PAGES pages. */
export async function readAll<T>(
  client: ApiClient,
  path: string,
  params: QueryParams,
  schema: v.Schema<{ items: T[]; next: string | null }>,
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
