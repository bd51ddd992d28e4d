// The conformance checker passes the sample server and catches each kind of departure, injected into its answers.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkApi, formatReport, type CheckReport } from '../../src/api/check/index.js';
import { startSampleServer, type SampleServer } from '../../sample/server/start.js';
import { buildFixture } from './sample-fixture.js';

let server: SampleServer;
let dataDir: string;
const now = () => new Date('2024-05-01T10:00:00Z');

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'innsyn-check-'));
  server = await startSampleServer({ port: 0, dataDir, dataset: buildFixture, now });
});
after(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

type Rewrite = (url: URL, init: RequestInit | undefined, response: Response) => Promise<Response> | Response;

/** The sample server with one departure injected into its answers. */
function departing(rewrite: Rewrite) {
  return async (input: string, init?: RequestInit) => rewrite(new URL(input), init, await fetch(input, init));
}

async function withJson(response: Response, change: (json: any) => unknown, headers?: Record<string, string>): Promise<Response> {
  const json = (await response.json()) as unknown;
  const out = new Headers(response.headers);
  out.delete('content-length');
  for (const [name, value] of Object.entries(headers ?? {})) out.set(name, value);
  return new Response(JSON.stringify(change(json) ?? json), { status: response.status, headers: out });
}

function errorsOf(report: CheckReport): string {
  return report.endpoints.flatMap((e) => e.findings.filter((f) => f.severity === 'error').map((f) => `${e.endpoint}: ${f.message}`)).join('\n');
}

test('the sample server conforms', async () => {
  const report = await checkApi(server.url, { now });
  assert.equal(report.passed, true, errorsOf(report));
  const endpoints = report.endpoints.map((e) => e.endpoint.split(' ').slice(0, 2).join(' '));
  for (const expected of ['GET /', 'GET /bodies', 'GET /journal', 'OPTIONS /access-requests', 'POST /access-requests', 'GET /meetings.ics']) {
    assert.ok(endpoints.includes(expected), `checked ${expected}`);
  }
  assert.match(formatReport(report), /Conforms: no departures found/);
});

test('by default it files nothing: the only POST is an invalid request, answered with a problem naming the fields', async () => {
  const posts: string[] = [];
  const report = await checkApi(server.url, {
    now,
    fetch: async (input, init) => {
      if (init?.method === 'POST') posts.push(String(init.body));
      return fetch(input, init);
    },
  });
  assert.equal(report.passed, true, errorsOf(report));
  assert.equal(posts.length, 1);
  assert.match(posts[0]!, /not-an-address/);
  assert.ok(!report.endpoints.some((e) => e.endpoint.includes('--write')));
});

describe('with write (on a server of its own, so its POSTs do not use up the rate limit of the others)', () => {
  let writable: SampleServer;
  let writableDir: string;
  before(async () => {
    writableDir = await mkdtemp(join(tmpdir(), 'innsyn-check-write-'));
    writable = await startSampleServer({ port: 0, dataDir: writableDir, dataset: buildFixture, now, postRate: false });
  });
  after(async () => {
    await writable.close();
    await rm(writableDir, { recursive: true, force: true });
  });

  test('with write, one valid request gets a 202 receipt, and its replay with the same Idempotency-Key the same one', async () => {
    const keys: string[] = [];
    const report = await checkApi(writable.url, {
      now,
      write: true,
      email: 'writer@example.com',
      fetch: async (input, init) => {
        const key = new Headers(init?.headers).get('idempotency-key');
        if (init?.method === 'POST' && String(init.body).includes('writer@example.com') && key) keys.push(key);
        return fetch(input, init);
      },
    });
    assert.equal(report.passed, true, errorsOf(report));
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1], 'the replay reuses the key');
    const written = report.endpoints.find((e) => e.endpoint.includes('--write'))!;
    assert.ok(written.findings.some((f) => f.severity === 'pass' && /a replay with the same Idempotency-Key returns the same receipt/.test(f.message)));
  });

  describe('with write, it catches', () => {
    const isValidPost = (init?: RequestInit) => init?.method === 'POST' && !String(init.body).includes('not-an-address');
    const cases: [string, () => Rewrite, RegExp][] = [
      [
        'a replay that files the request again',
        () => {
          let posts = 0;
          return (_url, init, r) => (isValidPost(init) && ++posts === 2 ? withJson(r, (json) => ({ ...json, id: `${json.id}-again` })) : r);
        },
        /would file the request twice/,
      ],
      ['a receipt with another status code', () => (_url, init, r) => (isValidPost(init) ? new Response(r.body, { status: 201, headers: r.headers }) : r), /answers 201, the contract says 202/],
      ['a receipt without its entries', () => (_url, init, r) => (isValidPost(init) ? withJson(r, (json) => ({ ...json, entries: [] })) : r), /do not include the/],
    ];
    cases.forEach(([name, rewrite, message], index) => {
      test(name, async () => {
        const report = await checkApi(writable.url, { now, write: true, email: `departure-${index}@example.com`, fetch: departing(rewrite()) });
        assert.equal(report.passed, false);
        assert.match(errorsOf(report), message);
      });
    });
  });
});

