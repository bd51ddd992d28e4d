import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ApiClient } from '../../src/api/client.js';
import { getMeeting, getService, listBodies, listMeetings } from '../../src/api/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { rawMeeting } from '../fixtures/raw-meeting.js';
import { rejection } from './rejection.js';

const BASE = 'https://tolerant.example/api';
const MONTH = { from: '2026-11-01', to: '2026-11-30' };

const service = {
  apiVersion: '1.0',
  publisher: { id: 'k-1', name: 'Eksempel kommune', organizationNumber: null },
  languages: ['nb'],
  capabilities: { meetings: true, journal: false, accessRequests: true, calendarFeed: true, fullTextSearch: false },
};

/** Collects console.warn lines while `run` goes. */
async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return lines;
}

function serveMeetings(items: unknown[]) {
  worker.use(http.get(`${BASE}/meetings`, () => HttpResponse.json({ items, next: null, total: items.length })));
}

describe('reading a real server tolerantly', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('leaves out one meeting it cannot read, keeps the rest, and warns once naming the field', async () => {
    serveMeetings([
      rawMeeting({ id: 'ok-1', start: '2026-11-19T10:00:00+01:00' }),
      rawMeeting({ id: 'bad-offset', start: '2026-11-20T10:00:00+01' }),
      rawMeeting({ id: 'ok-2', start: '2026-11-21T10:00:00Z' }),
    ]);
    const client = new ApiClient(BASE);
    let meetings: { id: string }[] = [];
    const lines = await warnings(async () => {
      meetings = await listMeetings(client, MONTH);
      await listMeetings(client, MONTH); // from the cache: no second warning
    });
    expect(meetings.map((meeting) => meeting.id)).to.deep.equal(['ok-1', 'ok-2']);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain('"bad-offset"').and.to.contain('start');
  });

  it('reads lower-case t and z and a leap second, which RFC 3339 allows, as dates the browser can use', async () => {
    serveMeetings([
      rawMeeting({ id: 'lower', start: '2026-11-20t09:00:00z' }),
      rawMeeting({ id: 'leap', start: '2016-12-31T23:59:60Z' }),
    ]);
    const meetings = await listMeetings(new ApiClient(BASE), MONTH);
    expect(meetings.map((meeting) => new Date(meeting.start).toISOString())).to.deep.equal([
      '2026-11-20T09:00:00.000Z',
      '2016-12-31T23:59:59.999Z',
    ]);
  });

  it('reads a meeting status and a document type it does not know as neutral values instead of dropping the meeting', async () => {
    const notice = {
      id: 'd-1', title: 'Innkalling', type: 'summons', mediaType: 'application/pdf', size: 1, url: 'https://tolerant.example/d-1',
      publishedAt: '2026-11-10T10:00:00Z',
    };
    serveMeetings([rawMeeting({ id: 'm-1', status: 'postponed', notice })]);
    const [meeting] = await listMeetings(new ApiClient(BASE), MONTH);
    expect(meeting!.status).to.equal('planned');
    expect(meeting!.notice!.type).to.equal('other');
  });

  it('reads a body kind it does not know as "other"', async () => {
    worker.use(
      http.get(`${BASE}/bodies`, () =>
        HttpResponse.json({ items: [{ id: 'b-1', name: 'Ungdomsrådet', shortName: null, kind: 'youth-council', active: true }], next: null }),
      ),
    );
    const bodies = await listBodies(new ApiClient(BASE));
    expect(bodies.map((body) => body.kind)).to.deep.equal(['other']);
  });

  it('leaves out one agenda item it cannot read and shows the meeting', async () => {
    worker.use(
      http.get(`${BASE}/meetings/m-1`, () =>
        HttpResponse.json({
          ...rawMeeting({ id: 'm-1' }),
          agendaItems: [
            { id: 1 },
            {
              id: 'i-2', number: 'PS 2/26', sequence: 2, title: 'Budsjett', caseNumber: null, closed: false, exemptionBasis: null,
              documents: [], decision: null, canRequestAccess: false,
            },
          ],
        }),
      ),
    );
    let ids: string[] = [];
    const lines = await warnings(async () => {
      ids = (await getMeeting(new ApiClient(BASE), 'm-1')).agendaItems.map((item) => item.id);
    });
    expect(ids).to.deep.equal(['i-2']);
    expect(lines.join('\n')).to.contain('agenda item [0]').and.to.contain('id');
  });

  it('still refuses a list that is not a list', async () => {
    worker.use(http.get(`${BASE}/meetings`, () => HttpResponse.json({ items: 'none', next: null })));
    expect((await rejection(listMeetings(new ApiClient(BASE), MONTH))).kind).to.equal('bad-data');
  });

  it('finds the service document at {api}/ when the server answers only there', async () => {
    // msw matches both spellings with one pattern, so the handler tells them apart itself.
    worker.use(
      http.get(BASE, ({ request }) =>
        request.url.endsWith('/')
          ? HttpResponse.json(service)
          : HttpResponse.json({ type: 'about:blank', title: 'Not found', status: 404 }, { status: 404 }),
      ),
    );
    expect((await getService(new ApiClient(BASE))).publisher.name).to.equal('Eksempel kommune');
  });

  it('refuses an answer that redirects to another origin, with an error that says so', async () => {
    worker.use(
      http.get(`${BASE}/meetings`, () => HttpResponse.redirect('https://elsewhere.example/meetings', 302)),
      http.get('https://elsewhere.example/meetings', () => HttpResponse.json({ items: [rawMeeting({ id: 'planted' })], next: null })),
    );
    const error = await rejection(listMeetings(new ApiClient(BASE), MONTH));
    expect(error.kind).to.equal('redirect');
    expect(error.message).to.contain('https://elsewhere.example');
  });

  it('still follows a redirect within the API origin', async () => {
    worker.use(
      http.get(`${BASE}/meetings`, () => HttpResponse.redirect(`${BASE}/v2/meetings`, 302)),
      http.get(`${BASE}/v2/meetings`, () => HttpResponse.json({ items: [rawMeeting({ id: 'moved-api' })], next: null })),
    );
    expect((await listMeetings(new ApiClient(BASE), MONTH)).map((meeting) => meeting.id)).to.deep.equal(['moved-api']);
  });
});
