// The OParl adapter: calendar and agenda from a council information system's OParl 1.0 or 1.1 endpoint
// (System → Body → Organization, Meeting, AgendaItem, File). Loaded as its own chunk, only for api-kind="oparl".
import * as v from '../../shape.js';
import { looseObject } from '../adapter-shapes.js';
import { getClient, type ApiClient, type RequestOptions } from '../../client.js';
import { ApiError } from '../../errors.js';
import type { AdapterConfig } from '../../port-factory.js';
import type { PortAccessReceipt, PortJournalPage, PublicationPort } from '../../port.js';
import type { MeetingQuery, ReadOptions } from '../../publication-api.js';
import type { Body, JournalEntry, Meeting, MeetingDetail, ServiceDocument, Unit } from '../../types.js';
import { osloDateKey } from '../../../time/oslo.js';
import { collectPages, eachLimited, osloDateTime, parseOrSkip, type PagedList } from '../adapter-support.js';
import { clean, objects, toBody, toMeeting, toMeetingDetail } from './oparl-map.js';
import {
  AgendaItemSchema,
  BodySchema,
  ListSchema,
  MeetingSchema,
  OrganizationSchema,
  SystemSchema,
  type OparlBody,
} from './oparl-schemas.js';

/** OParl lists have no date filter, so a body's meetings are read whole; this bounds a list that never ends. */
export const MAX_LIST_PAGES = 100;
/** Referenced objects (agenda items, files given as URLs) fetched at once, and at most per meeting. */
export const REFERENCE_CONCURRENCY = 4;
export const MAX_REFERENCES = 200;
/** How long a whole meeting list is reused between month views. */
const LIST_TTL = 10 * 60_000;

const OPARL_LIST: PagedList<v.InferOutput<typeof ListSchema>> = {
  schema: ListSchema,
  items: (page) => page.data,
  next: (page) => page.links?.next,
  maxPages: MAX_LIST_PAGES,
  what: 'The OParl list',
};

export class OparlPort implements PublicationPort {
  readonly kind = 'oparl' as const;
  readonly key: string;
  private readonly client: ApiClient;

  constructor(
    private readonly config: AdapterConfig,
    private readonly now: () => number = Date.now,
  ) {
    this.client = getClient(config.baseUrl);
    this.key = `oparl ${this.client.baseUrl} ${config.publisher}`;
  }

  async getService(options: ReadOptions = {}): Promise<ServiceDocument> {
    const body = await this.body(options);
    return {
      apiVersion: '1.0',
      publisher: { id: body.id, name: clean(body.name) ?? clean(body.shortName) ?? body.id, organizationNumber: null },
      languages: [],
      capabilities: { meetings: true, journal: false, accessRequests: false, calendarFeed: false, fullTextSearch: false },
    };
  }

