// msw handlers that answer like the sample server (same core; the journal searched and access requests kept in memory,
// where a database would cost more than it proves), for browser tests and stories.
import { http, type RequestHandler } from 'msw';
import type { SampleDataset } from './dataset.js';
import { createPublicationApi } from './server/app.js';
import { createMemoryStore } from './server/memory-store.js';
import type { AccessRequestStore } from './server/store.js';

export interface PublicationApiHandlerOptions {
  store?: AccessRequestStore;
  now?: () => Date;
  /** The server's cap on unconfirmed requests per e-mail address; off unless a test or story sets it. */
  maxUnconfirmedPerEmail?: number;
}

export function publicationApiHandlers(
  baseUrl: string,
  dataset: SampleDataset,
  options: PublicationApiHandlerOptions = {},
): RequestHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  const api = createPublicationApi(dataset, {
    store: options.store ?? createMemoryStore(),
    now: options.now,
    basePath: new URL(base).pathname,
    maxUnconfirmedPerEmail: options.maxUnconfirmedPerEmail ?? Number.POSITIVE_INFINITY,
  });
  const handle = ({ request }: { request: Request }) => api(request);
  return [http.all(base, handle), http.all(`${base}/*`, handle)];
}
