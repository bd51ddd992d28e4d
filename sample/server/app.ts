// The publication API over a SampleDataset as one fetch-style handler: the Node server, the Vite dev middleware and the
// msw handlers all call this, so they answer alike.
import type { SampleDataset } from '../dataset.js';
import type { RouteContext, RouteHandler } from './context.js';
import { indexDataset } from './dataset-index.js';
import { negotiateLanguage, ProblemError, problemResponse } from './problem.js';
import type { MailContext } from './mail/access-request-mails.js';
import { createMemoryMailer, type Mailer } from './mail/mailer.js';
import { confirmAccessRequest, showConfirmation } from './routes/access-request-confirmation.js';
import { createAccessRequest } from './routes/access-requests.js';
import { meetingCalendar } from './routes/calendar.js';
import { getFile } from './routes/files.js';
import { getJournalEntry, listJournal, listUnits } from './routes/journal.js';
import { getMeeting, listMeetings } from './routes/meetings.js';
import { getService, listBodies } from './routes/service.js';
import type { AccessRequestStore } from './store.js';

export interface PublicationApiOptions {
  store: AccessRequestStore;
  /** Sends the access requests' e-mails; kept in memory when absent. */
  mailer?: Mailer;
  /** The publisher's mailbox (postmottak) that confirmed access requests go to. */
  publisherMailbox?: string;
  now?: () => Date;
  /** Path prefix the API is mounted under, e.g. `/api`; routes are matched below it. */
  basePath?: string;
}

export const DEFAULT_PUBLISHER_MAILBOX = 'postmottak@eksempel-kommune.example';
const NO_REPLY = 'innsyn-ikke-svar@eksempel-kommune.example';

export type PublicationApi = (request: Request) => Promise<Response>;

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

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Content-Disposition, Content-Language, Idempotent-Replayed',
};

// Allow-Methods is per route (`POST` for /access-requests, as the contract names it).
const PREFLIGHT_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept-Language',
  'Access-Control-Max-Age': '86400',
};

export function createPublicationApi(dataset: SampleDataset, options: PublicationApiOptions): PublicationApi {
  const index = indexDataset(dataset);
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const mailer = options.mailer ?? createMemoryMailer();
  const mail: MailContext = {
    index,
    publisherName: dataset.service.publisher.name,
    publisherMailbox: options.publisherMailbox ?? DEFAULT_PUBLISHER_MAILBOX,
    from: `${dataset.service.publisher.name} <${NO_REPLY}>`,
  };

  return async (request) => {
    const language = negotiateLanguage(request.headers.get('Accept-Language'));
    let response: Response;
    try {
      response = await answer(request);
    } catch (error) {
      if (!(error instanceof ProblemError)) console.error('[publication api]', error);
      const problem = error instanceof ProblemError ? error : new ProblemError('internal-error', 'The server failed to answer.');
      const url = URL.canParse(request.url) ? new URL(request.url) : undefined;
      response = problemResponse(problem, language, url ? url.pathname + url.search : '');
    }
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
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
    const context: RouteContext = { request, url, path, id, dataset, index, store: options.store, mailer, mail, now };
    return handler(context);
  }

  function routePath(pathname: string): string | undefined {
    if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
    const rest = pathname.slice(basePath.length).replace(/\/+$/, '');
    return rest === '' ? '/' : rest;
  }
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
