// The limits and headers that keep the publication server up and its answers safe to cache (issue 15): each test
// reproduces one of the failures found by trying the server as an attacker would.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, it, mock } from 'node:test';
import { createPublicationApi } from '../../sample/server/app.js';
import { deleteUnconfirmed } from '../../sample/server/db/requests-db.js';
import { createMemoryStore } from '../../sample/server/memory-store.js';
import { startSampleServer, type SampleServer } from '../../sample/server/start.js';
import type { JournalStore } from '../../sample/server/store.js';
import { buildFixture } from './sample-fixture.js';
import { runApiProcess } from './server-process.js';
import { backendName, testDatabase, type TestDatabase } from './test-database.js';

const PUBLIC_URL = 'https://innsyn.eksempel.test/api';

let server: SampleServer;
let dataDir: string;
let database: TestDatabase;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'innsyn-limits-'));
  database = await testDatabase();
  server = await startSampleServer({
    port: 0,
    dataDir,
    ...database,
    basePath: '/api',
    publicUrl: PUBLIC_URL,
    dataset: buildFixture,
    postRate: false,
    timeouts: { headersMs: 1000, requestMs: 1500, checkIntervalMs: 200 },
  });
  // The server listens on 127.0.0.1 but names itself by its public URL.
  listenPort = Number(new URL(server.listenUrl).port);
});

