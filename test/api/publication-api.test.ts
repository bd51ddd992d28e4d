import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ApiClient } from '../../src/api/client.js';
import { getJournalEntry, listUnits, searchJournal, submitAccessRequest } from '../../src/api/journal-api.js';
import {
  MAX_PAGES,
  calendarFeedUrl,
  getMeeting,
  getService,
  listBodies,
  listMeetings,
} from '../../src/api/publication-api.js';
import type { AccessRequest } from '../../src/api/types.js';
import { startWorker, worker } from '../mocks/worker.js';
import { rawMeeting } from '../fixtures/raw-meeting.js';
import { rejection } from './rejection.js';
import { meetings, miniDataset } from '../fixtures/mini-dataset.js';
import { serveDataset } from '../mocks/publication-api.js';

const BASE = 'https://kommune.example/innsyn/api';

const meeting = (id: string, overrides: Record<string, unknown> = {}) => rawMeeting({ id, ...overrides });

function journalEntry(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    journalNumber: '2025/123-1',
    journalDate: '2025-03-01',
    documentDate: null,
    type: 'I',
    title: 'Søknad om dispensasjon',
    titleScreened: false,
    caseNumber: '2025/123',
    caseTitle: 'Gnr 1 bnr 2 - dispensasjon',
    correspondents: [{ role: 'sender', name: 'Ola Nordmann', screened: false }],
    unit: 'Plan og bygg',
    exemptionBasis: null,
    propertyNumbers: [],
    documents: [],
    canRequestAccess: true,
    ...overrides,
  };
}

