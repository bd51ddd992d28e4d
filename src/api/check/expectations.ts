// The checks every answer gets: status, media type, CORS, JSON, contract shape, time zones, problem details.
import * as v from '../shape.js';
import { describeIssues } from '../response.js';
import { ProblemSchema } from '../schemas.js';
import { CHECK_ORIGIN, mediaType, type Probe } from './probe.js';
import type { EndpointLog } from './report.js';
import { missingFields, type SchemaName } from './required-fields.js';

/** Whether the answer arrived at all; says why not. */
export function reached(log: EndpointLog, answer: Probe): boolean {
  if (answer.status !== 0) return true;
  log.error(`No answer: ${answer.failure ?? 'the request failed'}. Check that the URL is right and the server is reachable from the internet.`);
  return false;
}

export function expectStatus(log: EndpointLog, answer: Probe, expected: number | number[]): boolean {
  const allowed = Array.isArray(expected) ? expected : [expected];
  if (allowed.includes(answer.status)) {
    log.pass(`answers ${answer.status}`);
    return true;
  }
  const location = answer.headers.get('location');
  const redirect = answer.status >= 300 && answer.status < 400 ? ` (a redirect to ${location ?? 'nowhere'}: serve the answer at this URL instead; a cross-origin page cannot see where it was sent)` : '';
  log.error(`answers ${answer.status}, the contract says ${allowed.join(' or ')}${redirect}.`);
  return false;
}

/** A page on another origin can read the answer only with Access-Control-Allow-Origin: * (or its own origin). */
export function expectCors(log: EndpointLog, answer: Probe, what = 'this answer'): void {
  const allow = answer.headers.get('access-control-allow-origin');
  if (allow === '*' || allow === CHECK_ORIGIN) {
    log.pass(`${what} can be read from another origin (Access-Control-Allow-Origin: ${allow})`);
    return;
  }
  if (allow) {
    log.error(`${what} carries Access-Control-Allow-Origin: ${allow}, so a municipality's page on ${CHECK_ORIGIN} cannot read it. Send "*" on every GET answer.`);
    return;
  }
  log.error(`${what} has no Access-Control-Allow-Origin header, so the elements on the municipality's own website cannot read it. Add "Access-Control-Allow-Origin: *" to every GET answer, error answers included.`);
}

export function expectJsonBody(log: EndpointLog, answer: Probe, type: 'json' | 'problem+json' = 'json'): boolean {
  const media = mediaType(answer);
  const wanted = type === 'json' ? 'application/json' : 'application/problem+json';
  if (type === 'json' ? media === 'application/json' || /^application\/[a-z0-9.-]+\+json$/.test(media) : media === wanted) {
    log.pass(`Content-Type ${media}`);
  } else {
    log.error(`Content-Type is ${media || 'missing'}; send "${wanted}${type === 'json' ? '; charset=utf-8' : ''}".`);
  }
  if (answer.json === undefined) {
    log.error(`the body is not JSON${answer.text ? ` (it starts "${answer.text.slice(0, 40).replace(/\s+/g, ' ')}")` : ' (it is empty)'}.`);
    return false;
  }
  return true;
}

/**
 * Checks a value against the contract: its required fields (from the spec), then the client's schema for types and
 * formats. Reports each problem with its path.
 */
export function expectShape(log: EndpointLog, schema: v.Schema, value: unknown, what: string, required?: SchemaName): boolean {
  const missing = required ? missingFields(value, required, what) : [];
  for (const field of missing.slice(0, 5)) log.error(`${field} is required by the contract but missing (or null).`);
  if (missing.length) return false;
  const result = v.safeParse(schema, value);
  if (result.success) return true;
  for (const issue of describeIssues(result.issues).slice(0, 5)) log.error(`${what}: ${issue} (see the schema in spec/publication-api.yaml).`);
  return false;
}

/** Values that must be one of the contract's words (clients would otherwise quietly treat them as the fallback). */
export function expectOneOf(log: EndpointLog, value: unknown, options: readonly string[], what: string): void {
  if (typeof value === 'string' && !options.includes(value)) log.error(`${what} is "${value}", not one of ${options.join(', ')}.`);
}

const DATE_TIME_FIELDS = new Set(['start', 'end', 'originalStart', 'publishedAt', 'receivedAt']);
const DATE_FIELDS = new Set(['journalDate', 'documentDate']);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** Every date-time needs an offset (a browser would read a bare local time in the visitor's zone), dates no time. */
export function expectTimeZones(log: EndpointLog, value: unknown, path = ''): number {
  let problems = 0;
  const walk = (node: unknown, at: string) => {
    if (problems >= 3) return;
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${at}[${index}]`));
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      const here = at ? `${at}.${key}` : key;
      if (typeof child === 'string' && DATE_TIME_FIELDS.has(key) && !RFC3339.test(child)) {
        problems += 1;
        log.error(
          /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?$/.test(child)
            ? `${here} is "${child}" without a UTC offset: the visitor's browser would read it in its own time zone. Send it with the offset, e.g. "${child.replace(' ', 'T').slice(0, 19)}+02:00" in summer (Europe/Oslo), or in UTC with "Z".`
            : `${here} is "${child}", not an RFC 3339 date-time with offset (e.g. "2026-06-11T18:00:00+02:00").`,
        );
      } else if (typeof child === 'string' && DATE_FIELDS.has(key) && !/^\d{4}-\d{2}-\d{2}$/.test(child)) {
        problems += 1;
        log.error(`${here} is "${child}"; a date is "YYYY-MM-DD" (the Oslo calendar day), without a time.`);
      } else walk(child, here);
    }
  };
  walk(value, path);
  return problems;
}

/** Errors are RFC 9457 problem details, readable from another origin. */
export function expectProblem(log: EndpointLog, answer: Probe, status: number | number[], needsFieldErrors = false): void {
  if (!expectStatus(log, answer, status)) return;
  expectCors(log, answer, 'the error answer');
  if (!expectJsonBody(log, answer, 'problem+json')) return;
  if (!expectShape(log, ProblemSchema, answer.json, 'the problem')) return;
  const problem = answer.json as { status?: unknown; errors?: unknown };
  if (problem.status !== undefined && problem.status !== answer.status) log.warn(`the problem says status ${String(problem.status)} but the answer is ${answer.status}; make them agree.`);
  if (needsFieldErrors && !Array.isArray(problem.errors)) log.error('a 400/422 problem should list the invalid fields in "errors": [{ field, message }], so the elements can point at them.');
  else log.pass('an application/problem+json error the elements can read');
}
