// The eInnsyn adapter: the elements' port answered by the national portal's API (api.einnsyn.no), field by field.
// Loaded as its own chunk, only when an element has api-kind="einnsyn".
import type * as v from '../../shape.js';
import { getClient, type ApiClient, type QueryParams, type RequestOptions } from '../../client.js';
import { ApiError } from '../../errors.js';
import type { AdapterConfig } from '../../port-factory.js';
import type { PortAccessReceipt, PortJournalPage, PortJournalQuery, PublicationPort } from '../../port.js';
import { MAX_PAGES, segment, type MeetingQuery, type ReadOptions } from '../../publication-api.js';
import type { AccessRequest, Body, JournalEntry, Meeting, MeetingDetail, ServiceDocument, Unit } from '../../types.js';
import { osloDateKey } from '../../../time/oslo.js';
import { collectPages, parseOrSkip, type PagedList } from '../adapter-support.js';
import { confirmEarlierOrderError, firstOrder, isTooManyUnverifiedOrders, refuseOtherKinds } from './einnsyn-access.js';
import { JOURNALPOST_EXPAND, journalSearchParams, refuseUnsupportedFilters, toJournalEntry } from './einnsyn-journal.js';
import { bodiesOf, sameName, toMeeting, toMeetingDetail, unitName, unitsOf } from './einnsyn-meetings.js';
import {
  EnhetSchema,
  InnsynskravBestillingSchema,
  JournalpostSchema,
  ListSchema,
  MoetemappeSchema,
  type Enhet,
} from './einnsyn-schemas.js';

/** One request for a whole agenda: every item with its decision, votes and documents (eInnsyn allows 100 paths). */
export const MOETEMAPPE_EXPAND = [
  'utvalgObjekt',
  'moetedokument.dokumentbeskrivelse.dokumentobjekt',
  'moetesak.utredning.utredningsdokument.dokumentobjekt',
  'moetesak.dokumentbeskrivelse.dokumentobjekt',
  'moetesak.vedtak.vedtakstekst',
  'moetesak.vedtak.votering',
  'moetesak.vedtak.vedtaksdokument.dokumentobjekt',
  // The neighbouring meetings' dates, so their links can say when they are.
  'referanseForrigeMoete',
  'referanseNesteMoete',
];

const EINNSYN_LIST: PagedList<v.InferOutput<typeof ListSchema>> = {
  schema: ListSchema,
  items: (page) => page.items,
  next: (page) => page.next,
  maxPages: MAX_PAGES,
  what: "eInnsyn's list",
};

export class EinnsynPort implements PublicationPort {
  readonly kind = 'einnsyn' as const;
  readonly key: string;
  private readonly client: ApiClient;

  constructor(
    private readonly config: AdapterConfig,
    private readonly now: () => number = Date.now,
  ) {
    this.client = getClient(config.baseUrl);
    this.key = `einnsyn ${this.client.baseUrl} ${config.publisher}`;
  }

  async getService(options: ReadOptions = {}): Promise<ServiceDocument> {
    const unit = await this.publisherUnit(options);
    return {
      apiVersion: '1.0',
      publisher: { id: unit.id, name: unitName(unit, options.language), organizationNumber: unit.orgnummer ?? null },
      languages: ['nb', 'nn', 'en', 'se'],
      // No calendar feed. No full-text search either: eInnsyn's query reads titles, document titles and correspondents,
      // never the files, and its `fulltext` parameter only filters on whether a file is published (einnsyn-journal.ts).
      capabilities: { meetings: true, journal: true, accessRequests: true, calendarFeed: false, fullTextSearch: false },
    };
  }

  async listBodies(options: ReadOptions = {}): Promise<Body[]> {
    return bodiesOf(await this.subUnits(options), options.language, osloDateKey(new Date(this.now())));
  }

  /** The administrative units (not committees) below the publisher, by name as the journal shows them. */
  async listUnits(options: ReadOptions = {}): Promise<Unit[]> {
    return unitsOf(await this.subUnits(options), options.language).map((unit) => ({ name: unit.name }));
  }

  private async subUnits(options: ReadOptions): Promise<Enhet[]> {
    const unit = await this.publisherUnit(options);
    const units = await this.readAll(`enhet/${segment(unit.id)}/underenhet`, { limit: 100, expand: 'underenhet.underenhet' }, options);
    return units.flatMap((item) => parseOrSkip(EnhetSchema, item) ?? []);
  }

  async listMeetings(query: MeetingQuery, options: ReadOptions = {}): Promise<Meeting[]> {
    const [unit, bodies] = await Promise.all([this.publisherUnit(options), this.listBodies(options)]);
    const range: QueryParams = {
      entity: 'Moetemappe',
      moetedatoFrom: osloDay(query.from),
      moetedatoTo: osloDay(query.to),
      sortBy: 'moetedato',
      sortOrder: 'asc',
      limit: 100,
      expand: 'utvalgObjekt',
    };
    const wanted = query.body?.filter(Boolean) ?? [];
    const searches = wanted.length
      ? [
          this.readAll('search', { ...range, administrativEnhetExact: wanted.join(',') }, options),
          // Meetings whose utvalg code matched no registered unit sit on the municipality's own unit, named only in text.
          this.readAll('search', { ...range, administrativEnhetExact: unit.id }, options).then((items) =>
            items.filter((item) => {
              const utvalg = (item as { utvalg?: unknown } | null)?.utvalg;
              return typeof utvalg === 'string' && bodies.some((body) => wanted.includes(body.id) && (sameName(body.name, utvalg) || sameName(body.shortName ?? '', utvalg)));
            }),
          ),
        ]
      : [this.readAll('search', { ...range, administrativEnhet: unit.id }, options)];
    const context = { publisherId: unit.id, bodies, baseUrl: this.client.baseUrl, now: this.now() };
    const seen = new Set<string>();
    const meetings = (await Promise.all(searches)).flat().flatMap((item) => {
      const mappe = parseOrSkip(MoetemappeSchema, item);
      if (!mappe || seen.has(mappe.id)) return [];
      seen.add(mappe.id);
      return toMeeting(mappe, context) ?? [];
    });
    const filtered = wanted.length ? meetings.filter((meeting) => wanted.includes(meeting.body.id)) : meetings;
    const status = query.status?.length ? query.status : undefined;
    return filtered
      .filter((meeting) => !status || status.includes(meeting.status))
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  }

