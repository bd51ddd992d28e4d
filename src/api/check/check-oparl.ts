// `checkOparl(systemUrl)`: walks an OParl 1.0/1.1 endpoint as the OParl adapter does from a municipality's page on
// another origin (System → Body → Organization and Meeting lists → one Meeting and its agenda), and reports what
// would stop the elements: answers a page cannot read (CORS), lists that lead to another origin, objects the adapter
// does not recognise.
import * as v from '../shape.js';
import { BodySchema, ListSchema, MeetingSchema, SystemSchema } from '../adapters/oparl/oparl-schemas.js';
import { expectCors, expectJsonBody, expectShape, expectStatus, reached } from './expectations.js';
import { probe, type Fetch, type Probe } from './probe.js';
import { EndpointLog, summarise, type CheckReport } from './report.js';

export interface OparlCheckOptions {
  fetch?: Fetch;
  /** The Body to check (its id, a URL) where the System has several; the first otherwise, as in the adapter. */
  publisher?: string;
  /** Pages of each list to follow: enough to see `links.next` work, not the whole list. */
  listPages?: number;
}

type Json = Record<string, unknown>;

export async function checkOparl(systemUrl: string, options: OparlCheckOptions = {}): Promise<CheckReport> {
  const base = systemUrl.trim();
  if (!/^https?:\/\/[^/]/i.test(base) || !URL.canParse(base)) throw new Error(`Not an http(s) URL: "${systemUrl}"`);
  const origin = new URL(base).origin;
  const fetcher: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const logs: EndpointLog[] = [];
  const log = (endpoint: string) => {
    const created = new EndpointLog(endpoint);
    logs.push(created);
    return created;
  };

  /** A 200 JSON answer readable from another origin, at a URL the adapter would follow; the parsed body or undefined. */
  async function readJson(entry: EndpointLog, target: string): Promise<Json | undefined> {
    if (!sameOrigin(entry, target)) return undefined;
    const answer: Probe = await probe(fetcher, target);
    if (!reached(entry, answer)) return undefined;
    const ok = expectStatus(entry, answer, 200);
    expectCors(entry, answer);
    if (!ok || !expectJsonBody(entry, answer)) return undefined;
    return typeof answer.json === 'object' && answer.json !== null ? (answer.json as Json) : undefined;
  }

  /** The adapter reads URLs on the System's origin only; a page on https cannot read http:// at all (mixed content). */
  function sameOrigin(entry: EndpointLog, target: string): boolean {
    if (!URL.canParse(target)) {
      entry.error(`"${target}" is not a URL.`);
      return false;
    }
    const url = new URL(target);
    if (url.origin === origin) return true;
    const http = url.protocol === 'http:' && new URL(base).protocol === 'https:';
    entry.error(
      http
        ? `${target} is http:// while the System is https://; a page on https cannot read it (mixed content), and the elements only follow URLs on ${origin}. Use https:// URLs throughout.`
        : `${target} is on another origin than the System (${origin}); the elements only follow URLs on ${origin}.`,
    );
    return false;
  }

  /** The first pages of an external list, checking each page; returns the objects on them. */
  async function readList(entry: EndpointLog, first: string): Promise<Json[]> {
    const items: Json[] = [];
    const seen = new Set<string>();
    let target: string | undefined = first;
    for (let page = 1; target && page <= (options.listPages ?? 2); page += 1) {
      if (seen.has(target)) {
        entry.error(`links.next leads back to ${target}: the list never ends.`);
        break;
      }
      seen.add(target);
      const json = await readJson(entry, target);
      if (!json || !expectShape(entry, ListSchema, json, `page ${page}`)) break;
      const list = v.parse(ListSchema, json);
      items.push(...list.data.filter((item): item is Json => typeof item === 'object' && item !== null));
      target = list.links?.next ?? undefined;
    }
    entry.pass(`${items.length} objects on the pages read`);
    return items;
  }

  const systemLog = log(`GET ${base} (System)`);
  const system = await readJson(systemLog, base);
  if (!system) return summarise(base, logs, 'oparl');
  if (!expectShape(systemLog, SystemSchema, system, 'the System')) return summarise(base, logs, 'oparl');
  const parsedSystem = v.parse(SystemSchema, system);
  systemLog.pass(`OParl ${typeof system.oparlVersion === 'string' ? system.oparlVersion : '(version not given)'}`);

  let bodies: unknown[] = Array.isArray(parsedSystem.body) ? parsedSystem.body : [];
  if (typeof parsedSystem.body === 'string') bodies = await readList(log(`GET ${parsedSystem.body} (Body list)`), parsedSystem.body);
  const chosen = bodies
    .map((body) => v.safeParse(BodySchema, body))
    .flatMap((result) => (result.success ? [result.output] : []))
    .find((body) => !options.publisher || body.id === options.publisher);
  if (!chosen) {
    systemLog.error(options.publisher ? `no Body with the id ${options.publisher}; publisher must be one of the System's Body ids.` : 'the System lists no Body with an id, an organization list and a meeting list.');
    return summarise(base, logs, 'oparl');
  }
  systemLog.pass(`Body ${chosen.id}`);

  await readList(log(`GET ${chosen.organization} (Organization list)`), chosen.organization);
  const meetingsLog = log(`GET ${chosen.meeting} (Meeting list)`);
  const meetings = await readList(meetingsLog, chosen.meeting);
  const first = meetings.find((meeting) => typeof meeting.id === 'string');
  if (!first) {
    meetingsLog.warn('no meeting on the first pages; a meeting and its agenda could not be checked.');
    return summarise(base, logs, 'oparl');
  }

  // The agenda reads the meeting by its own URL, as a page does when it opens an agenda link.
  const meetingLog = log(`GET ${String(first.id)} (Meeting)`);
  const meeting = await readJson(meetingLog, String(first.id));
  if (meeting && expectShape(meetingLog, MeetingSchema, meeting, 'the Meeting')) {
    meetingLog.pass('a meeting the agenda can show');
    const reference = Array.isArray(meeting.agendaItem) ? meeting.agendaItem.find((item) => typeof item === 'string') : meeting.agendaItem;
    if (typeof reference === 'string') {
      const itemsLog = log(`GET ${reference} (agenda items by URL)`);
      if (await readJson(itemsLog, reference)) itemsLog.pass('readable');
    }
  }

  // Errors must be readable too, or the elements can only say "network error".
  const missingUrl = `${chosen.meeting.replace(/[?#].*$/, '').replace(/\/+$/, '')}/innsyn-check-missing`;
  const missingLog = log(`GET ${missingUrl} (an error answer)`);
  if (sameOrigin(missingLog, missingUrl)) {
    const missing = await probe(fetcher, missingUrl);
    if (reached(missingLog, missing)) {
      if (missing.status < 400) missingLog.warn(`an unknown object answers ${missing.status}, not 404.`);
      const allow = missing.headers.get('access-control-allow-origin');
      if (allow !== '*') missingLog.warn('error answers carry no "Access-Control-Allow-Origin: *": a page then sees a network error instead of "not found".');
      else missingLog.pass('error answers can be read from another origin');
    }
  }
  return summarise(base, logs, 'oparl');
}
