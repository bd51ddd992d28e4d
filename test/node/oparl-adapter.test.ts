// The OParl adapter over the fixtures: 1.0 and 1.1 objects, paginated lists, and the quirks of live endpoints.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { OparlPort, REFERENCE_CONCURRENCY } from '../../src/api/adapters/oparl/oparl-port.js';
import { getClient } from '../../src/api/client.js';
import type { ApiError } from '../../src/api/errors.js';
import { finanzausschuss, meetingFull, meetingListed, meetingQuirky, meetingReferenced, OPARL_BASE, stadtrat } from '../fixtures/oparl/fixtures.js';
import { createOparlFake, type OparlFake } from '../mocks/oparl-server.js';

const realFetch = globalThis.fetch;
let fake: OparlFake;
const NOW = Date.parse('2026-11-25T12:00:00Z');
const port = () => new OparlPort({ baseUrl: OPARL_BASE, publisher: '' }, () => NOW);

beforeEach(() => {
  fake = createOparlFake();
  getClient(OPARL_BASE).invalidate();
  globalThis.fetch = (input, init) => fake.handle(new Request(input, init));
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('OParl', () => {
  test('System → Body gives the publisher; OParl offers meetings only', async () => {
    const service = await port().getService();
    assert.equal(service.publisher.name, 'Stadt Beispielstadt');
    assert.deepEqual(service.capabilities, { meetings: true, journal: false, accessRequests: false, calendarFeed: false, fullTextSearch: false });
  });

  test('bodies come from every page of the organization list; factions are left out; 1.0 type URIs are read', async () => {
    const bodies = await port().listBodies();
    assert.deepEqual(bodies.map((b) => [b.name, b.kind, b.active]), [
      ['Finanzausschuss', 'committee', true],
      ['Kulturausschuss', 'committee', false],
      ['Stadtrat', 'council', true],
    ]);
  });

  test('meetings of a month across pages: cancelled, and the quirky 1.0 meeting with its documents from auxiliaryFile', async () => {
    const meetings = await port().listMeetings({ from: '2026-06-01', to: '2026-06-30' });
    assert.deepEqual(meetings.map((m) => [m.body.name, m.status, m.end, m.location]), [
      ['Stadtrat', 'held', '2026-06-10T21:00:00+02:00', 'Rathaus, Ratssaal'],
      ['Finanzausschuss', 'held', null, null],
      ['Finanzausschuss', 'cancelled', '2026-06-24T18:00:00+02:00', null],
    ]);
    const quirky = meetings[1]!;
    assert.equal(quirky.notice?.url, 'http://ris.beispielstadt.example/files/5.pdf', 'http:// is shown as published, not upgraded');
    assert.equal(quirky.minutes?.title, 'Niederschrift Finanzausschuss');
    assert.equal(quirky.notice?.publishedAt, quirky.start, '"created": "" falls back to the meeting date');
    assert.equal(quirky.minutes?.size, null, '"N/A" is no size');
  });

  test('filtered by body', async () => {
    const meetings = await port().listMeetings({ from: '2026-06-01', to: '2026-06-30', body: [stadtrat.id] });
    assert.deepEqual(meetings.map((m) => m.id), [meetingFull.id]);
  });

  test('an agenda: numbers, decisions, closed items, files with type and size', async () => {
    const meeting = await port().getMeeting(meetingFull.id);
    assert.equal(meeting.notice?.mediaType, 'application/pdf');
    assert.deepEqual(meeting.agendaItems.map((i) => [i.number, i.title, i.closed]), [
      ['1', 'Eröffnung der Sitzung', false],
      ['2', 'Haushaltssatzung 2027', false],
      ['3', 'Grundstücksangelegenheit', true],
    ]);
    const budget = meeting.agendaItems[1]!;
    assert.equal(budget.decision, '<p><strong>Beschlossen</strong></p><p>Der Stadtrat beschließt die Haushaltssatzung 2027.</p>');
    assert.deepEqual(budget.documents.map((d) => [d.type, d.title, d.size]), [
      ['decision', 'Beschluss Haushaltssatzung', 82933],
      ['attachment', 'Entwurf Haushaltsplan', 82934],
    ]);
    assert.equal(meeting.agendaItems[2]!.decision, null, 'a closed item shows no decision');
  });

  test('a meeting without agenda items has an empty agenda, and "N/A" is not a title', async () => {
    const meeting = await port().getMeeting(meetingQuirky.id);
    assert.deepEqual(meeting.agendaItems, []);
    assert.equal(meeting.body.id, finanzausschuss.id);
  });

  test('agenda items given as a list URL are read from its pages, not one request per item', async () => {
    const meeting = await port().getMeeting(meetingListed.id);
    assert.deepEqual(meeting.agendaItems.map((i) => [i.number, i.title]), [
      ['1', 'Eröffnung'],
      ['2', 'Bebauungsplan Nr. 12 "Am Bach"'],
      ['3', 'Anfragen'],
    ]);
    assert.equal(fake.requests.filter((url) => url.pathname.includes('agendaItems')).length, 2);
    assert.equal(meeting.status, 'planned');
  });

  test('agenda items and files given as URLs of single objects are fetched, a few at a time; one that fails is left out', async () => {
    let inFlight = 0;
    let most = 0;
    globalThis.fetch = async (input, init) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        // Let every request the adapter starts at once be in flight together before any answers.
        await new Promise((resolve) => setImmediate(resolve));
        return await fake.handle(new Request(input, init));
      } finally {
        inFlight -= 1;
      }
    };
    const meeting = await port().getMeeting(meetingReferenced.id);
    assert.deepEqual(meeting.agendaItems.map((item) => [item.number, item.title]), [
      ['1', 'Eröffnung'],
      ['2', 'Radverkehrskonzept'],
      ['4', 'Verschiedenes'],
    ], 'the item whose URL answers 404 is left out, not the agenda');
    assert.equal(meeting.notice?.title, 'Einladung Stadtrat Juli');
    assert.deepEqual(meeting.agendaItems[0]!.documents.map((d) => d.title), ['Präsentation Radverkehr'], 'the file whose URL answers 500 is left out');
    assert.deepEqual(meeting.agendaItems[1]!.documents.map((d) => [d.type, d.title]), [['decision', 'Beschluss Radverkehrskonzept']]);
    assert.ok(most <= REFERENCE_CONCURRENCY, `at most ${REFERENCE_CONCURRENCY} requests at once, saw ${most}`);
    const fetched = fake.requests.filter((url) => /\/(agendaitem|file)\//.test(url.pathname)).length;
    assert.equal(fetched, 4 + 4, 'each referenced item and file once');
  });

  test('the journal and access requests say OParl has none', async () => {
    await assert.rejects(port().searchJournal(), (e: ApiError) => e.kind === 'config' && /no public journal/.test(e.message));
  });
});

test('OParl: a list whose next link loops is stopped with an error, not followed forever', async () => {
  globalThis.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.endsWith('/body/1/organizations')) return fake.handle(new Request(input, init));
    return new Response(JSON.stringify({ data: [], links: { next: url } }), { headers: { 'Content-Type': 'application/json' } });
  };
  await assert.rejects(port().listBodies(), (e: ApiError) => e.kind === 'bad-data' && /did not end/.test(e.message));
});
