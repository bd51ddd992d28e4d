// The eInnsyn adapter over the fixtures: what the elements get, and which requests it costs.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { EinnsynPort } from '../../src/api/adapters/einnsyn/einnsyn-port.js';
import { legalBasisInTitle, meetingLink } from '../../src/api/adapters/einnsyn/einnsyn-meetings.js';
import { PROBLEM_CONFIRM_EARLIER_REQUEST, PROBLEM_NOT_REQUESTABLE } from '../../src/api/port.js';
import { getClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import { EINNSYN_BASE, formannskapet, journalposter, kommunestyret, kst05, kst09, fsk07 } from '../fixtures/einnsyn/fixtures.js';
import { createEinnsynFake, type EinnsynFake } from '../mocks/einnsyn-server.js';

const realFetch = globalThis.fetch;
let fake: EinnsynFake;
const NOW = Date.parse('2026-11-25T12:00:00Z');

function port(publisher = 'eksempel-kommune'): EinnsynPort {
  return new EinnsynPort({ baseUrl: EINNSYN_BASE, publisher }, () => NOW);
}

beforeEach(() => {
  fake = createEinnsynFake({ now: () => NOW });
  getClient(EINNSYN_BASE).invalidate();
  globalThis.fetch = (input, init) => fake.handle(new Request(input, init));
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

const paths = () => fake.requests.map((url) => url.pathname);

describe('eInnsyn: service and bodies', () => {
  test('the publisher is found by slug, organisation number or id, and has no calendar feed', async () => {
    for (const publisher of ['eksempel-kommune', '999999999', 'enh_01jx0000000000000000000001']) {
      const service = await port(publisher).getService();
      assert.equal(service.publisher.name, 'Eksempel kommune');
      assert.equal(service.capabilities.calendarFeed, false);
    }
    assert.equal(port().calendarFeedUrl(), null);
  });

  test('bodies are the committees among the sub-units: hidden ones left out, dissolved ones inactive, council first', async () => {
    const bodies = await port().listBodies();
    assert.deepEqual(bodies.map((b) => [b.name, b.kind, b.active, b.shortName]), [
      ['Kommunestyret', 'council', true, 'KST'],
      ['Formannskapet', 'executive', true, 'FSK'],
      ['Utvalg for oppvekst og kultur', 'committee', false, 'UOK'],
      ['Utvalg for plan og miljø', 'committee', true, 'UPM'],
      ['Eldrerådet', 'advisory', true, 'ER'],
    ]);
  });

  test('names follow the language where eInnsyn has them', async () => {
    const bodies = await port().listBodies({ language: 'en' });
    assert.equal(bodies[0]!.name, 'The Municipal Council');
    assert.equal(bodies[2]!.name, 'Utvalg for oppvekst og kultur');
  });
});

describe('eInnsyn: meetings', () => {
  test('a month of meetings comes from /search with entity=Moetemappe, the publisher and the dates', async () => {
    const meetings = await port().listMeetings({ from: '2026-06-01', to: '2026-06-30' });
    assert.deepEqual(meetings.map((m) => [m.body.name, m.start, m.status]), [
      ['Formannskapet', '2026-06-04T09:00:00+02:00', 'held'],
      ['Kommunestyret', '2026-06-11T18:00:00+02:00', 'held'],
      ['Utvalg for plan og miljø', '2026-06-18T10:00:00+02:00', 'held'],
    ]);
    const search = fake.requests.find((url) => url.pathname === '/search')!;
    assert.equal(search.searchParams.get('entity'), 'Moetemappe');
    assert.equal(search.searchParams.get('moetedatoFrom'), '2026-06-01');
    assert.equal(search.searchParams.get('moetedatoTo'), '2026-06-30');
    assert.equal(search.searchParams.get('administrativEnhet'), 'enh_01jx0000000000000000000001');
  });

  test('a meeting whose utvalg matched no unit is still found under its body, by the utvalg text', async () => {
    const meetings = await port().listMeetings({ from: '2026-06-01', to: '2026-06-30', body: [formannskapet.id] });
    assert.deepEqual(meetings.map((m) => [m.id, m.body.id]), [[fsk07.id, formannskapet.id]]);
    const exact = fake.requests.filter((url) => url.pathname === '/search').map((url) => url.searchParams.get('administrativEnhetExact'));
    assert.deepEqual(exact.sort(), [formannskapet.id, 'enh_01jx0000000000000000000001'].sort());
  });

  test('a meeting with its whole agenda costs one request, whatever the number of items', async () => {
    const p = port();
    await p.listBodies();
    fake.requests.length = 0;
    const meeting = await p.getMeeting(kst05.id);
    assert.deepEqual(paths().filter((path) => path.startsWith('/moetemappe')), [`/moetemappe/${kst05.id}`]);
    assert.equal(paths().length, 1, `requests: ${paths().join(', ')}`);
    assert.equal(meeting.body.id, kommunestyret.id);
    assert.equal(meeting.notice?.title, 'Innkalling og saksliste – Kommunestyret 11.06.2026');
    assert.equal(meeting.minutes?.type, 'minutes');
    assert.equal(meeting.recordingUrl, 'https://video.eksempel.kommune.example/kommunestyret/2026-06-11');
    assert.deepEqual(meeting.agendaItems.map((i) => [i.number, i.title, i.closed]), [
      ['PS 45/26', 'Reguleringsplan for Storåsen boligfelt – sluttbehandling', false],
      ['PS 46/26', 'Årsmelding for Eksempel kommune 2025', false],
      ['PS 47/26', 'Tilsetting av ***** – unntatt offentlighet, jf. offl. § 25', true],
      ['RS 3/26', 'Referat fra kontrollutvalget', false],
    ]);
    const [first, second, closed, referat] = meeting.agendaItems;
    assert.deepEqual(first!.documents.map((d) => [d.type, d.title]), [
      ['case-presentation', 'Saksframlegg – Reguleringsplan Storåsen'],
      ['attachment', 'Plankart Storåsen'],
      ['decision', 'Særutskrift – Reguleringsplan Storåsen'],
    ]);
    assert.match(first!.decision!, /Votering: 2 for, 1 mot, 0 blanke/);
    assert.equal(second!.decision, '<p>Årsmeldingen tas til orientering.</p><p>Vedtaket er enstemmig.</p>');
    assert.equal(closed!.decision, null);
    // A Moetesak has no skjerming in eInnsyn: the basis is the one its public title names.
    assert.equal(closed!.exemptionBasis, 'offl. § 25');
    assert.equal(first!.exemptionBasis, null, 'an open item gets no basis, whatever its title says');
    assert.deepEqual(referat!.documents, [], 'a document without a download URL is not listed');
    assert.ok(meeting.agendaItems.every((item) => !item.canRequestAccess));
  });

  test('the previous and next meeting come from referanseForrigeMoete/referanseNesteMoete, with a date when expanded', async () => {
    const meeting = await port().getMeeting(kst05.id);
    assert.deepEqual(meeting.nextMeeting, { id: kst09.id, start: kst09.moetedato });
    assert.equal(meeting.previousMeeting, null);
    assert.deepEqual(meetingLink({ entity: 'Moetemappe', id: kst09.id, moetedato: '2026-06-25T18:00:00' }), { id: kst09.id, start: '2026-06-25T18:00:00+02:00' });
    assert.deepEqual(meetingLink(kst09.id), { id: kst09.id, start: null }, 'an id alone, when not expanded');
    assert.equal(meetingLink('javascript:alert(1)'), null);
    assert.equal(meetingLink({ entity: 'Journalpost', id: 'jp_1' }), null);
  });

  test('a meeting still to come is planned, with its video as a live stream', async () => {
    const meetings = await port().listMeetings({ from: '2099-06-01', to: '2099-06-30' });
    assert.equal(meetings[0]!.status, 'planned');
    assert.equal(meetings[0]!.streamUrl, 'https://video.eksempel.kommune.example/direkte');
  });

  test('an unknown meeting is not-found', async () => {
    await assert.rejects(port().getMeeting('mm_01jx0000000000000000009999'), (e: ApiError) => e.kind === 'not-found');
  });
});

describe('eInnsyn: the legal basis in a closed item\'s title', () => {
  test('finds offentleglova, kommuneloven and forvaltningsloven as written, with ledd and nr, and nothing else', () => {
    assert.equal(legalBasisInTitle('Klage fra ***** – jf. Offl. § 13 jf. fvl. § 13 første ledd nr. 1'), 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    assert.equal(legalBasisInTitle('Personalsak *****, koml. § 11-5 andre ledd'), 'koml. § 11-5 andre ledd');
    assert.equal(legalBasisInTitle('Unntatt etter offentleglova §14'), 'offentleglova §14');
    assert.equal(legalBasisInTitle('Tilsetting av *****'), null);
    assert.equal(legalBasisInTitle('Vedtekter § 5 for barnehagene'), null);
  });
});

describe('eInnsyn: journal', () => {
  test('every filter maps to an eInnsyn search parameter', async () => {
    await port().searchJournal({
      q: '"Storåsen boligfelt" -skole',
      from: '2026-06-01',
      to: '2026-06-30',
      type: ['I', 'U'],
      correspondent: 'velforening',
      exemptionBasis: ['Offl. § 13'],
      case: '2026/1234',
      fulltext: true,
      limit: 10,
    });
    const search = fake.requests.find((url) => url.pathname === '/search')!.searchParams;
    assert.equal(search.get('entity'), 'Journalpost');
    assert.equal(search.get('query'), '"Storåsen boligfelt" -skole');
    assert.equal(search.get('journaldatoFrom'), '2026-06-01');
    assert.equal(search.get('journaldatoTo'), '2026-06-30');
    assert.equal(search.get('journalposttype'), 'inngaaende_dokument,utgaaende_dokument');
    assert.equal(search.get('korrespondansepartNavn'), 'velforening');
    assert.equal(search.get('skjermingshjemmel'), 'Offl. § 13');
    assert.equal(search.get('saksaar'), '2026');
    assert.equal(search.get('sakssekvensnummer'), '1234');
    // eInnsyn's fulltext=true means "has a published file", not "search the files": our switch is never passed on.
    assert.equal(search.get('fulltext'), null);
    assert.equal(search.get('sortBy'), 'score');
    assert.equal(search.get('limit'), '10');
  });

  test('offers no full-text search, since eInnsyn searches no file contents', async () => {
    const service = await port().getService();
    assert.equal(service.capabilities.fullTextSearch, false);
  });

  test('a property filter eInnsyn cannot apply is refused with the field named, not silently dropped', async () => {
    await assert.rejects(port().searchJournal({ property: '12/34' }), (e: ApiError) => e.kind === 'bad-request' && e.problem?.errors?.[0]?.field === 'property');
    assert.equal(fake.requests.filter((url) => url.pathname === '/search').length, 0);
  });

  test('entries map field by field; screened text stays screened with its legal basis; no total is claimed', async () => {
    const page = await port().searchJournal({ sort: 'journalDate' });
    assert.equal(page.total, null);
    const screened = page.items.find((entry) => entry.titleScreened)!;
    assert.equal(screened.title, 'Søknad om barnehageplass – *****');
    assert.equal(screened.exemptionBasis, 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    assert.deepEqual(screened.correspondents, [{ role: 'sender', name: '*****', screened: true }]);
    const incoming = page.items.find((entry) => entry.id === journalposter[0]!.id)!;
    assert.equal(incoming.journalNumber, '2026/1234-3');
    assert.equal(incoming.type, 'I');
    assert.equal(incoming.unit, 'Plan og byggesak');
    assert.deepEqual(incoming.propertyNumbers, [{ municipalityNumber: '9999', gnr: 12, bnr: 34, fnr: null, snr: null }]);
    assert.equal(incoming.documents[0]!.url, `${EINNSYN_BASE}/dokumentobjekt/do_01jx0000000000000000004512/download`);
    assert.ok(!page.items.some((entry) => entry.title.startsWith('Møtebok')), 'a møtebok is not a journal entry here');
  });

  test('cursors page forwards and back', async () => {
    const p = port();
    const first = await p.searchJournal({ sort: 'journalDate', limit: 2 });
    assert.ok(first.next);
    const second = await p.searchJournal({ next: first.next });
    assert.ok(second.previous);
    const back = await p.searchJournal({ previous: second.previous });
    assert.deepEqual(back.items.map((e) => e.id), first.items.map((e) => e.id));
    assert.notDeepEqual(second.items.map((e) => e.id), first.items.map((e) => e.id));
  });

  test('one entry with correspondents, screening and documents', async () => {
    const entry = await port().getJournalEntry(journalposter[1]!.id);
    assert.deepEqual(entry.correspondents.map((c) => c.role), ['recipient', 'copy']);
    assert.deepEqual(entry.documents, [], 'an unpublished file is not a link');
  });

  test('one bad item is left out, not the whole page', async () => {
    globalThis.fetch = async (input, init) =>
      !String(input).includes('/search')
        ? fake.handle(new Request(input, init))
        : new Response(JSON.stringify({ items: [{ entity: 'Journalpost', id: 'jp_broken' }, { ...journalposter[0], saksmappe: undefined }] }), {
        headers: { 'Content-Type': 'application/json' },
      });
    const page = await port().searchJournal({});
    assert.equal(page.items.length, 1);
  });
});

describe('eInnsyn: access requests', () => {
  const request = (n: number, email = 'ola@example.no') => ({
    email,
    name: null,
    message: null,
    language: 'nb' as const,
    entries: Array.from({ length: n }, (_, i) => ({ kind: 'journal-entry' as const, id: journalposter[i % 5]!.id })),
  });

  test('one innsynskrav per journal entry, confirmed by e-mail', async () => {
    const receipt = await port().submitAccessRequest(request(2), 'key');
    assert.equal(receipt.status, 'awaiting-confirmation');
    assert.deepEqual(receipt.remaining, []);
    assert.deepEqual(fake.orders[0]!.innsynskrav, [{ journalpost: journalposter[0]!.id }, { journalpost: journalposter[1]!.id }]);
  });

  test('beyond 50 entries the first 50 go now and the rest are handed back', async () => {
    const receipt = await port().submitAccessRequest(request(53), 'key');
    assert.equal(fake.orders[0]!.innsynskrav.length, 50);
    assert.equal(receipt.entries.length, 50);
    assert.equal(receipt.remaining!.length, 3);
  });

  test('an unconfirmed earlier order gives a clear message and no retry', async () => {
    await port().submitAccessRequest(request(1), 'a');
    const posts = () => fake.requests.filter((url) => url.pathname === '/innsynskravBestilling').length;
    await assert.rejects(port().submitAccessRequest(request(1), 'b'), (e: ApiError) => {
      assert.equal(e.status, 429);
      assert.equal(e.problem?.type, PROBLEM_CONFIRM_EARLIER_REQUEST);
      assert.match(e.message, /Confirm the access request you sent within the last hour first/);
      return true;
    });
    assert.equal(posts(), 2);
  });

  test('an agenda item cannot be requested through eInnsyn, and says what to do instead', async () => {
    await assert.rejects(port().submitAccessRequest({ ...request(1), entries: [{ kind: 'agenda-item', id: 'ms_1' }] }, 'k'), (e: ApiError) => {
      assert.equal(e.problem?.type, PROBLEM_NOT_REQUESTABLE);
      assert.match(e.problem?.errors?.[0]?.message ?? '', /journal search/);
      return true;
    });
    assert.equal(fake.orders.length, 0);
  });
});

test('eInnsyn: units for the journal filter are the administrative sub-units, and a chosen one is sent as its id', async () => {
  const p = port();
  assert.deepEqual((await p.listUnits()).map((u) => u.name), ['Oppvekst og kultur', 'Plan og byggesak']);
  await p.searchJournal({ unit: ['Plan og byggesak'] });
  const search = fake.requests.find((url) => url.pathname === '/search')!.searchParams;
  assert.equal(search.get('administrativEnhet'), 'enh_01jx0000000000000000000020');
});
