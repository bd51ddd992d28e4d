// The publication API over a SampleDataset as one fetch-style handler: the Node server, the Vite dev middleware and the
// msw handlers all call this, so they answer alike.
import type { SampleDataset } from '../dataset.js';
import type { RouteContext, RouteHandler } from './context.js';
import { indexDataset, type DocumentRef } from './dataset-index.js';
import { withEntityTag } from './etag.js';
import { negotiateLanguage, ProblemError, problemResponse } from './problem.js';
import type { MailContext } from './mail/access-request-mails.js';
import { confirmAccessRequest, showConfirmation } from './routes/access-request-confirmation.js';
import { createRateLimiter, DEFAULT_POST_RATE, type RateLimit } from './rate-limit.js';
import { createAccessRequest } from './routes/access-requests.js';
import { meetingCalendar } from './routes/calendar.js';
import { getFile } from './routes/files.js';
import { getJournalEntry, listJournal, listUnits } from './routes/journal.js';
import { getMeeting, listMeetings } from './routes/meetings.js';
import { getService, listBodies } from './routes/service.js';
import { createMemoryJournal } from './search/memory-journal.js';
import { StorageUnavailableError, type AccessRequestStore, type JournalStore } from './store.js';

export interface PublicationApiOptions {
  /** Keeps the access requests and sends their e-mails (memory-store.ts, or the database's outbox). */
  store: AccessRequestStore;
  /** The publisher's mailbox (postmottak) that confirmed access requests go to. */
  publisherMailbox?: string;
  /** Where the journal is searched; by default a scan over `dataset.journal` in memory. */
  journal?: JournalStore;
  /** Published documents of journal entries that `dataset.journal` does not hold (the database keeps them). */
  journalDocuments?: Iterable<DocumentRef>;
  now?: () => Date;
  /** Path prefix the API is mounted under, e.g. `/api`; routes are matched below it. */
  basePath?: string;
  /** Unconfirmed access requests one e-mail address may have within a day (default 5). */
  maxUnconfirmedPerEmail?: number;
  /** POSTs per client address; false turns the limit off (msw in the browser, where there is one client). */
  postRate?: RateLimit | false;
}

export const DEFAULT_PUBLISHER_MAILBOX = 'postmottak@eksempel-kommune.example';
const NO_REPLY = 'innsyn-ikke-svar@eksempel-kommune.example';


/** Who sent the request, as the transport knows it (the socket's address); used for rate limits. */
export interface ClientInfo {
  address: string;
}

export type PublicationApi = (request: Request, client?: ClientInfo) => Promise<Response>;

interface Route {
  pattern: RegExp;
  methods: Partial<Record<'GET' | 'POST', RouteHandler>>;
}

const ROUTES: Route[] = [
  { pattern: /^\/$/, methods: { GET: getService } },
  { pattern: /^\/bodies$/, methods: { GET: listBodies } },
  { pattern: /^\/meetings$/, methods: { GET: listMeetings } },
  { pattern: /^\/meetings\.ics$/, methods: { GET: meetingCalendar } },
  { pattern: /^\/meetings\/([^/]+)$/, methods: { GET: getMeeting } },
  { pattern: /^\/journal$/, methods: { GET: listJournal } },
  { pattern: /^\/journal\/([^/]+)$/, methods: { GET: getJournalEntry } },
  { pattern: /^\/units$/, methods: { GET: listUnits } },
  { pattern: /^\/files\/([^/]+)$/, methods: { GET: getFile } },
  { pattern: /^\/access-requests$/, methods: { POST: createAccessRequest } },
  { pattern: /^\/access-requests\/([^/]+)\/confirmation$/, methods: { GET: showConfirmation } },
  { pattern: /^\/access-requests\/([^/]+)\/confirm$/, methods: { POST: confirmAccessRequest } },
];

const DEFAULT_MAX_UNCONFIRMED = 5;

const COMMON_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Content-Disposition, Content-Language, Idempotent-Replayed, ETag, Retry-After',
  'X-Content-Type-Options': 'nosniff',
};

/** Seconds a client should wait before retrying a POST the database could not take. */
const STORAGE_RETRY_AFTER = 30;