after(async () => {
  await server.close();
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

/** Where to connect: `server.url` is the public URL, which is not this machine. */
let listenPort = 0;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: listenPort, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (response: RawResponse) => JSON.parse(response.body.toString('utf8')) as any;

const accessRequest = (email: string, entries = [{ kind: 'journal-entry', id: 'j-memo' }]) => ({ email, language: 'nb', entries });

function postRaw(body: unknown, headers: Record<string, string> = {}, key = `limits-${Math.random()}`): Promise<RawResponse> {
  return raw('/api/access-requests', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headers },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
}

describe(`limits and headers on ${backendName}`, () => {
  it('builds every absolute link on PUBLIC_URL, whatever the Host header or a //other.host path says', async () => {
    for (const host of ['evil.example', 'innsyn.eksempel.test:1', '[']) {
      const page = await raw('/api/journal?limit=2', { headers: { Host: host } });
      assert.equal(page.status, 200, host);
      assert.ok(json(page).next.startsWith(`${PUBLIC_URL}/journal?`), json(page).next);
      const ics = (await raw('/api/meetings.ics?from=2024-01-01', { headers: { Host: host } })).body.toString();
      assert.match(ics, /UID:m-winter@innsyn\.eksempel\.test\r\n/);
      assert.doesNotMatch(ics, /evil/);
    }
    const document = json(await raw('/api/journal/j-dispensation', { headers: { Host: 'evil.example' } })).documents[0].url;
    assert.equal(document, `${PUBLIC_URL}/files/d-drawings`);
    const sneaky = await raw('//evil.example/api/journal?limit=1');
    assert.equal(sneaky.status, 404);
    assert.match(String(sneaky.headers['content-type']), /^application\/problem\+json/);
  });

  it('answers TRACE with 405 and a problem, not a 500 with a stack trace', async () => {
    const response = await raw('/api/journal', { method: 'TRACE' });
    assert.equal(response.status, 405);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    assert.doesNotMatch(response.body.toString(), /at \w+ \(|node:internal/);
  });

  it('sends nosniff, a content type with charset, Cache-Control and an ETag; If-None-Match gets 304', async () => {
    for (const path of ['/api/', '/api/journal?q=budsjett', '/api/meetings.ics', '/api/nothing']) {
      const response = await raw(path);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', path);
      assert.match(String(response.headers['content-type']), /charset=utf-8/, path);
      assert.ok(response.headers['cache-control'], path);
    }
    const first = await raw('/api/journal?q=budsjett');
    const etag = String(first.headers.etag);
    assert.match(etag, /^W\/"/);
    const again = await raw('/api/journal?q=budsjett', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.body.byteLength, 0);
    assert.equal((await raw('/api/journal?q=budsjett', { headers: { 'If-None-Match': 'W/"other"' } })).status, 200);
  });

  it('compresses JSON and calendars with brotli or gzip, as the client accepts', async () => {
    const plain = await raw('/api/journal');
    for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      for (const path of ['/api/journal', '/api/meetings.ics?from=2024-01-01']) {
        const response = await raw(path, { headers: { 'Accept-Encoding': encoding } });
        assert.equal(response.headers['content-encoding'], encoding, `${path} ${encoding}`);
        assert.match(String(response.headers.vary), /Accept-Encoding/);
        const body = decode(response.body);
        if (path === '/api/journal') assert.deepEqual(JSON.parse(body.toString()), json(plain));
        else assert.match(body.toString(), /^BEGIN:VCALENDAR/);
      }
    }
    assert.equal(plain.headers['content-encoding'], undefined);
  });

  it('refuses a body in another charset with 415 and bytes that are not UTF-8 with 400', async () => {
    const latin1 = Buffer.from(JSON.stringify(accessRequest('ærlig@example.com')), 'latin1');
    const refused = await postRaw(latin1, { 'Content-Type': 'application/json; charset=iso-8859-1' });
    assert.equal(refused.status, 415);
    assert.match(json(refused).detail, /UTF-8/);
    assert.equal((await postRaw(latin1)).status, 400);
    assert.equal((await postRaw(accessRequest('utf8@example.com'), { 'Content-Type': 'application/json; charset=UTF-8' })).status, 202);
  });

  it('refuses more than 50 entries and entries listed twice, without repeating them back', async () => {
    const many = Array.from({ length: 1000 }, () => ({ kind: 'journal-entry', id: 'j-memo' }));
    const tooMany = await postRaw(accessRequest('many@example.com', many));
    assert.equal(tooMany.status, 422);
    assert.deepEqual(json(tooMany).errors.map((error: { field: string }) => error.field), ['entries']);
    assert.ok(tooMany.body.byteLength < 2000);
    const twice = await postRaw(accessRequest('twice@example.com', [
      { kind: 'journal-entry', id: 'j-memo' },
      { kind: 'agenda-item', id: 'ai-closed' },
      { kind: 'journal-entry', id: 'j-memo' },
    ]));
    assert.equal(twice.status, 422);
    assert.deepEqual(json(twice).errors.map((error: { field: string }) => error.field), ['entries[2]']);
  });

  it('stops an address from piling up unconfirmed requests: the sixth is 429 with Retry-After', async () => {
    for (let n = 0; n < 5; n++) assert.equal((await postRaw(accessRequest('Pile@Example.com'))).status, 202);
    const sixth = await postRaw(accessRequest('pile@example.com'));
    assert.equal(sixth.status, 429);
    assert.ok(Number(sixth.headers['retry-after']) > 0);
    assert.equal(json(sixth).type, 'tag:innsyn-elements,2026:too-many-unconfirmed');
    assert.equal((await postRaw(accessRequest('other@example.com'))).status, 202);
  });

  it('deletes unconfirmed requests after the retention time', async () => {
    const key = 'retention-key';
    assert.equal((await postRaw(accessRequest('old@example.com'), {}, key)).status, 202);
    const deleted = await deleteUnconfirmed(server.database, new Date(Date.now() + 60_000));
    assert.ok(deleted >= 1);
    const rows = await server.database.query('SELECT 1 FROM access_requests WHERE idempotency_key = $1', [key]);
    assert.deepEqual(rows, []);
  });

  it('closes a connection whose body trickles in slower than the request timeout', { timeout: 30_000 }, async () => {
    const socket = connect(listenPort, '127.0.0.1');
    socket.on('error', () => undefined);
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write('POST /api/access-requests HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: slow\r\nContent-Length: 1000\r\n\r\n');
    const drip = setInterval(() => socket.writable && socket.write(' '), 200);
    await closed;
    clearInterval(drip);
    assert.match(received, /^HTTP\/1\.1 408/);
  });

  it('closes a connection whose headers never finish', { timeout: 30_000 }, async () => {
    const socket = connect(listenPort, '127.0.0.1');
    // The server hangs up mid-write; that is the point.
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write('GET /api/journal HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 200);
    await closed;
    clearInterval(drip);
  });
});

describe('answers to the unexpected', () => {
  it('a failure inside the server is a problem+json 500 without internals, logged once with its request id', async () => {
    const failing: JournalStore = {
      search: () => Promise.reject(new Error('secret internals: password=hunter2')),
      get: () => Promise.reject(new Error('secret internals')),
      units: () => Promise.reject(new Error('secret internals')),
    };
    const api = createPublicationApi(buildFixture('https://x.test'), { store: createMemoryStore(), journal: failing });
    const logged = mock.method(console, 'error', () => undefined);
    try {
      const response = await api(new Request('https://x.test/journal'));
      assert.equal(response.status, 500);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const text = await response.text();
      assert.doesNotMatch(text, /secret|hunter2|at \w+ \(/);
      const { requestId } = JSON.parse(text) as { requestId: string };
      assert.equal(response.headers.get('x-request-id'), requestId);
      assert.equal(logged.mock.callCount(), 1);
      assert.ok(String(logged.mock.calls[0]?.arguments[0]).includes(requestId));
    } finally {
      logged.mock.restore();
    }
  });

  it('limits POSTs per client address: after the burst, 429 with Retry-After; other clients go on', async () => {
    const api = createPublicationApi(buildFixture('https://x.test'), { store: createMemoryStore(), postRate: { perMinute: 6, burst: 3 } });
    const send = (address: string, n: number) =>
      api(
        new Request('https://x.test/access-requests', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `rate-${address}-${n}` },
          body: JSON.stringify(accessRequest(`rate${n}@example.com`)),
        }),
        { address },
      );
    for (let n = 0; n < 3; n++) assert.equal((await send('203.0.113.1', n)).status, 202);
    const limited = await send('203.0.113.1', 3);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    assert.equal(((await limited.json()) as { type: string }).type, 'tag:innsyn-elements,2026:rate-limited');
    assert.equal((await send('203.0.113.2', 0)).status, 202);
  });

  it('a data folder that cannot be created stops the start with one line, not a stack trace', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'innsyn-nowrite-'));
    try {
      const file = join(dir, 'a-file');
      await writeFile(file, 'not a folder');
      const { code, output } = await runApiProcess({ INNSYN_DATA_DIR: join(file, 'data'), DATABASE_URL: '' });
      assert.equal(code, 1);
      assert.match(output, /could not start on the embedded database/);
      assert.doesNotMatch(output, /^\s+at /m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
