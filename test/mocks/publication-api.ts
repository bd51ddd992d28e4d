// Serves a dataset through the sample API's own core (the same code as the Node server) inside the browser.
import { http, HttpResponse, delay } from 'msw';
import type { SampleDataset } from '../../sample/dataset.js';
import { publicationApiHandlers } from '../../sample/handlers.js';
import { API, miniDataset } from '../fixtures/mini-dataset.js';
import { worker } from './worker.js';
import { getClient } from '../../src/api/client.js';

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Forgets what the shared client cached, so each test sees only its own handlers. */
export function resetApi(base = API): void {
  getClient(base).invalidate();
}

export function serveDataset(dataset: SampleDataset = miniDataset(), base = API): void {
  worker.use(...publicationApiHandlers(base, dataset));
}

/** Every request under the API answers with this status and a problem+json body. */
export function failWith(status: number, detail = 'Intern feil i fagsystemet', base = API): void {
  worker.use(
    http.all(new RegExp(`^${escape(base)}(/|$)`), () =>
      HttpResponse.json({ type: 'about:blank', title: 'Error', status, detail }, {
        status,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    ),
  );
}

/** Requests under the API never answer (for loading states). */
export function hang(base = API): void {
  worker.use(http.all(new RegExp(`^${escape(base)}(/|$)`), async () => {
    await delay('infinite');
    return HttpResponse.text('');
  }));
}
