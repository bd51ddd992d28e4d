// `checkApi(baseUrl)`: walks an API that claims our contract (spec/publication-api.yaml) as the elements would use it
// from a municipality's page on another origin, and reports endpoint by endpoint where it departs.
import * as v from '../shape.js';
import {
  AgendaItemSchema,
  BODY_KINDS,
  BodySchema,
  DOCUMENT_TYPES,
  DocumentSchema,
  JournalEntrySchema,
  MEETING_STATUSES,
  MeetingSchema,
  ServiceDocumentSchema,
  AccessRequestReceiptSchema,
} from '../schemas.js';
import { expectCors, expectJsonBody, expectOneOf, expectProblem, expectShape, expectStatus, expectTimeZones, reached } from './expectations.js';
import { CHECK_ORIGIN, probe, type Fetch, type Probe } from './probe.js';
import { EndpointLog, summarise, type CheckReport } from './report.js';
import type { SchemaName } from './required-fields.js';

export interface CheckOptions {
  /** Replaces the global fetch (tests inject departures through it). */
  fetch?: Fetch;
  /** How far the paging of long lists (bodies, meetings) is followed before the list is said not to end. */
  maxPages?: number;
  /** Pages of the journal to follow: enough to see cursors work, not the whole journal. */
  journalPages?: number;
  now?: () => Date;
  /**
   * Also send one valid access request (off by default: it files a real request, and a real server may e-mail
   * `email` and the municipality). Checks the 202 receipt and that a replay with the same Idempotency-Key returns it.
   */
  write?: boolean;
  /** The address the valid request is sent from with `write` (default innsyn-check@example.com, which receives nothing). */
  email?: string;
}

type Json = Record<string, unknown>;

const PageEnvelope = v.object({
  items: v.array(v.unknown()),
  next: v.nullish(v.string()),
  total: v.nullish(v.number({ integer: true, minimum: 0 })),
});