  async getMeeting(id: string, options: ReadOptions = {}): Promise<MeetingDetail> {
    const url = `moetemappe/${segment(id)}`;
    const [unit, bodies, mappe] = await Promise.all([
      this.publisherUnit(options),
      this.listBodies(options),
      this.client.get(url, MoetemappeSchema, {
        ...options,
        params: { expand: MOETEMAPPE_EXPAND.join(',') },
      }),
    ]);
    const detail = toMeetingDetail(mappe, { publisherId: unit.id, bodies, baseUrl: this.client.baseUrl, now: this.now() });
    if (!detail) throw new ApiError('bad-data', this.client.url(url), 'eInnsyn sent a meeting without a usable date.');
    return detail;
  }

  calendarFeedUrl(): null {
    return null;
  }

  async searchJournal(query: PortJournalQuery, options: ReadOptions = {}): Promise<PortJournalPage> {
    const link = query.next || query.previous;
    let path: string;
    let params: QueryParams | undefined;
    if (link) {
      path = this.client.resolveLink(link, query.next ? 'next' : 'previous');
    } else {
      refuseUnsupportedFilters(query, this.client.url('search'));
      const unit = await this.publisherUnit(options);
      const names = (Array.isArray(query.unit) ? query.unit : [query.unit ?? '']).map((name) => name.trim()).filter(Boolean);
      const unitIds = names.length ? unitsOf(await this.subUnits(options), options.language, true).filter((u) => names.includes(u.name) || names.includes(u.navn)).map((u) => u.id) : [];
      path = 'search';
      params = journalSearchParams(query, unit.id, unitIds);
    }
    const page = await this.client.get(path, ListSchema, { ...options, params });
    const items = page.items.flatMap((item) => {
      const post = parseOrSkip(JournalpostSchema, item);
      return (post && toJournalEntry(post, this.client.baseUrl, options.language)) ?? [];
    });
    return {
      items,
      next: page.next ? this.client.resolveLink(page.next, 'next') : null,
      previous: page.previous ? this.client.resolveLink(page.previous, 'previous') : null,
      // eInnsyn does not count matches: this page's entries, and one more when another page follows, surely match.
      total: null,
      totalAtLeast: page.items.length + (page.next ? 1 : 0),
    };
  }

  async getJournalEntry(id: string, options: ReadOptions = {}): Promise<JournalEntry> {
    const url = `journalpost/${segment(id)}`;
    const post = await this.client.get(url, JournalpostSchema, { ...options, params: { expand: JOURNALPOST_EXPAND.join(',') } });
    const entry = toJournalEntry(post, this.client.baseUrl, options.language);
    if (!entry) throw new ApiError('bad-data', this.client.url(url), 'eInnsyn sent a journal entry of a kind the journal does not show.');
    return entry;
  }

  async submitAccessRequest(request: AccessRequest, _idempotencyKey: string, options: RequestOptions = {}): Promise<PortAccessReceipt> {
    const url = this.client.url('innsynskravBestilling');
    refuseOtherKinds(request.entries, url);
    const { order, remaining } = firstOrder(request);
    let created: v.InferOutput<typeof InnsynskravBestillingSchema>;
    try {
      created = await this.client.post('innsynskravBestilling', order, InnsynskravBestillingSchema, options);
    } catch (error) {
      throw isTooManyUnverifiedOrders(error) ? confirmEarlierOrderError(error) : error;
    }
    return {
      id: created.id,
      // eInnsyn e-mails a confirmation link and sends the order on only once it is followed.
      status: created.verified ? 'received' : 'awaiting-confirmation',
      receivedAt: new Date(this.now()).toISOString(),
      confirmedAt: null,
      email: created.email,
      entries: request.entries.slice(0, request.entries.length - remaining.length),
      remaining,
      confirmationSender: 'eInnsyn',
    };
  }

  invalidate(): void {
    this.client.invalidate();
  }

  /** The publisher's unit, looked up by what the page gave (id, organisation number or slug); cached by the client. */
  private publisherUnit(options: ReadOptions): Promise<Enhet> {
    return this.client.get(`enhet/${segment(this.config.publisher)}`, EnhetSchema, { signal: options.signal, cache: options.cache });
  }

  private readAll(path: string, params: QueryParams, options: ReadOptions): Promise<unknown[]> {
    return collectPages(this.client, path, params, EINNSYN_LIST, options);
  }

}

export function createEinnsynPort(config: AdapterConfig): EinnsynPort {
  return new EinnsynPort(config);
}

function osloDay(value: string | Date): string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : osloDateKey(value);
}
