// One page of a filtered list, with an absolute `next` link that keeps the caller's query.
import { decodeCursor, encodeCursor, filterFingerprint } from './cursor.js';
import type { QueryReader } from './query.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export interface PageRequest {
  offset: number;
  limit: number;
  fingerprint: string;
}

/** Reads `limit` and `cursor`; call before `query.check()` so their errors join the others. */
export function readPaging(query: QueryReader): PageRequest {
  const limit = query.integer('limit', 1, MAX_LIMIT, DEFAULT_LIMIT);
  const cursor = query.single('cursor');
  const fingerprint = filterFingerprint(query.params);
  const offset = cursor === undefined ? 0 : decodeCursor(cursor, fingerprint);
  if (offset === undefined) query.fail('cursor', 'is not a cursor from a next link of this query');
  return { offset: offset ?? 0, limit, fingerprint };
}

export function pageOf<T>(items: T[], page: PageRequest, requestUrl: URL): { items: T[]; next: string | null; total: number } {
  const end = page.offset + page.limit;
  let next: string | null = null;
  if (end < items.length) {
    const url = new URL(requestUrl);
    url.searchParams.set('cursor', encodeCursor(end, page.fingerprint));
    next = url.href;
  }
  return { items: items.slice(page.offset, end), next, total: items.length };
}