export async function checkApi(baseUrl: string, options: CheckOptions = {}): Promise<CheckReport> {
  const base = baseUrl.trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/i.test(base) || !URL.canParse(base)) throw new Error(`Not an http(s) URL: "${baseUrl}"`);
  const fetcher: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const url = (path: string, params: Record<string, string> = {}) => {
    const target = new URL(path ? `${base}/${path}` : base);
    for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
    return target.href;
  };
  const logs: EndpointLog[] = [];
  const log = (endpoint: string) => {
    const created = new EndpointLog(endpoint);
    logs.push(created);
    return created;
  };
  const get = (target: string, init?: RequestInit) => probe(fetcher, target, init);
  /** What a valid access request can ask for, found on the way: the first journal entry or agenda item that takes one. */
  const requestable: { kind: 'journal-entry' | 'agenda-item'; id: string }[] = [];

  /** A 200 JSON answer readable cross-origin; the parsed body, or undefined when it cannot be used further. */
  async function readJson(entry: EndpointLog, target: string): Promise<Probe | undefined> {
    const answer = await get(target);
    if (!reached(entry, answer)) return undefined;
    const ok = expectStatus(entry, answer, 200);
    expectCors(entry, answer);
    if (!ok || !expectJsonBody(entry, answer)) return undefined;
    return answer;
  }

  /** Follows `next` to the end (or `limit` pages), checking each page and each item; returns every item seen. */
  async function walkPages(entry: EndpointLog, first: string, checkItem: (item: unknown, where: string) => void, limit: number, mustEnd: boolean): Promise<Json[]> {
    const seenPages = new Set<string>();
    const seenIds = new Set<string>();
    const items: Json[] = [];
    let target: string | null = first;
    let pages = 0;
    while (target) {
      if (seenPages.has(target)) {
        entry.error(`"next" leads back to a page already read (${target}): the list never ends. Make the last page's "next" null.`);
        return items;
      }
      if (pages >= limit) {
        if (mustEnd) entry.error(`the list did not end within ${limit} pages; the elements stop there. Check that "next" is null on the last page, or raise the page size.`);
        else entry.pass(`paging works over the ${limit} pages followed (the rest was not read)`);
        return items;
      }
      seenPages.add(target);
      pages += 1;
      const answer = await readJson(entry, target);
      if (!answer) return items;
      if (!expectShape(entry, PageEnvelope, answer.json, `page ${pages}`)) return items;
      const page = answer.json as { items: unknown[]; next?: string | null; total?: number | null };
      page.items.forEach((item, index) => {
        checkItem(item, `page ${pages} items[${index}]`);
        const id = (item as Json | null)?.id;
        if (typeof id === 'string') {
          if (seenIds.has(id)) entry.error(`item "${id}" appears on two pages: cursors must not repeat items.`);
          seenIds.add(id);
        }
        if (typeof item === 'object' && item !== null) items.push(item as Json);
      });
      if (page.next) {
        const next: URL | undefined = URL.canParse(page.next, target) ? new URL(page.next, target) : undefined;
        if (!next || !/^https?:$/.test(next.protocol)) {
          entry.error(`"next" is "${page.next}", not an http(s) URL.`);
          return items;
        }
        if (next.origin !== new URL(base).origin) {
          entry.error(`"next" points to another origin (${next.origin}); the elements refuse to follow it. Keep pages on ${new URL(base).origin}.`);
          return items;
        }
        if (page.items.length === 0) entry.warn(`page ${pages} is empty but has a "next" link; end the list instead.`);
        target = next.href;
      } else {
        target = null;
      }
    }
    entry.pass(`paging ends after ${pages} page${pages === 1 ? '' : 's'} (${items.length} items)`);
    return items;
  }

  const contractItem = (entry: EndpointLog, schema: v.Schema, required: SchemaName, enums: (item: Json, where: string) => void) => (item: unknown, where: string) => {
    if (expectShape(entry, schema, item, where, required) && typeof item === 'object' && item !== null) enums(item as Json, where);
    expectTimeZones(entry, item, where);
  };
  const documentEnums = (entry: EndpointLog, doc: unknown, where: string) => {
    if (doc && typeof doc === 'object') expectOneOf(entry, (doc as Json).type, DOCUMENT_TYPES, `${where}.type`);
  };
  const meetingEnums = (entry: EndpointLog) => (meeting: Json, where: string) => {
    expectOneOf(entry, meeting.status, MEETING_STATUSES, `${where}.status`);
    documentEnums(entry, meeting.notice, `${where}.notice`);
    documentEnums(entry, meeting.minutes, `${where}.minutes`);
  };

  // GET / : the service document says what else to check.
  const serviceLog = log('GET / (service document)');
  const serviceAnswer = await readJson(serviceLog, url(''));
  if (!serviceAnswer) return summarise(base, logs);
  if (!expectShape(serviceLog, ServiceDocumentSchema, serviceAnswer.json, 'the service document', 'ServiceDocument')) return summarise(base, logs);
  const service = v.parse(ServiceDocumentSchema, serviceAnswer.json);
  if (!/^1\.\d+$/.test(service.apiVersion)) serviceLog.warn(`apiVersion is "${service.apiVersion}"; this checker knows version 1.x ("MAJOR.MINOR").`);
  serviceLog.pass(`publisher "${service.publisher.name}", offers: ${Object.entries(service.capabilities).filter(([, on]) => on).map(([name]) => name).join(', ') || 'nothing'}`);

  if (service.capabilities.meetings) {
    const bodiesLog = log('GET /bodies');
    await walkPages(bodiesLog, url('bodies'), contractItem(bodiesLog, BodySchema, 'Body', (body, where) => expectOneOf(bodiesLog, body.kind, BODY_KINDS, `${where}.kind`)), options.maxPages ?? 50, true);

    const now = (options.now ?? (() => new Date()))();
    const from = `${now.getUTCFullYear() - 1}-01-01`;
    const to = `${now.getUTCFullYear() + 1}-12-31`;
    const meetingsLog = log(`GET /meetings?from=${from}&to=${to}`);
    const meetings = await walkPages(meetingsLog, url('meetings', { from, to }), contractItem(meetingsLog, MeetingSchema, 'Meeting', meetingEnums(meetingsLog)), options.maxPages ?? 50, true);
    const starts = meetings.map((m) => Date.parse(String(m.start))).filter((t) => !Number.isNaN(t));
    if (starts.some((t, i) => i > 0 && t < starts[i - 1]!)) meetingsLog.error('meetings are not sorted by start, earliest first.');
    if (meetings.length === 0) meetingsLog.warn(`no meetings between ${from} and ${to}; the meeting detail could not be checked.`);

    // The calendar reads a busy month's rest as time slices (date-times in from/to) once the first page has a next link.
    const timed = meetings.find((m) => typeof m.id === 'string' && !Number.isNaN(Date.parse(String(m.start))));
    if (timed) {
      const start = Date.parse(String(timed.start));
      const from = new Date(start).toISOString();
      const to = new Date(start + 1000).toISOString();
      const sliceLog = log(`GET /meetings?from=${from}&to=${to} (date-times)`);
      const answer = await get(url('meetings', { from, to }));
      if (reached(sliceLog, answer)) {
        if (answer.status === 400) {
          sliceLog.warn('date-times in from and to are refused, though the contract allows them: the calendar then reads a busy month one page after another, which takes longer.');
        } else if (expectStatus(sliceLog, answer, 200) && expectJsonBody(sliceLog, answer)) {
          const items = (answer.json as { items?: unknown } | undefined)?.items;
          if (Array.isArray(items) && items.some((item) => (item as Json | null)?.id === timed.id)) sliceLog.pass('a meeting is found from its start to a second later');
          else sliceLog.error(`meeting "${String(timed.id)}" is missing from its start (${String(timed.start)}) to a second later: a date-time in from is included, one in to is not.`);
        }
      }
    }

    const first = meetings.find((m) => typeof m.id === 'string');
    if (first) {
      const id = String(first.id);
      const detailLog = log(`GET /meetings/${id}`);
      const answer = await readJson(detailLog, url(`meetings/${encodeURIComponent(id)}`));
      if (answer && expectShape(detailLog, MeetingSchema, answer.json, 'the meeting', 'Meeting')) {
        const detail = answer.json as Json;
        meetingEnums(detailLog)(detail, 'meeting');
        expectTimeZones(detailLog, detail);
        if (!Array.isArray(detail.agendaItems)) detailLog.error('agendaItems is missing: embed the agenda in the meeting (an empty array when there is none).');
        else {
          detail.agendaItems.forEach((item, index) => {
            if (expectShape(detailLog, AgendaItemSchema, item, `agendaItems[${index}]`, 'AgendaItem')) {
              if ((item as Json).canRequestAccess === true) requestable.push({ kind: 'agenda-item', id: String((item as Json).id) });
              ((item as Json).documents as unknown[]).forEach((doc, d) => {
                expectShape(detailLog, DocumentSchema, doc, `agendaItems[${index}].documents[${d}]`, 'Document');
                documentEnums(detailLog, doc, `agendaItems[${index}].documents[${d}]`);
              });
            }
          });
          const sequence = detail.agendaItems.map((item) => (item as Json).sequence);
          if (sequence.some((s, i) => i > 0 && Number(s) < Number(sequence[i - 1]))) detailLog.error('agendaItems are not in "sequence" order.');
          detailLog.pass(`${detail.agendaItems.length} agenda items`);
        }
      }
    }

    const missingLog = log('GET /meetings/{an id that does not exist}');
    const missing = await get(url(`meetings/innsyn-check-${Math.random().toString(36).slice(2)}`));
    if (reached(missingLog, missing)) expectProblem(missingLog, missing, 404);

    const badLog = log('GET /meetings?limit=0 (out of range)');
    const bad = await get(url('meetings', { limit: '0' }));
    if (reached(badLog, bad)) expectProblem(badLog, bad, 400, true);
  }

  if (service.capabilities.calendarFeed) {
    const feedLog = log('GET /meetings.ics');
    const feed = await get(url('meetings.ics'), { headers: { Accept: 'text/calendar' } });
    if (reached(feedLog, feed) && expectStatus(feedLog, feed, 200)) {
      expectCors(feedLog, feed);
      if (!/^text\/calendar/i.test(feed.contentType)) feedLog.error(`Content-Type is ${feed.contentType || 'missing'}; a calendar feed is "text/calendar; charset=utf-8".`);
      if (!feed.text.startsWith('BEGIN:VCALENDAR')) feedLog.error('the body does not start with BEGIN:VCALENDAR.');
      else feedLog.pass('an iCalendar feed');
    }
  }

  if (service.capabilities.journal) {
    const journalLog = log('GET /journal');
    const entries = await walkPages(
      journalLog,
      url('journal', { limit: '5' }),
      contractItem(journalLog, JournalEntrySchema, 'JournalEntry', () => {}),
      options.journalPages ?? 3,
      false,
    );
    for (const found of entries) if (found.canRequestAccess === true && typeof found.id === 'string') requestable.unshift({ kind: 'journal-entry', id: found.id });
    const entry = entries.find((e) => typeof e.id === 'string');
    if (entry) {
      const entryLog = log(`GET /journal/${String(entry.id)}`);
      const answer = await readJson(entryLog, url(`journal/${encodeURIComponent(String(entry.id))}`));
      if (answer && expectShape(entryLog, JournalEntrySchema, answer.json, 'the journal entry', 'JournalEntry')) {
        expectTimeZones(entryLog, answer.json);
        entryLog.pass('a journal entry');
      }
    }
  }

  if (service.capabilities.accessRequests) {
    const preflightLog = log('OPTIONS /access-requests (CORS preflight)');
    const preflight = await get(url('access-requests'), {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key,accept-language' },
    });
    if (reached(preflightLog, preflight)) {
      if (preflight.status < 200 || preflight.status >= 300) preflightLog.error(`the preflight answers ${preflight.status}; answer 204 so browsers send the POST.`);
      expectCors(preflightLog, preflight, 'the preflight');
      const methods = (preflight.headers.get('access-control-allow-methods') ?? '').toUpperCase();
      if (!/\bPOST\b|\*/.test(methods)) preflightLog.error('Access-Control-Allow-Methods does not include POST.');
      const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const header of ['content-type', 'idempotency-key']) {
        if (!allowed.includes(header) && allowed.trim() !== '*') preflightLog.error(`Access-Control-Allow-Headers does not include ${header}; the browser will refuse the request.`);
      }
      if (!preflightLog.failed) preflightLog.pass('a page on another origin may POST');
    }

    // An invalid request, so nothing is filed: the answer must be a problem naming the fields.
    const invalidLog = log('POST /access-requests (an invalid request)');
    const invalid = await get(url('access-requests'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `innsyn-check-${Date.now()}` },
      body: JSON.stringify({ email: 'not-an-address', language: 'nb', entries: [] }),
    });
    if (reached(invalidLog, invalid)) expectProblem(invalidLog, invalid, [400, 422], true);

    if (options.write) await checkValidRequest(log('POST /access-requests (a valid request, --write)'), url('access-requests'), requestable[0], options.email, get);
  }

  return summarise(base, logs);
}

