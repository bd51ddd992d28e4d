// The loader's head start (src/api/prefetch.ts): the client takes a response the loader started, once, and only for
// the same URL and language; a failed or foreign one costs nothing but a normal request.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import * as v from '../../src/api/shape.js';
import { ApiClient } from '../../src/api/client.js';
import { prefetch } from '../../src/api/prefetch.js';
import { startWorker, worker } from '../mocks/worker.js';
import { rejection } from './rejection.js';

const BASE = 'https://prefetch.example/v1';
const Thing = v.object({ name: v.string() });
const STORE = Symbol.for('innsyn-elements.prefetched');

/** Answers GET {BASE}/things/:id with a name that counts the requests, and records what each request sent. */
function serveThings(): { requests: { url: string; language: string | null }[] } {
  const seen = { requests: [] as { url: string; language: string | null }[] };
  worker.use(
    http.get(`${BASE}/things/:id`, ({ request }) => {
      seen.requests.push({ url: request.url, language: request.headers.get('accept-language') });
      return HttpResponse.json({ name: `answer ${seen.requests.length}` });
    }),
  );
  return seen;
}

describe('prefetched first requests', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    delete (globalThis as Record<symbol, unknown>)[STORE];
  });

  it('are used by the client instead of a second request, once', async () => {
    const seen = serveThings();
    prefetch(`${BASE}/things/1?limit=5`, 'nn');
    const client = new ApiClient(BASE);
    expect(await client.get('things/1', Thing, { params: { limit: 5 }, language: 'nn' })).to.deep.equal({ name: 'answer 1' });
    expect(seen.requests).to.deep.equal([{ url: `${BASE}/things/1?limit=5`, language: 'nn' }]);
    // Taken once: the next read (past the cache) asks the API again.
    expect(await client.get('things/1', Thing, { params: { limit: 5 }, language: 'nn', cache: false })).to.deep.equal({ name: 'answer 2' });
    expect(seen.requests).to.have.length(2);
  });

  it('are not used for another URL or another language', async () => {
    const seen = serveThings();
    prefetch(`${BASE}/things/1`, 'nb');
    prefetch(`${BASE}/things/2`, 'en');
    const client = new ApiClient(BASE);
    expect((await client.get('things/2', Thing, { language: 'nb' })).name).to.match(/^answer /);
    expect(seen.requests.map((request) => `${request.language} ${request.url}`)).to.have.members([
      `nb ${BASE}/things/1`,
      `en ${BASE}/things/2`,
      `nb ${BASE}/things/2`,
    ]);
  });

  it('fall back to the client\'s own request when the early one failed', async () => {
    let calls = 0;
    worker.use(
      http.get(`${BASE}/things/1`, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json({ name: 'second try' });
      }),
    );
    prefetch(`${BASE}/things/1`, 'nb');
    const client = new ApiClient(BASE, { retryDelay: 0 });
    expect(await client.get('things/1', Thing, { language: 'nb' })).to.deep.equal({ name: 'second try' });
    expect(calls).to.equal(2);
  });

  it('keep the client\'s usual errors when the API fails the same way twice', async () => {
    worker.use(http.get(`${BASE}/things/1`, () => HttpResponse.json({ title: 'Nede' }, { status: 503, headers: { 'content-type': 'application/problem+json' } })));
    prefetch(`${BASE}/things/1`, 'nb');
    const error = await rejection(new ApiClient(BASE).get('things/1', Thing, { language: 'nb' }));
    expect(error.kind).to.equal('server');
    expect(error.status).to.equal(503);
  });

  it('still time out, and a retry asks the API again, when the early request never answers', async () => {
    let calls = 0;
    worker.use(
      http.get(`${BASE}/things/1`, () => {
        calls += 1;
        return calls === 1 ? new Promise<never>(() => {}) : HttpResponse.json({ name: 'after the retry' });
      }),
    );
    prefetch(`${BASE}/things/1`, 'nb');
    const client = new ApiClient(BASE, { timeout: 300 });
    expect((await rejection(client.get('things/1', Thing, { language: 'nb' }))).kind).to.equal('timeout');
    expect(await client.get('things/1', Thing, { language: 'nb' })).to.deep.equal({ name: 'after the retry' });
    expect(calls).to.equal(2);
  });

  it('are ignored when something else sits under their name on the page', async () => {
    const seen = serveThings();
    (globalThis as Record<symbol, unknown>)[STORE] = { get: () => Promise.resolve('not a response') };
    prefetch(`${BASE}/things/1`, 'nb');
    expect(await new ApiClient(BASE).get('things/1', Thing, { language: 'nb' })).to.deep.equal({ name: 'answer 1' });
    expect(seen.requests).to.have.length(1);
  });

  it('are ignored when the page put something other than a response there', async () => {
    const seen = serveThings();
    (globalThis as Record<symbol, unknown>)[STORE] = new Map([[`nb ${BASE}/things/1`, Promise.resolve({ ok: true, text: () => '{"name":"forged"}' })]]);
    expect(await new ApiClient(BASE).get('things/1', Thing, { language: 'nb' })).to.deep.equal({ name: 'answer 1' });
    expect(seen.requests).to.have.length(1);
  });
});
