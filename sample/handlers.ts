// msw handlers that answer like the sample server (same core, in-memory access requests), for browser tests and stories.
import { http, type RequestHandler } from 'msw';
import type { SampleDataset } from './dataset.js';
import { createPublicationApi } from './server/app.js';
import { createMemoryStore } from './server/memory-store.js';
import type { AccessRequestStore } from './server/store.js';

export interface PublicationApiHandlerOptions {
  store?: AccessRequestStore;
  now?: () => Date;
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
  });
  const handle = ({ request }: { request: Request }) => api(request);
  return [http.all(base, handle), http.all(`${base}/*`, handle)];
}
