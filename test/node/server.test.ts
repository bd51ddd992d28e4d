import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import * as v from '../../src/api/shape.js';
import * as schemas from '../../src/api/schemas.js';
import { publicationApiHandlers } from '../../sample/handlers.js';
import { startSampleServer, type SampleServer } from '../../sample/server/start.js';
import { createPublicationApi } from '../../sample/server/app.js';
import { createMemoryStore } from '../../sample/server/memory-store.js';
import { toMiddleware } from '../../sample/server/node-adapter.js';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildFixture } from './sample-fixture.js';
import { testDatabase, type TestDatabase } from './test-database.js';

const NOW = new Date('2024-05-01T10:00:00.000Z');

let server: SampleServer;
let dataDir: string;
let database: TestDatabase;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'innsyn-server-'));
  database = await testDatabase();
  server = await startSampleServer({
    port: 0,
    dataDir,
    ...database,
    dataset: buildFixture,
    now: () => NOW,
    maxUnconfirmedPerEmail: 1000,
    postRate: false,
  });
});

after(async () => {
  await server.close();
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

async function getJson<T = any>(path: string): Promise<T> {
  const response = await get(path);
  assert.equal(response.status, 200, `${path} answered ${response.status}: ${await response.clone().text()}`);
  return (await response.json()) as T;
}

const ids = async (path: string) => ((await getJson(path)).items as { id: string }[]).map((item) => item.id);

async function expectProblem(response: Response, status: number, fields: string[] = []) {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  const problem = (await response.json()) as any;
  assert.equal(problem.status, status);
  assert.equal(typeof problem.title, 'string');
  assert.deepEqual(
    (problem.errors ?? []).map((error: { field: string }) => error.field),
    fields,
  );
  return problem;
}

describe('service document and bodies', () => {
  it('serves the service document with CORS', async () => {
    const response = await get('/');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(((await response.json()) as any).publisher.name, 'Eksempel kommune');
  });

  it('lists bodies council first and filters by active', async () => {
    assert.deepEqual(await ids('/bodies'), ['council', 'planning', 'old-board']);
    assert.deepEqual(await ids('/bodies?active=true'), ['council', 'planning']);
    assert.deepEqual(await ids('/bodies?active=false'), ['old-board']);
    await expectProblem(await get('/bodies?active=maybe'), 400, ['active']);
  });
});

describe('meetings', () => {
  it('lists all meetings by start, without agenda items, with a total', async () => {
    const page = await getJson('/meetings');
    assert.deepEqual(
      page.items.map((meeting: { id: string }) => meeting.id),
      ['m-winter', 'm-march', 'm-summer', 'm-moved', 'm-november'],
    );
    assert.equal(page.total, 5);
    assert.equal(page.next, null);
    assert.ok(page.items.every((meeting: object) => !('agendaItems' in meeting)));
  });

  it('filters by body, repeated or comma-separated', async () => {
    assert.deepEqual(await ids('/meetings?body=planning'), ['m-march', 'm-moved']);
    assert.deepEqual(await ids('/meetings?body=planning,council&status=planned'), ['m-november']);
    assert.deepEqual(await ids('/meetings?body=planning&body=council&status=cancelled'), ['m-summer']);
    assert.deepEqual(await ids('/meetings?body=unknown'), []);
  });

  it('filters by status', async () => {
    assert.deepEqual(await ids('/meetings?status=cancelled'), ['m-summer']);
    assert.deepEqual(await ids('/meetings?status=moved&status=planned'), ['m-moved', 'm-november']);
  });

  it('filters by from/to: dates are whole Oslo days, a date-time to is exclusive', async () => {
    assert.deepEqual(await ids('/meetings?from=2024-03-01&to=2024-06-30'), ['m-march', 'm-summer']);
    assert.deepEqual(await ids('/meetings?from=2024-06-12&to=2024-06-12'), ['m-summer']);
    assert.deepEqual(await ids('/meetings?from=2024-06-12T17:00:00%2B02:00'), ['m-summer', 'm-moved', 'm-november']);
    assert.deepEqual(await ids('/meetings?from=2024-03-01&to=2024-06-12T17:00:00%2B02:00'), ['m-march']);
    assert.deepEqual(await ids('/meetings?to=2024-01-15'), ['m-winter']);
  });

  it('pages with limit and next links that visit every meeting exactly once', async () => {
    const seen: string[] = [];
    let next: string | null = `${server.url}/meetings?limit=2`;
    let pages = 0;
    while (next) {
      const response: Response = await fetch(next);
      assert.equal(response.status, 200);
      const page = (await response.json()) as { items: { id: string }[]; next: string | null; total: number };
      assert.equal(page.total, 5);
      assert.ok(page.items.length <= 2);
      seen.push(...page.items.map((item) => item.id));
      if (page.next) assert.ok(page.next.startsWith(`${server.url}/meetings?`), page.next);
      next = page.next;
      pages += 1;
    }
    assert.equal(pages, 3);
    assert.deepEqual(seen, ['m-winter', 'm-march', 'm-summer', 'm-moved', 'm-november']);
  });

  it('keeps the filter on next links and refuses a cursor used with another filter', async () => {
    const first = await getJson('/meetings?body=council&limit=1');
    assert.equal(first.total, 3);
    const second = await getJson(first.next.slice(server.url.length));
    assert.deepEqual(second.items.map((item: { id: string }) => item.id), ['m-summer']);
    const cursor = new URL(first.next).searchParams.get('cursor');
    await expectProblem(await get(`/meetings?body=planning&cursor=${cursor}`), 400, ['cursor']);
    await expectProblem(await get('/meetings?cursor=not-a-cursor'), 400, ['cursor']);
  });

  it('answers bad parameters with 400 problem+json naming every field', async () => {
    await expectProblem(await get('/meetings?status=postponed'), 400, ['status']);
    await expectProblem(await get('/meetings?limit=0'), 400, ['limit']);
    await expectProblem(await get('/meetings?limit=201'), 400, ['limit']);
    await expectProblem(await get('/meetings?limit=ten'), 400, ['limit']);
    await expectProblem(await get('/meetings?from=2024-02-30'), 400, ['from']);
    await expectProblem(await get('/meetings?to=2024-06-12T17:00:00'), 400, ['to']);
    await expectProblem(await get('/meetings?from=2024-06-01&to=2024-05-01'), 400, ['from']);
    const problem = await expectProblem(await get('/meetings?limit=500&status=x&from=yesterday'), 400, ['from', 'status', 'limit']);
    assert.equal(problem.type, 'tag:innsyn-elements,2026:invalid-input');
    assert.equal(problem.instance, '/meetings?limit=500&status=x&from=yesterday');
  });

  it('titles problems in the language asked for', async () => {
    const nb = await expectProblem(await get('/meetings?limit=0', { headers: { 'Accept-Language': 'nb-NO, en;q=0.5' } }), 400, ['limit']);
    assert.equal(nb.title, 'Ugyldig forespørsel');
    const en = await expectProblem(await get('/meetings?limit=0', { headers: { 'Accept-Language': 'en' } }), 400, ['limit']);
    assert.equal(en.title, 'Invalid request');
  });

  it('serves one meeting with its agenda, or a 404 problem', async () => {
    const meeting = await getJson('/meetings/m-winter');
    assert.deepEqual(meeting.agendaItems.map((item: { id: string }) => item.id), ['ai-budget', 'ai-closed']);
    const problem = await expectProblem(await get('/meetings/m-nope'), 404);
    assert.equal(problem.type, 'about:blank');
  });
});

describe('journal', () => {
  it('searches public titles, case titles, case and journal numbers and public names, case-insensitively', async () => {
    assert.deepEqual(await ids('/journal?q=DISPENSASJON'), ['j-dispensation']);
    assert.deepEqual(await ids('/journal?q=ola%20hansen'), ['j-dispensation']);
    assert.deepEqual(await ids('/journal?q=barnehageplass'), ['j-kindergarten']);
    assert.deepEqual(await ids('/journal?q=vintervedlikehold'), ['j-contractor']);
    assert.deepEqual(await ids('/journal?q=2024/102'), ['j-kindergarten']);
    assert.deepEqual(await ids('/journal?q=2023/900-12'), ['j-internal']);
    assert.deepEqual(await ids('/journal?q=budsjett&sort=journalDate'), ['j-internal', 'j-summary']);
    assert.deepEqual(await ids('/journal?q=budsjett%20saksframlegg'), ['j-summary']);
  });

  it('never matches screened names or the screening mask', async () => {
    assert.deepEqual(await ids('/journal?q=Kari'), []);
    assert.deepEqual(await ids('/journal?q=*****'), []);
    assert.deepEqual(await ids('/journal?q=barnehageplass%20*'), ['j-kindergarten']);
  });

  it('searches document titles only with fulltext=true', async () => {
    assert.deepEqual(await ids('/journal?q=fasadetegninger'), []);
    assert.deepEqual(await ids('/journal?q=fasadetegninger&fulltext=true'), ['j-dispensation']);
    await expectProblem(await get('/journal?fulltext=yes'), 400, ['fulltext']);
  });

  it('filters by type, unit, case, property and journal date', async () => {
    assert.deepEqual(await ids('/journal?type=I'), ['j-dispensation', 'j-contractor']);
    assert.deepEqual(await ids('/journal?type=N,X'), ['j-memo', 'j-internal']);
    assert.deepEqual(await ids('/journal?unit=%C3%98konomi'), ['j-memo', 'j-internal', 'j-summary']);
    assert.deepEqual(await ids('/journal?unit=%C3%B8konomi'), []);
    assert.deepEqual(await ids('/journal?case=2023/900'), ['j-internal', 'j-summary']);
    assert.deepEqual(await ids('/journal?property=12/34'), ['j-dispensation', 'j-memo']);
    assert.deepEqual(await ids('/journal?property=12/34/2'), ['j-memo']);
    assert.deepEqual(await ids('/journal?property=7/1'), ['j-contractor']);
    assert.deepEqual(await ids('/journal?from=2024-04-01&to=2024-05-18'), ['j-kindergarten', 'j-memo']);
  });

  it('reads the query language: phrases, exclusion, either-or; a query of only exclusions finds nothing', async () => {
    assert.deepEqual(await ids('/journal?q=%22s%C3%B8knad%20om%20dispensasjon%22'), ['j-dispensation']);
    assert.deepEqual(await ids('/journal?q=%22dispensasjon%20s%C3%B8knad%22'), []);
    assert.deepEqual(await ids('/journal?q=budsjett%20-saksframlegg'), ['j-internal']);
    assert.deepEqual(await ids('/journal?q=budsjett%20-%22saksframlegg%20om%22'), ['j-internal']);
    assert.deepEqual(await ids('/journal?q=br%C3%B8yting%20%7C%20eiendomsskatt&sort=journalDate'), ['j-memo', 'j-contractor']);
    assert.deepEqual(await ids('/journal?q=br%C3%B8yting%20OR%20eiendomsskatt&sort=journalDate'), ['j-memo', 'j-contractor']);
    assert.deepEqual(await ids('/journal?q=-budsjett'), []);
    assert.deepEqual(await ids('/journal?q=%22%22'), []);
  });

  it('sorts by relevance with q (title hits first) and by journal date when asked', async () => {
    assert.deepEqual(await ids('/journal?q=2024%20%7C%20saksframlegg'), ['j-summary', 'j-kindergarten', 'j-memo', 'j-internal']);
    assert.deepEqual(await ids('/journal?q=2024%20%7C%20saksframlegg&sort=journalDate'), ['j-kindergarten', 'j-memo', 'j-internal', 'j-summary']);
    await expectProblem(await get('/journal?sort=title'), 400, ['sort']);
  });

  it('filters by correspondent name (never a screened one), exemption basis and several units', async () => {
    assert.deepEqual(await ids('/journal?correspondent=hans'), ['j-dispensation']);
    assert.deepEqual(await ids('/journal?correspondent=anlegg%20bygg'), ['j-contractor']);
    assert.deepEqual(await ids('/journal?correspondent=kari'), []);
    assert.deepEqual(await ids('/journal?exemptionBasis=Offl.%20%C2%A7%2013'), ['j-kindergarten']);
    assert.deepEqual(await ids('/journal?exemptionBasis=offl%2014'), []);
    assert.deepEqual(await ids('/journal?unit=Oppvekst&unit=Plan%20og%20bygg'), ['j-dispensation', 'j-kindergarten']);
  });

  it('lists the administrative units in Norwegian order', async () => {
    const page = await getJson('/units');
    assert.deepEqual(page.items, [{ name: 'Oppvekst' }, { name: 'Plan og bygg' }, { name: 'Teknisk drift' }, { name: 'Økonomi' }]);
  });

  it('answers bad journal parameters with 400 and field errors', async () => {
    await expectProblem(await get('/journal?type=Q'), 400, ['type']);
    await expectProblem(await get('/journal?case=abc'), 400, ['case']);
    await expectProblem(await get('/journal?property=12'), 400, ['property']);
    await expectProblem(await get('/journal?from=2024-04-01T00:00:00Z'), 400, ['from']);
    await expectProblem(await get('/journal?from=2024-05-01&to=2024-04-01'), 400, ['from']);
  });

  it('pages the journal newest first', async () => {
    const first = await getJson('/journal?limit=4');
    assert.equal(first.total, 6);
    const second = await getJson(first.next.slice(server.url.length));
    assert.deepEqual(
      [...first.items, ...second.items].map((entry: { id: string }) => entry.id),
      ['j-dispensation', 'j-kindergarten', 'j-memo', 'j-internal', 'j-contractor', 'j-summary'],
    );
    assert.equal(second.next, null);
  });

  it('serves one journal entry, or a 404 problem', async () => {
    assert.equal((await getJson('/journal/j-memo')).caseNumber, '2024/55');
    await expectProblem(await get('/journal/j-nope'), 404);
  });
});

describe('routing and CORS', () => {
  it('answers unknown paths with a 404 problem and wrong methods with 405 and Allow', async () => {
    await expectProblem(await get('/nothing-here'), 404);
    const wrong = await get('/meetings', { method: 'DELETE' });
    await expectProblem(wrong, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, HEAD, OPTIONS');
    const getPost = await get('/access-requests');
    await expectProblem(getPost, 405);
    assert.equal(getPost.headers.get('allow'), 'POST, OPTIONS');
  });

  it('answers the access-request preflight', async () => {
    const response = await get('/access-requests', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.eksempel.kommune.no', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('access-control-allow-methods'), 'POST');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['content-type', 'idempotency-key', 'accept-language']) assert.ok(allowed.includes(header), header);
    assert.ok(Number(response.headers.get('access-control-max-age')) > 0);
  });

  it('lets lists be cached briefly and problems not at all', async () => {
    assert.equal((await get('/meetings')).headers.get('cache-control'), 'public, max-age=60');
    assert.equal((await get('/meetings?limit=0')).headers.get('cache-control'), 'no-store');
  });
});

describe('calendar feed', () => {
  it('serves text/calendar with the Oslo VTIMEZONE, cancelled status and stable UIDs', async () => {
    const response = await get('/meetings.ics');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const ics = await response.text();
    assert.ok(ics.includes('BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n'));
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]!.trim());
    assert.deepEqual(uids(ics), ['m-winter', 'm-march', 'm-summer', 'm-moved', 'm-november'].map((id) => `${id}@127.0.0.1`));
    const summer = ics.slice(ics.indexOf('UID:m-summer'), ics.indexOf('END:VEVENT', ics.indexOf('UID:m-summer')));
    assert.ok(summer.includes('STATUS:CANCELLED'));
    assert.deepEqual(uids(await (await get('/meetings.ics')).text()), uids(ics));
  });

  it('filters the feed by body', async () => {
    const ics = await (await get('/meetings.ics?body=planning')).text();
    assert.deepEqual([...ics.matchAll(/^UID:(.*)\r$/gm)].map((match) => match[1]), ['m-march@127.0.0.1', 'm-moved@127.0.0.1']);
  });
});

describe('files', () => {
  it('serves a document file inline with its name, type and length', async () => {
    const response = await get('/files/d-drawings');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.equal(Number(response.headers.get('content-length')), bytes.byteLength);
    assert.equal(new TextDecoder().decode(bytes.slice(0, 8)), '%PDF-1.4');
    const disposition = response.headers.get('content-disposition') ?? '';
    assert.ok(disposition.startsWith('inline; filename="Fasadetegninger tilbygg.pdf"'), disposition);
    await expectProblem(await get('/files/d-nope'), 404);
  });

  it('gives non-ASCII file names both an ASCII fallback and the exact UTF-8 name', async () => {
    const disposition = (await get('/files/d-notice-winter')).headers.get('content-disposition') ?? '';
    assert.ok(disposition.includes('filename="Moteinnkalling Kommunestyret 15. januar.pdf"'), disposition);
    assert.ok(disposition.includes(`filename*=UTF-8''${encodeURIComponent('Møteinnkalling Kommunestyret 15. januar.pdf')}`), disposition);
  });
});

describe('access requests', () => {
  const request = { email: 'ola@example.com', name: 'Ola', message: null, language: 'nb', entries: [{ kind: 'journal-entry', id: 'j-kindergarten' }] };
  let keyNumber = 0;
  const newKey = () => `test-key-${process.pid}-${(keyNumber += 1)}`;
  const post = (body: unknown, key?: string, headers: Record<string, string> = {}) =>
    get('/access-requests', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('receives a request and answers 202 with a receipt', async () => {
    const response = await post(request, newKey());
    assert.equal(response.status, 202);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const receipt = (await response.json()) as any;
    assert.equal(receipt.email, 'ola@example.com');
    assert.deepEqual(receipt.entries, request.entries);
    assert.equal(receipt.receivedAt, NOW.toISOString());
    assert.equal(receipt.status, 'awaiting-confirmation');
    assert.equal(receipt.confirmedAt, null);
    assert.equal(typeof receipt.id, 'string');
  });

  it('returns the same receipt for the same key and body, and 422 for the same key with another body', async () => {
    const key = newKey();
    const first = await (await post(request, key)).json();
    const reordered = { entries: request.entries, language: 'nb', message: null, name: 'Ola', email: 'ola@example.com' };
    const retry = await post(reordered, key);
    assert.equal(retry.status, 202);
    assert.deepEqual(await retry.json(), first);
    const other = await post({ ...request, email: 'kari@example.com' }, key);
    const problem = await expectProblem(other, 422);
    assert.equal(problem.type, 'tag:innsyn-elements,2026:idempotency-key-reused');
    const another = await (await post(request, newKey())).json();
    assert.notEqual((another as any).id, (first as any).id);
  });

  it('requires an Idempotency-Key', async () => {
    const problem = await expectProblem(await post(request), 400, ['Idempotency-Key']);
    assert.equal(problem.type, 'tag:innsyn-elements,2026:idempotency-key-missing');
  });

  it('names invalid fields: 422 for unacceptable values, 400 for wrong types', async () => {
    await expectProblem(await post({ ...request, email: 'not-an-address' }, newKey()), 422, ['email']);
    await expectProblem(await post({ ...request, entries: [] }, newKey()), 422, ['entries']);
    await expectProblem(await post({ ...request, entries: 'j-memo' }, newKey()), 400, ['entries']);
    await expectProblem(await post({ ...request, entries: [{ kind: 'meeting', id: 'm-winter' }] }, newKey()), 400, ['entries[0].kind']);
  });

  it('refuses entries that do not exist or cannot be requested', async () => {
    const entries = [
      { kind: 'journal-entry', id: 'j-nope' },
      { kind: 'journal-entry', id: 'j-internal' },
      { kind: 'agenda-item', id: 'ai-budget' },
    ];
    await expectProblem(await post({ ...request, entries }, newKey()), 422, ['entries[0].id', 'entries[1].id', 'entries[2].id']);
  });

  it('accepts agenda items and documents that can be requested', async () => {
    const entries = [
      { kind: 'agenda-item', id: 'ai-closed' },
      { kind: 'document', id: 'd-drawings' },
    ];
    assert.equal((await post({ ...request, entries }, newKey())).status, 202);
  });

  it('answers malformed JSON with 400, other media types with 415 and bodies over 64 kB with 413', async () => {
    await expectProblem(await post('{"email":', newKey()), 400, ['(body)']);
    await expectProblem(await post(request, newKey(), { 'Content-Type': 'text/plain' }), 415);
    await expectProblem(await post({ ...request, message: 'x'.repeat(70_000) }, newKey()), 413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 70; i += 1) controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
        controller.close();
      },
    });
    const streamed = await get('/access-requests', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    await expectProblem(streamed, 413);
  });

  it('keeps receipts across a restart: the request, awaiting confirmation, and its confirmation mail in the outbox', async () => {
    const persistDir = await mkdtemp(join(tmpdir(), 'innsyn-persist-'));
    const database = await testDatabase();
    try {
      const key = newKey();
      const first = await startSampleServer({ port: 0, dataDir: persistDir, ...database, dataset: buildFixture });
      const send = (base: string) =>
        fetch(`${base}/access-requests`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify(request),
        });
      const receipt = (await (await send(first.url)).json()) as any;
      const rows = await first.database.query<any>('SELECT idempotency_key, status, email, receipt FROM access_requests');
      assert.deepEqual(rows, [{ idempotency_key: key, status: 'awaiting-confirmation', email: 'ola@example.com', receipt }]);
      const outbox = () => first.database.query<any>('SELECT kind, recipient, sent_at IS NOT NULL AS sent FROM outbox');
      assert.deepEqual(
        (await outbox()).map(({ kind, recipient }) => ({ kind, recipient })),
        [{ kind: 'confirm-access-request', recipient: 'ola@example.com' }],
      );
      // Sent from the outbox; a request waits for that only briefly, so a slow machine may finish just after the 202.
      while (!(await outbox())[0]?.sent) await new Promise((resolve) => setTimeout(resolve, 50));
      const [stored] = await first.store.list();
      assert.equal(typeof stored?.confirmationMailSentAt, 'string', 'the confirmation e-mail went out and was noted');
      await first.close();

      const second = await startSampleServer({ port: 0, dataDir: persistDir, ...database, dataset: buildFixture });
      try {
        const again = await send(second.url);
        assert.equal(again.status, 202);
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
        assert.deepEqual(await again.json(), receipt);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
      await rm(persistDir, { recursive: true, force: true });
    }
  });
});

describe('connect-style middleware', () => {
  it('serves the API mounted under /api, with next links under /api', async () => {
    let base = '';
    const api = createPublicationApi(buildFixture(`http://127.0.0.1/api`), { store: createMemoryStore(), basePath: '/api' });
    let middleware: ReturnType<typeof toMiddleware> | undefined;
    // What connect does for `app.use('/api', middleware)`: strip the mount path, keep originalUrl.
    const mounted = createServer((req: IncomingMessage & { originalUrl?: string }, res) => {
      middleware ??= toMiddleware(api, { origin: base.replace(/\/api$/, '') });
      if (!req.url?.startsWith('/api')) {
        res.writeHead(418).end();
        return;
      }
      req.originalUrl = req.url;
      req.url = req.url.slice('/api'.length) || '/';
      middleware(req, res, (error) => {
        res.writeHead(599).end(String(error));
      });
    });
    await new Promise<void>((resolve) => mounted.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(mounted.address() as AddressInfo).port}/api`;
    try {
      const page = (await (await fetch(`${base}/meetings?limit=2`)).json()) as { next: string; total: number };
      assert.equal(page.total, 5);
      assert.ok(page.next.startsWith(`${base}/meetings?`), page.next);
      const post = await fetch(`${base}/access-requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'mw-key' },
        body: JSON.stringify({ email: 'a@example.com', language: 'en', entries: [{ kind: 'journal-entry', id: 'j-memo' }] }),
      });
      assert.equal(post.status, 202);
      assert.equal((await fetch(`${base}/nothing`)).status, 404);
    } finally {
      await new Promise((resolve) => mounted.close(resolve));
    }
  });
});

