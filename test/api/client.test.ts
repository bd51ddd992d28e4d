import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import * as v from '../../src/api/shape.js';
import { ApiClient, getClient } from '../../src/api/client.js';
import { ApiError, isApiError, type ApiErrorKind } from '../../src/api/errors.js';
import { pageSchema, MeetingSchema, ServiceDocumentSchema } from '../../src/api/schemas.js';
import { startWorker, worker } from '../mocks/worker.js';
import { rawMeeting } from '../fixtures/raw-meeting.js';
import { rejection } from './rejection.js';

const BASE = 'https://api.example/v1';
const Thing = v.object({ name: v.string() });


async function expectKind(promise: Promise<unknown>, kind: ApiErrorKind): Promise<ApiError> {
  const error = await rejection(promise);
  expect(error.kind, error.message).to.equal(kind);
  return error;
}

/** A promise the test opens by hand, so a handler can be held "in flight" without timing. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

const meeting = rawMeeting;

describe('ApiClient', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  describe('base URL', () => {
    for (const bad of ['', '   ', 'javascript:alert(1)', 'ftp://x', 'https://user:secret@api.example', 'https://api.example/?key=1']) {
      it(`rejects ${JSON.stringify(bad)} as a config error`, () => {
        let error: unknown;
        try {
          getClient(bad);
        } catch (e) {
          error = e;
        }
        expect(isApiError(error) && error.kind).to.equal('config');
      });
    }

    it('resolves a relative base URL against the page and fetches from it', async () => {
      const client = getClient('relative-api/v2/');
      expect(client.baseUrl).to.equal(new URL('relative-api/v2', document.baseURI).href);
      worker.use(http.get(`${location.origin}/relative-api/v2/things/1`, () => HttpResponse.json({ name: 'one' })));
      expect(await client.get('things/1', Thing)).to.deep.equal({ name: 'one' });
    });

    it('gives elements with the same api, with or without a trailing slash, one shared client', () => {
      expect(getClient('https://shared.example/api/')).to.equal(getClient('https://shared.example/api'));
      expect(getClient('https://shared.example/api')).not.to.equal(getClient('https://shared.example/other'));
    });

    it('builds absolute URLs with repeated array parameters and without empty ones', () => {
      const client = new ApiClient(BASE);
      expect(client.url('/meetings', { body: ['a', 'b c'], status: undefined, limit: 5, open: true })).to.equal(
        `${BASE}/meetings?body=a&body=b+c&limit=5&open=true`,
      );
    });
  });

  describe('requests', () => {
    it('asks for JSON in the caller language', async () => {
      let accept: string | null = null;
      let language: string | null = null;
      worker.use(
        http.get(`${BASE}/things/1`, ({ request }) => {
          accept = request.headers.get('accept');
          language = request.headers.get('accept-language');
          return HttpResponse.json({ name: 'one' });
        }),
      );
      await new ApiClient(BASE).get('things/1', Thing, { language: 'nn' });
      expect(accept).to.equal('application/json');
      expect(language).to.equal('nn');
    });

    it('rejects a stale request aborted by a newer one with "aborted" and returns the newer answer', async () => {
      const first = gate();
      worker.use(
        http.get(`${BASE}/search`, async ({ request }) => {
          const q = new URL(request.url).searchParams.get('q');
          if (q === 'old') await first.wait;
          return HttpResponse.json({ name: q });
        }),
      );
      const client = new ApiClient(BASE);
      const stale = new AbortController();
      const older = client.get('search', Thing, { params: { q: 'old' }, signal: stale.signal });
      stale.abort();
      const newer = client.get('search', Thing, { params: { q: 'new' } });
      await expectKind(older, 'aborted');
      expect(await newer).to.deep.equal({ name: 'new' });
      first.open();
    });

    it('gives up with "timeout" when the API does not answer in time', async () => {
      worker.use(http.get(`${BASE}/slow`, async () => {
        await delay('infinite');
        return HttpResponse.json({ name: 'never' });
      }));
      await expectKind(new ApiClient(BASE, { timeout: 30 }).get('slow', Thing), 'timeout');
      await expectKind(new ApiClient(BASE).get('slow', Thing, { timeout: 30 }), 'timeout');
    });

    it('retries a GET once after a network failure and then succeeds', async () => {
      let requests = 0;
      worker.use(
        http.get(`${BASE}/flaky`, () => {
          requests += 1;
          return requests === 1 ? HttpResponse.error() : HttpResponse.json({ name: 'second try' });
        }),
      );
      expect(await new ApiClient(BASE, { retryDelay: 0 }).get('flaky', Thing)).to.deep.equal({ name: 'second try' });
      expect(requests).to.equal(2);
    });

    it('reports "offline" when the retry fails as well', async () => {
      let requests = 0;
      worker.use(
        http.get(`${BASE}/down`, () => {
          requests += 1;
          return HttpResponse.error();
        }),
      );
      await expectKind(new ApiClient(BASE, { retryDelay: 0 }).get('down', Thing), 'offline');
      expect(requests).to.equal(2);
    });

    it('never retries a POST', async () => {
      let requests = 0;
      worker.use(
        http.post(`${BASE}/things`, () => {
          requests += 1;
          return HttpResponse.error();
        }),
      );
      await expectKind(new ApiClient(BASE, { retryDelay: 0 }).post('things', { name: 'x' }, Thing), 'offline');
      expect(requests).to.equal(1);
    });

    it('posts the body as JSON with the extra headers and validates the answer', async () => {
      let received: unknown;
      let contentType: string | null = null;
      let key: string | null = null;
      worker.use(
        http.post(`${BASE}/things`, async ({ request }) => {
          received = await request.json();
          contentType = request.headers.get('content-type');
          key = request.headers.get('idempotency-key');
          return HttpResponse.json({ name: 'created' }, { status: 201 });
        }),
      );
      const result = await new ApiClient(BASE).post('things', { name: 'x' }, Thing, { headers: { 'Idempotency-Key': 'k-1' } });
      expect(result).to.deep.equal({ name: 'created' });
      expect(received).to.deep.equal({ name: 'x' });
      expect(contentType).to.equal('application/json');
      expect(key).to.equal('k-1');
    });
  });

  describe('merging and caching', () => {
    it('sends identical concurrent GETs to the network once', async () => {
      let requests = 0;
      worker.use(
        http.get(`${BASE}/things/1`, () => {
          requests += 1;
          return HttpResponse.json({ name: 'one' });
        }),
      );
      const client = new ApiClient(BASE);
      const results = await Promise.all([client.get('things/1', Thing), client.get('things/1', Thing)]);
      expect(results).to.deep.equal([{ name: 'one' }, { name: 'one' }]);
      expect(requests).to.equal(1);
    });

    it('keeps the shared request alive for the other caller when one merged caller aborts', async () => {
      let requests = 0;
      const held = gate();
      worker.use(
        http.get(`${BASE}/things/1`, async () => {
          requests += 1;
          await held.wait;
          return HttpResponse.json({ name: 'one' });
        }),
      );
      const client = new ApiClient(BASE);
      const leaving = new AbortController();
      const left = client.get('things/1', Thing, { signal: leaving.signal });
      const staying = client.get('things/1', Thing);
      leaving.abort();
      await expectKind(left, 'aborted');
      held.open();
      expect(await staying).to.deep.equal({ name: 'one' });
      expect(requests).to.equal(1);
    });

    it('starts a fresh request once every merged caller has aborted', async () => {
      let requests = 0;
      let reached!: () => void;
      const firstReached = new Promise<void>((resolve) => (reached = resolve));
      worker.use(
        http.get(`${BASE}/things/1`, async () => {
          requests += 1;
          if (requests === 1) {
            reached();
            await delay('infinite');
          }
          return HttpResponse.json({ name: 'fresh' });
        }),
      );
      const client = new ApiClient(BASE);
      const a = new AbortController();
      const b = new AbortController();
      const first = client.get('things/1', Thing, { signal: a.signal });
      const second = client.get('things/1', Thing, { signal: b.signal });
      // Aborting before the worker saw the request would let it vanish unseen, and the count below would be off by one.
      await firstReached;
      a.abort();
      b.abort();
      await expectKind(first, 'aborted');
      await expectKind(second, 'aborted');
      expect(await client.get('things/1', Thing)).to.deep.equal({ name: 'fresh' });
      expect(requests).to.equal(2);
    });

    it('answers a repeated GET from the cache, per language, until the TTL expires or invalidate() is called', async () => {
      let requests = 0;
      worker.use(
        http.get(`${BASE}/things/1`, () => {
          requests += 1;
          return HttpResponse.json({ name: `answer ${requests}` });
        }),
      );
      let now = 0;
      const client = new ApiClient(BASE, { cacheTtl: 1000, now: () => now });
      expect(await client.get('things/1', Thing)).to.deep.equal({ name: 'answer 1' });
      expect(await client.get('things/1', Thing)).to.deep.equal({ name: 'answer 1' });
      expect(requests).to.equal(1);

      expect(await client.get('things/1', Thing, { language: 'en' })).to.deep.equal({ name: 'answer 2' });

      now = 1001;
      expect(await client.get('things/1', Thing)).to.deep.equal({ name: 'answer 3' });

      client.invalidate();
      expect(await client.get('things/1', Thing)).to.deep.equal({ name: 'answer 4' });

      expect(await client.get('things/1', Thing, { cache: false })).to.deep.equal({ name: 'answer 5' });
      expect(requests).to.equal(5);
    });
  });

  describe('untrusted responses', () => {
    it('names a missing field as bad data', async () => {
      worker.use(http.get(BASE, () => HttpResponse.json({ apiVersion: '1', languages: ['nb'] })));
      const error = await expectKind(new ApiClient(BASE).get('', ServiceDocumentSchema), 'bad-data');
      expect(error.issues?.some((line) => line.startsWith('publisher:'))).to.equal(true);
    });

    it('names the path of a wrongly typed field of the page itself', async () => {
      const body = { items: [meeting()], next: null, total: 'two' };
      worker.use(http.get(`${BASE}/meetings`, () => HttpResponse.json(body)));
      const error = await expectKind(new ApiClient(BASE).get('meetings', pageSchema(MeetingSchema)), 'bad-data');
      expect(error.issues?.[0]).to.match(/^total: /);
    });

    it('reports malformed JSON as bad data', async () => {
      worker.use(
        http.get(`${BASE}/things/1`, () =>
          HttpResponse.text('{"name": "trunc', { headers: { 'Content-Type': 'application/json' } }),
        ),
      );
      const error = await expectKind(new ApiClient(BASE).get('things/1', Thing), 'bad-data');
      expect(error.issues?.[0]).to.match(/malformed JSON/);
    });

    it('reports an HTML page instead of JSON as bad data', async () => {
      worker.use(http.get(`${BASE}/things/1`, () => HttpResponse.html('<!doctype html><h1>Welcome</h1>')));
      const error = await expectKind(new ApiClient(BASE).get('things/1', Thing), 'bad-data');
      expect(error.issues?.[0]).to.contain('text/html');
    });

    it('passes hostile strings through as data, unchanged', async () => {
      const hostile = '<img src=x onerror=alert(1)>"\'&javascript:alert(1)';
      worker.use(http.get(`${BASE}/things/1`, () => HttpResponse.json({ name: hostile })));
      expect(await new ApiClient(BASE).get('things/1', Thing)).to.deep.equal({ name: hostile });
    });
  });

  describe('error statuses', () => {
    const problem = (status: number, extra: Record<string, unknown> = {}) =>
      HttpResponse.json(
        { type: 'https://api.example/problems/x', title: `Problem ${status}`, status, ...extra },
        { status, headers: { 'Content-Type': 'application/problem+json' } },
      );

    it('reports 404 as "not-found" with the problem detail', async () => {
      worker.use(http.get(`${BASE}/meetings/gone`, () => problem(404, { detail: 'No meeting gone' })));
      const error = await expectKind(new ApiClient(BASE).get('meetings/gone', Thing), 'not-found');
      expect(error.status).to.equal(404);
      expect(error.problem?.detail).to.equal('No meeting gone');
    });

    it('reports 400 and 422 as "bad-request" with the field errors', async () => {
      const errors = [{ field: 'from', message: 'must be a date' }];
      worker.use(http.get(`${BASE}/meetings`, () => problem(400, { errors })));
      worker.use(http.post(`${BASE}/access-requests`, () => problem(422, { errors })));
      const client = new ApiClient(BASE);
      const read = await expectKind(client.get('meetings', Thing), 'bad-request');
      expect(read.problem?.errors).to.deep.equal(errors);
      const write = await expectKind(client.post('access-requests', {}, Thing), 'bad-request');
      expect(write.status).to.equal(422);
      expect(write.problem?.errors).to.deep.equal(errors);
    });

    it('reports 500 as "server", reading a malformed problem tolerantly and a plain-text one not at all', async () => {
      worker.use(http.get(`${BASE}/a`, () => problem(500, { detail: 'Database down', errors: 'not a list' })));
      worker.use(http.get(`${BASE}/b`, () => HttpResponse.text('Bad gateway', { status: 502 })));
      const client = new ApiClient(BASE);
      const a = await expectKind(client.get('a', Thing), 'server');
      expect(a.problem?.detail).to.equal('Database down');
      const b = await expectKind(client.get('b', Thing), 'server');
      expect(b.status).to.equal(502);
      expect(b.problem).to.equal(undefined);
    });
  });
});
