// The OParl side of the checker: a supplier learns whether a page on another origin can read their OParl endpoint.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkOparl } from '../../src/api/check/check-oparl.js';
import { formatReport, type CheckReport } from '../../src/api/check/index.js';
import { runCli } from '../../src/api/check/cli.js';
import { OPARL_BASE } from '../fixtures/oparl/fixtures.js';
import { createOparlFake } from '../mocks/oparl-server.js';

const errorsOf = (report: CheckReport) => report.endpoints.flatMap((e) => e.findings.filter((f) => f.severity === 'error').map((f) => `${e.endpoint}: ${f.message}`)).join('\n');

/** The OParl fixtures, with one answer changed. */
function fixtures(change: (url: URL, response: Response) => Response | Promise<Response> = (_url, response) => response) {
  const fake = createOparlFake();
  return async (input: string, init?: RequestInit) => change(new URL(input), await fake.handle(new Request(input, init)));
}

async function rewriteJson(response: Response, edit: (json: any) => unknown): Promise<Response> {
  const json = (await response.json()) as unknown;
  return new Response(JSON.stringify(edit(json) ?? json), { status: response.status, headers: response.headers });
}

test('the OParl fixtures can be read from another origin: System, lists, a meeting, errors', async () => {
  const report = await checkOparl(OPARL_BASE, { fetch: fixtures() });
  assert.equal(report.passed, true, errorsOf(report));
  assert.match(formatReport(report), /OParl/);
  assert.ok(report.endpoints.some((e) => /\(Meeting\)$/.test(e.endpoint)));
});

test('catches a list a page on another origin cannot read (no Access-Control-Allow-Origin)', async () => {
  const report = await checkOparl(OPARL_BASE, {
    fetch: fixtures((url, response) => {
      if (!url.pathname.endsWith('/meetings')) return response;
      const headers = new Headers(response.headers);
      headers.delete('access-control-allow-origin');
      return new Response(response.body, { status: response.status, headers });
    }),
  });
  assert.equal(report.passed, false);
  assert.match(errorsOf(report), /Meeting list.*no Access-Control-Allow-Origin header/);
});

test('catches links.next on http:// under an https System (mixed content), and on another origin', async () => {
  for (const [next, message] of [
    [`${OPARL_BASE.replace('https:', 'http:')}/body/1/organizations?page=2`, /mixed content/],
    ['https://elsewhere.example/organizations?page=2', /another origin/],
  ] as const) {
    const report = await checkOparl(OPARL_BASE, {
      fetch: fixtures((url, response) => (url.pathname.endsWith('/organizations') ? rewriteJson(response, (json) => ({ ...json, links: { next } })) : response)),
    });
    assert.equal(report.passed, false);
    assert.match(errorsOf(report), message);
  }
});

test('npx innsyn-elements check --kind oparl: exit code 2 for an unknown kind', async () => {
  const out: string[] = [];
  assert.equal(await runCli(['check', OPARL_BASE, '--kind', 'soap'], (text) => out.push(text)), 2);
  assert.match(out.join('\n'), /--kind/);
});
