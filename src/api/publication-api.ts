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

/**
 * Every meeting in the range, across all pages. When the first page shows a busy range (it has a `next`), the rest is
 * read as time slices in parallel rather than one page after another: 2 round trips instead of 3 for 400 meetings in a
 * month, 2–3 instead of 6 for 1,001.
 */
export async function listMeetings(client: ApiClient, query: MeetingQuery, options: ReadOptions = {}): Promise<Meeting[]> {
  const params = meetingParams(query);
  const first = await client.get(PATHS.meetings, MeetingPage, { ...options, params });
  const slices = first.next ? restInSlices(first.items, query) : undefined;
  if (slices) {
    try {
      const rest = await Promise.all(slices.map((slice) => readAll(client, PATHS.meetings, meetingParams({ ...query, ...slice }), MeetingPage, options)));
      const byId = new Map<string, Meeting>();
      // The first slice starts at the first page's last start (a date-time in `to` is exclusive, so slices do not overlap).
      for (const meeting of [first.items, ...rest].flat()) if (!byId.has(meeting.id)) byId.set(meeting.id, meeting);
      return [...byId.values()];
    } catch (error) {
      // A server that takes only dates in from/to (the contract allows date-times) still has its next links.
      if (!isApiError(error) || error.kind !== 'bad-request') throw error;
    }
  }
  return readRest(client, client.url(PATHS.meetings, params), first, MeetingPage, options);
}

/** About as many meetings per slice as fit a page with room to spare, over at most one connection each of HTTP/1.1's six. */
const MEETINGS_PER_SLICE = 150;
const MAX_SLICES = 6;

/**
 * The range after the first page, cut into slices expected to fit a page each, from the first page's pace (meetings
 * are sorted by start). Undefined when there is no pace to go by: then the `next` links are followed.
 */
function restInSlices(items: Meeting[], query: MeetingQuery): Pick<MeetingQuery, 'from' | 'to'>[] | undefined {
  const first = Date.parse(items[0]?.start ?? '');
  const last = Date.parse(items.at(-1)?.start ?? '');
  const to = typeof query.to === 'string' ? query.to : query.to.toISOString();
  // A date ends at midnight Oslo time; its start in summer time is the earliest that day can end, so no cut lands past it.
  const end = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T00:00:00+02:00` : to);
  if (!(last > first && end > last)) return undefined;
  const expected = ((items.length - 1) / (last - first)) * (end - last);
  const count = Math.min(MAX_SLICES, Math.ceil(expected / MEETINGS_PER_SLICE));
  if (count < 2) return undefined;
  const cut = (index: number) => new Date(last + ((end - last) * index) / count);
  // `from` includes its instant and `to` excludes it, so the slices meet without a gap; the last keeps the range's own end.
  return Array.from({ length: count }, (_, index) => ({ from: cut(index), to: index === count - 1 ? to : cut(index + 1) }));
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
  const page = await client.get(path, schema, { ...options, params });
  return readRest(client, client.url(path, params), page, schema, options);
}

/** A first page's items and those of every page after it (see readAll). */
async function readRest<T>(
  client: ApiClient,
  url: string,
  page: { items: T[]; next: string | null },
  schema: v.Schema<{ items: T[]; next: string | null }>,
  options: ReadOptions,
): Promise<T[]> {
  const items = [...page.items];
  const seen = new Set<string>([url]);
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