describe('msw handlers', () => {
  const MOCK_BASE = 'https://api.eksempel.test/v1';
  const mock = setupServer(...publicationApiHandlers(MOCK_BASE, buildFixture(MOCK_BASE), { now: () => NOW }));
  before(() => mock.listen({ onUnhandledRequest: 'bypass' }));
  after(() => mock.close());

  it('answer exactly like the Node server, links aside', async () => {
    const paths = [
      '/',
      '/bodies?active=true',
      '/meetings?body=council&limit=2',
      '/meetings/m-winter',
      '/journal?q=budsjett&type=X,S&sort=journalDate',
      '/journal?property=12/34',
      '/meetings?limit=0&status=x',
      '/journal/j-nope',
    ];
    for (const path of paths) {
      const [fromNode, fromMsw] = await Promise.all([get(path), fetch(`${MOCK_BASE}${path}`)]);
      assert.equal(fromMsw.status, fromNode.status, path);
      assert.equal(fromMsw.headers.get('content-type'), fromNode.headers.get('content-type'), path);
      assert.equal(fromMsw.headers.get('access-control-allow-origin'), '*', path);
      const [nodeText, mswText] = await Promise.all([fromNode.text(), fromMsw.text()]);
      // The problem's `instance` is the full request path, which includes the mock's /v1 base path.
      const mswNormalized = mswText.replaceAll(MOCK_BASE, 'BASE').replace('"instance":"/v1/', '"instance":"/');
      assert.equal(mswNormalized, nodeText.replaceAll(server.url, 'BASE'), path);
    }
  });

  it('serve the calendar and take access requests with the same rules', async () => {
    assert.match((await (await fetch(`${MOCK_BASE}/meetings.ics`)).text()), /UID:m-summer@api\.eksempel\.test/);
    const send = (email: string) =>
      fetch(`${MOCK_BASE}/access-requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'msw-key' },
        body: JSON.stringify({ email, language: 'nn', entries: [{ kind: 'journal-entry', id: 'j-memo' }] }),
      });
    const first = await send('per@example.com');
    assert.equal(first.status, 202);
    const retry = await send('per@example.com');
    assert.deepEqual(await retry.json(), await first.json());
    assert.equal((await send('pal@example.com')).status, 422);
  });
});

describe('the generated Eksempel kommune', () => {
  const generatorExists = existsSync(new URL('../../sample/generate/index.ts', import.meta.url));

  it('is served by the sample server as the contract describes', { skip: !generatorExists && 'sample/generate/index.ts not there yet' }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'innsyn-generated-'));
    const database = await testDatabase();
    const generated = await startSampleServer({ port: 0, dataDir: dir, ...database, journalSize: 3000 });
    try {
      const fetchJson = async (path: string) => {
        const response = await fetch(`${generated.url}${path}`);
        assert.equal(response.status, 200, path);
        return response.json();
      };
      v.parse(schemas.ServiceDocumentSchema, await fetchJson('/'));
      v.parse(schemas.pageSchema(schemas.BodySchema), await fetchJson('/bodies'));
      const meetings = v.parse(schemas.pageSchema(schemas.MeetingSchema), await fetchJson('/meetings?limit=200'));
      assert.ok(meetings.items.length > 0 && meetings.total! >= meetings.items.length);
      const meeting = v.parse(schemas.MeetingDetailSchema, await fetchJson(`/meetings/${encodeURIComponent(meetings.items[0]!.id)}`));
      const journal = v.parse(schemas.pageSchema(schemas.JournalEntrySchema), await fetchJson('/journal?limit=200'));
      assert.ok(journal.items.length > 0);
      const document = [meeting.notice, meeting.minutes, ...journal.items.flatMap((entry) => entry.documents)].find((doc) => doc);
      if (document) {
        assert.ok(document.url.startsWith(`${generated.url}/files/`), document.url);
        const file = await fetch(document.url);
        assert.equal(file.status, 200);
        assert.equal(Number(file.headers.get('content-length')), (await file.arrayBuffer()).byteLength);
      }
      const ics = await fetch(`${generated.url}/meetings.ics`);
      assert.equal(ics.status, 200);
      assert.match(await ics.text(), /BEGIN:VEVENT/);
    } finally {
      await generated.close();
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