  async listBodies(options: ReadOptions = {}): Promise<Body[]> {
    const body = await this.body(options);
    const today = osloDateKey(new Date(this.now()));
    const orgs = await this.readList(body.organization, options);
    const seen = new Set<string>();
    return orgs
      .flatMap((item) => {
        const org = parseOrSkip(OrganizationSchema, item);
        const mapped = org && toBody(org, today);
        if (!mapped || seen.has(mapped.id)) return [];
        seen.add(mapped.id);
        return [mapped];
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  async listMeetings(query: MeetingQuery, options: ReadOptions = {}): Promise<Meeting[]> {
    const body = await this.body(options);
    const [bodies, items] = await Promise.all([this.listBodies(options), this.readList(body.meeting, { ...options, cache: LIST_TTL })]);
    const from = Date.parse(osloDateTime(typeof query.from === 'string' ? query.from : query.from.toISOString()) ?? '');
    const toValue = typeof query.to === 'string' ? query.to : query.to.toISOString();
    // A plain date includes that whole day, as in our contract.
    const to = /^\d{4}-\d{2}-\d{2}$/.test(toValue) ? Date.parse(osloDateTime(toValue) ?? '') + 86_400_000 : Date.parse(toValue);
    const wanted = query.body?.filter(Boolean) ?? [];
    const context = { bodies, now: this.now() };
    return items
      .flatMap((item) => {
        const meeting = parseOrSkip(MeetingSchema, item);
        const mapped = meeting && toMeeting(meeting, context);
        return mapped ? [mapped] : [];
      })
      .filter((m) => Date.parse(m.start) >= from && Date.parse(m.start) < to)
      .filter((m) => !wanted.length || wanted.includes(m.body.id))
      .filter((m) => !query.status?.length || query.status.includes(m.status))
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  }

  async getMeeting(id: string, options: ReadOptions = {}): Promise<MeetingDetail> {
    const url = this.client.resolveLink(id, 'meeting id');
    const [bodies, meeting] = await Promise.all([
      this.listBodies(options),
      this.client.get(url, MeetingSchema, options),
    ]);
    // Agenda items are embedded (the spec), or, on some systems, a URL to a list of them: one more request, not one per
    // item. Others give an array of URLs of single items, and files as URLs: those are fetched, a few at a time.
    const listed = typeof meeting.agendaItem === 'string' ? await this.readList(meeting.agendaItem, options) : undefined;
    const meetingRefs = [meeting.invitation, meeting.resultsProtocol, meeting.auxiliaryFile, ...(listed ? [] : [meeting.agendaItem])].flatMap(urlsIn);
    const found = await this.fetchReferences(meetingRefs, options);
    const withFiles = { ...meeting, invitation: filled(meeting.invitation, found), resultsProtocol: filled(meeting.resultsProtocol, found), auxiliaryFile: filled(meeting.auxiliaryFile, found) };
    const rawItems = objects(listed ?? filled(meeting.agendaItem, found));
    const parsed = rawItems.flatMap((item) => parseOrSkip(AgendaItemSchema, item) ?? []);
    const itemFiles = await this.fetchReferences(parsed.flatMap((item) => [item.resolutionFile, item.auxiliaryFile].flatMap(urlsIn)), options, found.size);
    const items = parsed.map((item) => ({ ...item, resolutionFile: filled(item.resolutionFile, itemFiles), auxiliaryFile: filled(item.auxiliaryFile, itemFiles) }));
    const detail = toMeetingDetail(withFiles, items, { bodies, now: this.now() });
    if (!detail) throw new ApiError('bad-data', url, 'The OParl meeting has no usable start time.');
    return detail;
  }

  calendarFeedUrl(): null {
    return null;
  }

  listUnits(): Promise<Unit[]> {
    return Promise.reject(unsupported(this.client.baseUrl, 'OParl has no public journal (postjournal).'));
  }

  searchJournal(): Promise<PortJournalPage> {
    return Promise.reject(unsupported(this.client.baseUrl, 'OParl has no public journal (postjournal).'));
  }

  getJournalEntry(): Promise<JournalEntry> {
    return Promise.reject(unsupported(this.client.baseUrl, 'OParl has no public journal (postjournal).'));
  }

  submitAccessRequest(_request: unknown, _key: string, _options?: RequestOptions): Promise<PortAccessReceipt> {
    return Promise.reject(unsupported(this.client.baseUrl, 'OParl takes no access requests.'));
  }

  invalidate(): void {
    this.client.invalidate();
  }

  /** The System's bodies; `publisher` picks one by id, else the first. */
  private async body(options: ReadOptions): Promise<OparlBody> {
    const system = await this.client.get('', SystemSchema, { signal: options.signal, cache: options.cache });
    const candidates = typeof system.body === 'string' ? await this.readList(system.body, options) : system.body;
    const bodies = candidates.flatMap((item) => parseOrSkip(BodySchema, item) ?? []);
    const chosen = this.config.publisher ? bodies.find((body) => body.id === this.config.publisher) : bodies[0];
    if (!chosen) {
      throw new ApiError('config', this.client.baseUrl, this.config.publisher ? `The OParl system has no body ${this.config.publisher}.` : 'The OParl system lists no body.');
    }
    return chosen;
  }

  /**
   * The objects behind references given as URLs, REFERENCE_CONCURRENCY at a time and at most MAX_REFERENCES per meeting
   * (`already` counts those fetched before). One that fails is left out, not the meeting.
   */
  private async fetchReferences(urls: readonly string[], options: ReadOptions, already = 0): Promise<Map<string, unknown>> {
    const found = new Map<string, unknown>();
    const wanted = [...new Set(urls)].slice(0, Math.max(0, MAX_REFERENCES - already));
    await eachLimited(wanted, REFERENCE_CONCURRENCY, async (url) => {
      try {
        found.set(url, await this.client.get(this.client.resolveLink(url, 'reference'), ReferencedSchema, options));
      } catch (error) {
        if (options.signal?.aborted) throw error;
      }
    });
    return found;
  }

  private readList(url: string, options: ReadOptions): Promise<unknown[]> {
    return collectPages(this.client, this.client.resolveLink(url, 'list'), undefined, OPARL_LIST, options);
  }

}

/** Any object with an id; each caller checks it against its own schema, so one that does not fit is left out there. */
const ReferencedSchema = looseObject({ id: v.string() });

/** The URL strings among a reference or a list of references (embedded objects have none). */
function urlsIn(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((entry): entry is string => typeof entry === 'string' && /^https?:\/\//i.test(entry));
}

/** The reference(s) with each fetched URL replaced by its object; URLs that could not be fetched stay and are skipped. */
function filled(value: unknown, found: ReadonlyMap<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((entry) => (typeof entry === 'string' ? (found.get(entry) ?? entry) : entry));
  return typeof value === 'string' ? (found.get(value) ?? value) : value;
}

function unsupported(url: string, message: string): ApiError {
  return new ApiError('config', url, message);
}

export function createOparlPort(config: AdapterConfig): OparlPort {
  return new OparlPort(config);
}