describe('it catches', () => {
  const cases: [string, Rewrite, RegExp][] = [
    ['a wrong status code', (url, _i, r) => (url.pathname.includes('/meetings/innsyn-check-') ? new Response('{}', { status: 200, headers: r.headers }) : r), /answers 200, the contract says 404/],
    ['a wrong content type', (url, _i, r) => (url.pathname.endsWith('/bodies') ? withJson(r, () => undefined, { 'Content-Type': 'text/html' }) : r), /Content-Type is text\/html; send "application\/json/],
    [
      'a missing CORS header',
      async (url, _i, r) => {
        if (!url.pathname.endsWith('/journal')) return r;
        const headers = new Headers(r.headers);
        headers.delete('access-control-allow-origin');
        return new Response(await r.text(), { status: r.status, headers });
      },
      /no Access-Control-Allow-Origin header/,
    ],
    ['a missing required field', (url, _i, r) => (url.pathname.endsWith('/meetings') && r.ok ? withJson(r, (json) => json.items.forEach((m: any) => delete m.status)) : r), /items\[0\]\.status is required by the contract but missing/],
    ['paging that never ends', (url, _i, r) => (url.pathname.endsWith('/bodies') ? withJson(r, (json) => ({ ...json, next: url.href })) : r), /the list never ends/],
    [
      'errors that are not problem+json',
      (url, _i, r) => (url.pathname.includes('/meetings/innsyn-check-') ? new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' } }) : r),
      /Content-Type is text\/plain; send "application\/problem\+json"/,
    ],
    [
      'from and to as date-times that miss the meeting starting at that instant',
      (url, _i, r) => (url.pathname.endsWith('/meetings') && url.searchParams.get('from')?.includes('T') && r.ok ? withJson(r, (json) => ({ ...json, items: [] })) : r),
      /is missing from its start .* to a second later/,
    ],
    ['a time without its time zone', (url, _i, r) => (url.pathname.endsWith('/meetings') && r.ok ? withJson(r, (json) => json.items.forEach((m: any) => (m.start = m.start.slice(0, 19)))) : r), /without a UTC offset/],
    [
      'a preflight that refuses the Idempotency-Key header',
      async (url, init, r) => {
        if (init?.method !== 'OPTIONS') return r;
        const headers = new Headers(r.headers);
        headers.set('Access-Control-Allow-Headers', 'Content-Type');
        return new Response(null, { status: r.status, headers });
      },
      /does not include idempotency-key/,
    ],
  ];
  for (const [name, rewrite, message] of cases) {
    test(name, async () => {
      const report = await checkApi(server.url, { now, fetch: departing(rewrite) });
      assert.equal(report.passed, false);
      assert.match(errorsOf(report), message);
    });
  }

  test('a server that takes only dates in from and to, with a warning rather than an error', async () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400 };
    const report = await checkApi(server.url, {
      now,
      fetch: departing((url, _i, r) =>
        url.pathname.endsWith('/meetings') && url.searchParams.get('from')?.includes('T')
          ? new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json', 'Access-Control-Allow-Origin': '*' } })
          : r,
      ),
    });
    assert.equal(report.passed, true, errorsOf(report));
    const warnings = report.endpoints.flatMap((e) => e.findings.filter((f) => f.severity === 'warning').map((f) => f.message));
    assert.ok(warnings.some((message) => /date-times in from and to are refused/.test(message)), warnings.join('\n'));
  });

  test('an API that cannot be reached, with a reason', async () => {
    const report = await checkApi('http://127.0.0.1:9', { now });
    assert.equal(report.passed, false);
    assert.match(errorsOf(report), /No answer/);
  });
});

test('the required fields the checker asks for are those of the spec', async () => {
  const { parse } = await import('yaml');
  const { readFileSync } = await import('node:fs');
  const { REQUIRED } = await import('../../src/api/check/required-fields.js');
  const schemas = (parse(readFileSync('spec/publication-api.yaml', 'utf8')) as { components: { schemas: Record<string, { required?: string[] }> } }).components.schemas;
  for (const [name, fields] of Object.entries(REQUIRED)) assert.deepEqual([...fields], schemas[name]?.required, name);
});

test('npx innsyn-elements check: exit code 0 on the sample server, 1 on a departing one, 2 without a URL', { skip: !existsSync('dist/npm/check.js') && 'needs npm run build' }, async () => {
  // Asynchronously: the sample server answering the CLI runs in this very process.
  const run = (...args: string[]) =>
    new Promise<{ status: number; stdout: string }>((resolve) => {
      execFile(process.execPath, ['bin/innsyn-elements.js', ...args], { encoding: 'utf8' }, (error, stdout) => resolve({ status: error ? Number(error.code) : 0, stdout }));
    });
  const ok = await run('check', server.url);
  assert.equal(ok.status, 0, ok.stdout);
  assert.match(ok.stdout, /✓ GET \/bodies/);
  assert.equal((await run('check', 'http://127.0.0.1:9')).status, 1);
  assert.equal((await run('check')).status, 2);
});