describe('publication API', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('reads the service document from the base URL', async () => {
    const service = {
      apiVersion: '1.0',
      publisher: { id: 'k-1', name: 'Eksempel kommune', organizationNumber: null },
      languages: ['nb', 'nn'],
      capabilities: { meetings: true, journal: true, accessRequests: true, calendarFeed: true, fullTextSearch: false },
    };
    worker.use(http.get(BASE, () => HttpResponse.json(service)));
    expect(await getService(new ApiClient(BASE))).to.deep.equal(service);
  });

  it('lists meetings across pages, following relative and absolute next links with the filters, until next is null', async () => {
    const seen: string[] = [];
    worker.use(
      http.get(`${BASE}/meetings`, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url.search);
        const cursor = url.searchParams.get('cursor');
        if (!cursor) return HttpResponse.json({ items: [meeting('m-1')], next: 'meetings?cursor=2&body=b-1', total: 3 });
        if (cursor === '2') {
          return HttpResponse.json({ items: [meeting('m-2')], next: `${BASE}/meetings?cursor=3&body=b-1`, total: 3 });
        }
        return HttpResponse.json({ items: [meeting('m-3')], next: null, total: 3 });
      }),
    );
    const meetings = await listMeetings(new ApiClient(BASE), {
      from: '2025-01-01',
      to: new Date('2025-12-31T23:00:00Z'),
      body: ['b-1', 'b-2'],
      status: ['planned'],
    });
    expect(meetings.map((m) => m.id)).to.deep.equal(['m-1', 'm-2', 'm-3']);
    expect(seen).to.deep.equal([
      '?from=2025-01-01&to=2025-12-31T23%3A00%3A00.000Z&body=b-1&body=b-2&status=planned&limit=200',
      '?cursor=2&body=b-1',
      '?cursor=3&body=b-1',
    ]);
  });

  /** 1,001 meetings in September 2026, served by the reference server's handlers: 6 pages of 200. */
  function serveBusyMonth() {
    const busy = Array.from({ length: 1001 }, (_, i) => ({
      ...meetings[0]!,
      id: `busy-${i}`,
      start: `2026-09-${String((i % 30) + 1).padStart(2, '0')}T${String(8 + (i % 12)).padStart(2, '0')}:00:00+02:00`,
    }));
    serveDataset(miniDataset({ meetings: [...busy].sort((a, b) => a.start.localeCompare(b.start)) }), BASE);
    return busy.map((meeting) => meeting.id).sort();
  }

  it('reads a busy month after its first page as time slices in parallel, each meeting once and in order of start', async () => {
    const ids = serveBusyMonth();
    const rounds: { search: URLSearchParams; inFlight: number }[] = [];
    let inFlight = 0;
    let release!: () => void;
    const secondArrived = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get(`${BASE}/meetings`, async ({ request }) => {
        const search = new URL(request.url).searchParams;
        if (!search.has('cursor') && rounds.length > 0) {
          // A slice: waits until another slice is asked for too (or, read one after another, for 2 s).
          inFlight += 1;
          rounds.push({ search, inFlight });
          if (inFlight >= 2) release();
          await Promise.race([secondArrived, new Promise((resolve) => setTimeout(resolve, 2000))]);
          inFlight -= 1;
        } else rounds.push({ search, inFlight });
        // Falls through to the dataset's answer.
      }),
    );
    const read = await listMeetings(new ApiClient(BASE), { from: '2026-09-01', to: '2026-09-30' });
    expect(read.map((meeting) => meeting.id).sort()).to.deep.equal(ids);
    expect(read.map((meeting) => meeting.start)).to.deep.equal(read.map((meeting) => meeting.start).sort());
    const slices = rounds.slice(1).filter(({ search }) => !search.has('cursor'));
    expect(slices.length).to.be.within(2, 6);
    expect(Math.max(...slices.map(({ inFlight }) => inFlight))).to.be.at.least(2);
    expect(slices.at(-1)!.search.get('to')).to.equal('2026-09-30');
  });

  it('follows the next links of a busy month when the server takes only dates in from and to', async () => {
    const ids = serveBusyMonth();
    let refused = 0;
    worker.use(
      http.get(`${BASE}/meetings`, ({ request }) => {
        if (!new URL(request.url).searchParams.get('from')?.includes('T')) return undefined;
        refused += 1;
        return HttpResponse.json({ type: 'about:blank', title: 'Bad Request', status: 400 }, { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
      }),
    );
    const read = await listMeetings(new ApiClient(BASE), { from: '2026-09-01', to: '2026-09-30' });
    expect(refused).to.be.at.least(1);
    expect(read.map((meeting) => meeting.id).sort()).to.deep.equal(ids);
  });

  for (const next of ['https://evil.example/collect?cursor=2', '//evil.example/collect?cursor=2']) {
    it(`refuses a next link to another origin (${next}) as bad data without following it`, async () => {
      worker.use(http.get(`${BASE}/meetings`, () => HttpResponse.json({ items: [meeting('m-1')], next, total: 2 })));
      const error = await rejection(listMeetings(new ApiClient(BASE), { from: '2025-01-01', to: '2025-12-31' }));
      expect(error.kind).to.equal('bad-data');
      expect(error.issues?.[0]).to.contain('https://evil.example');
    });
  }

  it('stops a list that never ends after the page limit', async () => {
    let requests = 0;
    worker.use(
      http.get(`${BASE}/bodies`, () => {
        requests += 1;
        return HttpResponse.json({ items: [], next: `bodies?cursor=${requests}`, total: null });
      }),
    );
    const error = await rejection(listBodies(new ApiClient(BASE)));
    expect(error.kind).to.equal('bad-data');
    expect(requests).to.equal(MAX_PAGES);
  });

  it('stops a next link that points back to an earlier page', async () => {
    let requests = 0;
    worker.use(
      http.get(`${BASE}/bodies`, () => {
        requests += 1;
        return HttpResponse.json({ items: [], next: 'bodies', total: null });
      }),
    );
    expect((await rejection(listBodies(new ApiClient(BASE)))).kind).to.equal('bad-data');
    expect(requests).to.equal(1);
  });

  it('fetches one meeting by its encoded id, and refuses an id that would climb out of the path', async () => {
    let path = '';
    worker.use(
      http.get(`${BASE}/meetings/*`, ({ request }) => {
        path = new URL(request.url).pathname;
        return HttpResponse.json({ ...meeting('a/b c'), agendaItems: [] });
      }),
    );
    const client = new ApiClient(BASE);
    const detail = await getMeeting(client, 'a/b c');
    expect(detail.agendaItems).to.deep.equal([]);
    expect(path).to.equal('/innsyn/api/meetings/a%2Fb%20c');
    expect((await rejection(getMeeting(client, '..'))).kind).to.equal('bad-request');
  });

  it('builds the calendar feed URL for all bodies or some', () => {
    const client = new ApiClient(BASE);
    expect(calendarFeedUrl(client)).to.equal(`${BASE}/meetings.ics`);
    expect(calendarFeedUrl(client, ['b-1', 'b-2'])).to.equal(`${BASE}/meetings.ics?body=b-1&body=b-2`);
  });

  it('keeps a journal page whose next link points to another origin, offering no further page', async () => {
    worker.use(
      http.get(`${BASE}/journal`, () =>
        HttpResponse.json({ items: [journalEntry('j-1')], next: 'https://evil.example/journal?cursor=2', total: 2 }),
      ),
    );
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const page = await searchJournal(new ApiClient(BASE), { q: 'bygg' });
      expect(page.items.map((entry) => entry.id)).to.deep.equal(['j-1']);
      expect(page.next).to.equal(null);
      expect(String(warnings[0]?.[0])).to.contain('another origin');
    } finally {
      console.warn = warn;
    }
  });

  it('searches the journal one page at a time, returning an absolute next link that fetches the page after', async () => {
    const queries: string[] = [];
    worker.use(
      http.get(`${BASE}/journal`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        return url.searchParams.has('cursor')
          ? HttpResponse.json({ items: [journalEntry('j-2')], next: null, total: 2 })
          : HttpResponse.json({ items: [journalEntry('j-1')], next: '/innsyn/api/journal?q=bygg&cursor=c2', total: 2 });
      }),
    );
    const client = new ApiClient(BASE);
    const first = await searchJournal(client, { q: ' bygg ', type: ['I', 'U'], limit: 1 });
    expect(first.items.map((e) => e.id)).to.deep.equal(['j-1']);
    expect(first.next).to.equal(`${BASE}/journal?q=bygg&cursor=c2`);
    expect(first.total).to.equal(2);

    const second = await searchJournal(client, { q: 'ignored', next: first.next });
    expect(second.items.map((e) => e.id)).to.deep.equal(['j-2']);
    expect(second.next).to.equal(null);
    expect(queries).to.deep.equal(['?q=bygg&type=I&type=U&limit=1', '?q=bygg&cursor=c2']);
  });

  it('sends every journal filter under the contract\'s name, and the reference server accepts them', async () => {
    serveDataset(miniDataset(), BASE);
    const sent: string[] = [];
    const record = ({ request }: { request: Request }) => void sent.push(new URL(request.url).search);
    worker.events.on('request:start', record);
    try {
      const page = await searchJournal(new ApiClient(BASE), {
        q: 'bygg',
        sort: 'journalDate',
        fulltext: true,
        from: new Date('2026-03-01T23:30:00Z'),
        to: '2026-03-31',
        type: ['I'],
        unit: ['Plan og bygg', 'Teknisk, drift'],
        case: '2026/12',
        property: '12/34',
        correspondent: ' Nordmann ',
        exemptionBasis: ['Offl. § 13', ' '],
        limit: 5,
      });
      expect(page.items).to.deep.equal([]);
      expect(page.totalAtLeast).to.equal(null);
    } finally {
      worker.events.removeListener('request:start', record);
    }
    const params = new URLSearchParams(sent[0]);
    expect([...params]).to.deep.equal([
      ['q', 'bygg'], ['sort', 'journalDate'], ['fulltext', 'true'], ['from', '2026-03-02'], ['to', '2026-03-31'], ['type', 'I'],
      ['unit', 'Plan og bygg'], ['unit', 'Teknisk, drift'], ['case', '2026/12'], ['property', '12/34'], ['correspondent', 'Nordmann'],
      ['exemptionBasis', 'Offl. § 13'], ['limit', '5'],
    ]);
  });

  it('reads a lower bound of the matches when the API gives no total, and lists the units', async () => {
    worker.use(
      http.get(`${BASE}/journal`, () => HttpResponse.json({ items: [journalEntry('j-1')], next: null, total: null, totalAtLeast: 1000 })),
      http.get(`${BASE}/units`, () => HttpResponse.json({ items: [{ name: 'Plan og byggesak' }, { name: 'Helse og omsorg' }], next: null })),
    );
    const client = new ApiClient(BASE);
    const page = await searchJournal(client, { q: 'bygg' });
    expect([page.total, page.totalAtLeast]).to.deep.equal([null, 1000]);
    expect(await listUnits(client)).to.deep.equal([{ name: 'Plan og byggesak' }, { name: 'Helse og omsorg' }]);
  });

  it('passes hostile strings in journal entries through as data, unchanged', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    worker.use(
      http.get(`${BASE}/journal/j-1`, () =>
        HttpResponse.json(journalEntry('j-1', { title: hostile, correspondents: [{ role: 'sender', name: hostile, screened: false }] })),
      ),
    );
    const entry = await getJournalEntry(new ApiClient(BASE), 'j-1');
    expect(entry.title).to.equal(hostile);
    expect(entry.correspondents[0]?.name).to.equal(hostile);
  });

  it('rejects a javascript: document link in an entry as bad data', async () => {
    const document = {
      id: 'd-1',
      title: 'Vedlegg',
      type: 'attachment',
      mediaType: 'application/pdf',
      size: 10,
      url: 'javascript:alert(1)',
      publishedAt: '2025-03-01T10:00:00Z',
    };
    worker.use(http.get(`${BASE}/journal/j-1`, () => HttpResponse.json(journalEntry('j-1', { documents: [document] }))));
    const error = await rejection(getJournalEntry(new ApiClient(BASE), 'j-1'));
    expect(error.kind).to.equal('bad-data');
    expect(error.issues?.[0]).to.match(/^documents\[0\]\.url: /);
  });

  it('submits an access request once, with its idempotency key, and returns the receipt', async () => {
    let requests = 0;
    let key: string | null = null;
    let sent: unknown;
    const request: AccessRequest = {
      email: 'ola@example.no',
      name: 'Ola',
      message: null,
      language: 'nb',
      entries: [{ kind: 'journal-entry', id: 'j-1' }],
    };
    worker.use(
      http.post(`${BASE}/access-requests`, async ({ request: req }) => {
        requests += 1;
        key = req.headers.get('idempotency-key');
        sent = await req.json();
        return HttpResponse.json(
          { id: 'r-1', status: 'awaiting-confirmation', receivedAt: '2025-03-01T10:00:00Z', email: 'ola@example.no', entries: request.entries },
          { status: 201 },
        );
      }),
    );
    const receipt = await submitAccessRequest(new ApiClient(BASE), request, 'key-123', { language: 'nb' });
    expect(receipt.id).to.equal('r-1');
    expect(key).to.equal('key-123');
    expect(sent).to.deep.equal(request);
    expect(requests).to.equal(1);
  });
});
