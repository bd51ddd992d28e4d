// GET /journal, GET /journal/{id} and GET /units.
import type { RouteHandler } from '../context.js';
import { filterFingerprint } from '../cursor.js';
import { pageOf, readPaging, DEFAULT_LIMIT, MAX_LIMIT } from '../paging.js';
import { ProblemError } from '../problem.js';
import { QueryReader } from '../query.js';
import { CACHE_ITEM, CACHE_LIST, json } from '../responses.js';
import { readJournalSearch } from '../search/journal-search.js';

export const listJournal: RouteHandler = async ({ journal, url }) => {
  const query = new QueryReader(url.searchParams);
  const search = readJournalSearch(query);
  const limit = query.integer('limit', 1, MAX_LIMIT, DEFAULT_LIMIT);
  const fingerprint = filterFingerprint(query.params);
  const cursor = query.single('cursor');
  const after = cursor === undefined ? undefined : openCursor(cursor, fingerprint);
  if (cursor !== undefined && after === undefined) query.fail('cursor', 'is not a cursor from a next link of this query');
  query.check();
  const result = await journal.search(search, limit, after);
  if (!result) throw new ProblemError('invalid-input', 'cursor: is not a cursor from a next link of this query', {
    errors: [{ field: 'cursor', message: 'is not a cursor from a next link of this query' }],
  });
  let next: string | null = null;
  if (result.after !== null) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set('cursor', sealCursor(result.after, fingerprint));
    next = nextUrl.href;
  }
  return json({ items: result.items, next, total: result.total, totalAtLeast: result.totalAtLeast }, { cache: CACHE_LIST });
};

export const getJournalEntry: RouteHandler = async ({ journal, id }) => {
  const entry = await journal.get(id);
  if (!entry) throw new ProblemError('not-found', `No journal entry has the id "${id}".`);
  return json(entry, { cache: CACHE_ITEM });
};

export const listUnits: RouteHandler = async ({ journal, url }) => {
  const query = new QueryReader(url.searchParams);
  const paging = readPaging(query);
  query.check();
  const names = await journal.units();
  return json(pageOf(names.map((name) => ({ name })), paging, url), { cache: CACHE_LIST });
};

/** A store's position bound to the filters it was made for, so a cursor cannot be replayed on another query. */
function sealCursor(after: string, fingerprint: string): string {
  return base64url(JSON.stringify({ f: fingerprint, a: after }));
}

function openCursor(cursor: string, fingerprint: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,1400}$/.test(cursor)) return undefined;
  try {
    const value = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0)))) as unknown;
    const { f, a } = (value ?? {}) as { f?: unknown; a?: unknown };
    return f === fingerprint && typeof a === 'string' ? a : undefined;
  } catch {
    return undefined;
  }
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