/**
 * One valid request with an Idempotency-Key: a 202 receipt the elements can read, then the same POST again, which must
 * return the same receipt (a retry after a lost answer must not file the request twice).
 */
async function checkValidRequest(
  entry: EndpointLog,
  target: string,
  item: { kind: string; id: string } | undefined,
  email = 'innsyn-check@example.com',
  send: (target: string, init?: RequestInit) => Promise<Probe>,
): Promise<void> {
  if (!item) {
    entry.warn('no journal entry or agenda item with canRequestAccess was found on the way, so no valid request was sent.');
    return;
  }
  const key = `innsyn-check-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const body = JSON.stringify({
    email,
    name: null,
    message: 'A test of the conformance checker (npx innsyn-elements check --write); no answer is needed.',
    language: 'en',
    entries: [item],
  });
  const post = () => send(target, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body });
  const first = await post();
  if (!reached(entry, first) || !expectStatus(entry, first, 202)) return;
  expectCors(entry, first, 'the receipt');
  if (!expectJsonBody(entry, first) || !expectShape(entry, AccessRequestReceiptSchema, first.json, 'the receipt')) return;
  expectTimeZones(entry, first.json, 'receipt');
  const receipt = first.json as { id: string; email: string; entries: { kind: string; id: string }[] };
  if (receipt.email !== email) entry.error(`the receipt's email is "${receipt.email}", not the address sent (${email}).`);
  if (!receipt.entries.some((e) => e.kind === item.kind && e.id === item.id)) entry.error(`the receipt's entries do not include the ${item.kind} ${item.id} that was asked for.`);
  entry.pass(`a 202 receipt ${receipt.id} for ${item.kind} ${item.id}`);

  const replay = await post();
  if (!reached(entry, replay)) return;
  const again = replay.json as { id?: unknown } | undefined;
  if (replay.status !== 202 || again?.id !== receipt.id) {
    entry.error(`the same POST with the same Idempotency-Key answered ${replay.status}${again?.id !== undefined ? ` with receipt "${String(again.id)}"` : ''}, not 202 with receipt "${receipt.id}": a retry after a lost answer would file the request twice (or fail). Store the key with the receipt and return it again.`);
  } else {
    entry.pass('a replay with the same Idempotency-Key returns the same receipt');
  }
}

export { CHECK_ORIGIN };