// Allow-Methods is per route (`POST` for /access-requests, as the contract names it).
const PREFLIGHT_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept-Language',
  'Access-Control-Max-Age': '86400',
};

export function createPublicationApi(dataset: SampleDataset, options: PublicationApiOptions): PublicationApi {
  const index = indexDataset(dataset, options.journalDocuments);
  const journal = options.journal ?? createMemoryJournal(dataset.journal);
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const mail: MailContext = {
    index,
    publisherName: dataset.service.publisher.name,
    publisherMailbox: options.publisherMailbox ?? DEFAULT_PUBLISHER_MAILBOX,
    from: `${dataset.service.publisher.name} <${NO_REPLY}>`,
  };
  const postRate = options.postRate === false ? undefined : createRateLimiter(options.postRate ?? DEFAULT_POST_RATE);

  return async (request, client) => {
    const language = negotiateLanguage(request.headers.get('Accept-Language'));
    let response: Response;
    try {
      if (request.method === 'POST' && postRate && client) {
        const wait = postRate(client.address);
        if (wait > 0) {
          throw new ProblemError('rate-limited', `Too many requests from this address; try again in ${wait} seconds.`, {
            headers: { 'Retry-After': String(wait) },
          });
        }
      }
      response = await answer(request);
    } catch (error) {
      response = failureResponse(error, request, language);
    }
    for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
    if (request.method === 'GET' || request.method === 'HEAD') response = await withEntityTag(request, response);
    return request.method === 'HEAD' ? new Response(null, { status: response.status, headers: response.headers }) : response;
  };

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = routePath(url.pathname);
    const match = path === undefined ? undefined : findRoute(path);
    if (path === undefined || !match) throw new ProblemError('not-found', `There is nothing at ${url.pathname}.`);
    const { route, id } = match;
    const methods = [...Object.keys(route.methods), ...(route.methods.GET ? ['HEAD'] : [])];
    const allowed = [...methods, 'OPTIONS'];
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: { Allow: allowed.join(', '), 'Access-Control-Allow-Methods': methods.join(', '), ...PREFLIGHT_HEADERS },
      });
    }
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const handler = route.methods[method as keyof Route['methods']];
    if (!handler) {
      throw new ProblemError('method-not-allowed', `${request.method} is not allowed here.`, { headers: { Allow: allowed.join(', ') } });
    }
    const context: RouteContext = {
      request,
      url,
      path,
      id,
      dataset,
      index,
      journal,
      store: options.store,
      mail,
      now,
      maxUnconfirmedPerEmail: options.maxUnconfirmedPerEmail ?? DEFAULT_MAX_UNCONFIRMED,
    };
    return handler(context);
  }

  function routePath(pathname: string): string | undefined {
    if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
    const rest = pathname.slice(basePath.length).replace(/\/+$/, '');
    return rest === '' ? '/' : rest;
  }
}

function failureResponse(error: unknown, request: Request, language: ReturnType<typeof negotiateLanguage>): Response {
  const url = URL.canParse(request.url) ? new URL(request.url) : undefined;
  const instance = url ? url.pathname + url.search : '';
  if (error instanceof ProblemError) return problemResponse(error, language, instance);
  if (error instanceof StorageUnavailableError) {
    console.error(`[publication api] storage unavailable for ${request.method} ${url?.pathname ?? ''}: ${messageOf(error.cause)}`);
    const problem = new ProblemError('storage-unavailable', 'The service cannot store requests right now; nothing was stored. Send it again later.', {
      headers: { 'Retry-After': String(STORAGE_RETRY_AFTER) },
    });
    return problemResponse(problem, language, instance);
  }
  // One log line with the stack, one id in the answer; the answer itself never carries internals.
  const requestId = crypto.randomUUID();
  console.error(`[publication api] 500 ${requestId} ${request.method} ${url?.pathname ?? ''}:`, error);
  const response = problemResponse(new ProblemError('internal-error', 'The server failed to answer.'), language, instance, requestId);
  response.headers.set('X-Request-Id', requestId);
  return response;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function findRoute(path: string): { route: Route; id: string } | undefined {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    try {
      return { route, id: match[1] === undefined ? '' : decodeURIComponent(match[1]) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}
