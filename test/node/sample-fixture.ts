// A small hand-made SampleDataset whose every item is known, so server tests can assert exact answers.
import type { AgendaItem, Body, Document, JournalEntry, MeetingDetail } from '../../src/api/types.js';
import type { SampleDataset, SampleFile } from '../../sample/dataset.js';

export const FILE_TEXT = 'Eksempel kommune – dokument';

export function buildFixture(baseUrl: string): SampleDataset {
  const files = new Map<string, SampleFile>();
  const document = (id: string, title: string, type: Document['type'] = 'attachment'): Document => {
    files.set(id, { mediaType: 'application/pdf', bytes: () => new TextEncoder().encode(`%PDF-1.4 ${FILE_TEXT} ${id}`) });
    return { id, title, type, mediaType: 'application/pdf', size: null, url: `${baseUrl}/files/${id}`, publishedAt: '2024-01-02T09:00:00Z' };
  };

  const bodies: Body[] = [
    { id: 'council', name: 'Kommunestyret', shortName: 'KST', kind: 'council', active: true },
    { id: 'planning', name: 'Plan- og bygningsutvalget', shortName: 'PBU', kind: 'committee', active: true },
    { id: 'old-board', name: 'Gamle styret', shortName: null, kind: 'board', active: false },
  ];
  const ref = (id: string) => {
    const body = bodies.find((candidate) => candidate.id === id)!;
    return { id: body.id, name: body.name };
  };

  const item = (id: string, number: string, title: string, extra: Partial<AgendaItem> = {}): AgendaItem => ({
    id,
    number,
    sequence: Number(number.split('/')[0]),
    title,
    caseNumber: null,
    closed: false,
    exemptionBasis: null,
    documents: [],
    decision: null,
    canRequestAccess: false,
    ...extra,
  });

  const meetings: MeetingDetail[] = [
    {
      id: 'm-winter',
      body: ref('council'),
      start: '2024-01-15T16:00:00Z',
      end: '2024-01-15T19:00:00Z',
      originalStart: null,
      location: 'Kommunestyresalen, rådhuset; 2. etasje',
      status: 'held',
      notice: document('d-notice-winter', 'Møteinnkalling Kommunestyret 15. januar', 'notice'),
      minutes: document('d-minutes-winter', 'Møteprotokoll Kommunestyret 15. januar', 'minutes'),
      streamUrl: null,
      recordingUrl: null,
      agendaItems: [
        item('ai-budget', '1/24', 'Budsjett 2024', { caseNumber: '2023/900', documents: [document('d-budget', 'Saksframlegg budsjett', 'case-presentation')] }),
        item('ai-closed', '2/24', 'Personalsak', { closed: true, exemptionBasis: 'Offl. § 13, jf. fvl. § 13', canRequestAccess: true }),
      ],
    },
    {
      id: 'm-march',
      body: ref('planning'),
      start: '2024-03-05T17:00:00Z',
      end: '2024-03-05T19:30:00Z',
      originalStart: null,
      location: 'Møterom Fjorden',
      status: 'held',
      notice: null,
      minutes: null,
      streamUrl: null,
      recordingUrl: null,
      agendaItems: [item('ai-plan', '1/24', 'Reguleringsplan Storgata', { caseNumber: '2024/101' })],
    },
    {
      id: 'm-summer',
      body: ref('council'),
      start: '2024-06-12T15:00:00Z',
      end: null,
      originalStart: null,
      location: null,
      status: 'cancelled',
      notice: null,
      minutes: null,
      streamUrl: null,
      recordingUrl: null,
      agendaItems: [],
    },
    {
      id: 'm-moved',
      body: ref('planning'),
      start: '2024-09-10T08:00:00Z',
      end: '2024-09-10T10:00:00Z',
      originalStart: '2024-09-03T08:00:00Z',
      location: 'Rådhuset',
      status: 'moved',
      notice: null,
      minutes: null,
      streamUrl: null,
      recordingUrl: null,
      agendaItems: [],
    },
    {
      id: 'm-november',
      body: ref('council'),
      start: '2024-11-20T16:00:00Z',
      end: '2024-11-20T20:00:00Z',
      originalStart: null,
      location: 'Kommunestyresalen',
      status: 'planned',
      notice: null,
      minutes: null,
      streamUrl: 'https://stream.example.no/kst',
      recordingUrl: null,
      agendaItems: [],
    },
  ];

  const entry = (id: string, fields: Partial<JournalEntry> & Pick<JournalEntry, 'journalDate' | 'type' | 'title'>): JournalEntry => ({
    id,
    journalNumber: `${fields.caseNumber ?? '2024/1'}-1`,
    documentDate: null,
    titleScreened: false,
    caseNumber: '2024/1',
    caseTitle: 'Diverse',
    correspondents: [],
    unit: 'Sentraladministrasjonen',
    exemptionBasis: null,
    propertyNumbers: [],
    documents: [],
    canRequestAccess: false,
    ...fields,
  });

  const journal: JournalEntry[] = [
    entry('j-dispensation', {
      journalDate: '2024-05-20',
      type: 'I',
      title: 'Søknad om dispensasjon - Storgata 5',
      caseNumber: '2024/101',
      journalNumber: '2024/101-3',
      caseTitle: 'Storgata 5 - dispensasjon',
      unit: 'Plan og bygg',
      correspondents: [{ role: 'sender', name: 'Ola Hansen', screened: false }],
      propertyNumbers: [{ municipalityNumber: '9999', gnr: 12, bnr: 34, fnr: null, snr: null }],
      documents: [document('d-drawings', 'Fasadetegninger tilbygg')],
    }),
    entry('j-kindergarten', {
      journalDate: '2024-05-18',
      type: 'U',
      title: 'Svar på søknad om barnehageplass - *****',
      titleScreened: true,
      caseNumber: '2024/102',
      journalNumber: '2024/102-2',
      caseTitle: 'Barnehageopptak 2024',
      unit: 'Oppvekst',
      exemptionBasis: 'Offl. § 13, jf. fvl. § 13',
      correspondents: [{ role: 'recipient', name: 'Kari *****', screened: true }],
      canRequestAccess: true,
    }),
    entry('j-memo', {
      journalDate: '2024-04-02',
      type: 'N',
      title: 'Notat om eiendomsskatt',
      caseNumber: '2024/55',
      journalNumber: '2024/55-1',
      caseTitle: 'Eiendomsskatt 2024',
      unit: 'Økonomi',
      propertyNumbers: [{ municipalityNumber: '9999', gnr: 12, bnr: 34, fnr: 2, snr: null }],
      canRequestAccess: true,
    }),
    entry('j-internal', {
      journalDate: '2024-03-15',
      type: 'X',
      title: 'Budsjettnotat',
      caseNumber: '2023/900',
      journalNumber: '2023/900-12',
      caseTitle: 'Budsjett 2024',
      unit: 'Økonomi',
    }),
    entry('j-contractor', {
      journalDate: '2024-02-01',
      type: 'I',
      title: 'Tilbud på brøyting',
      caseNumber: '2024/20',
      journalNumber: '2024/20-1',
      caseTitle: 'Vintervedlikehold',
      unit: 'Teknisk drift',
      correspondents: [{ role: 'sender', name: 'Bygg & Anlegg AS', screened: false }],
      propertyNumbers: [{ municipalityNumber: '9999', gnr: 7, bnr: 1, fnr: null, snr: null }],
      canRequestAccess: true,
    }),
    entry('j-summary', {
      journalDate: '2024-01-10',
      type: 'S',
      title: 'Saksframlegg om budsjett',
      caseNumber: '2023/900',
      journalNumber: '2023/900-14',
      caseTitle: 'Budsjett 2024',
      unit: 'Økonomi',
    }),
  ];

  return {
    service: {
      apiVersion: '1.0',
      publisher: { id: 'eksempel', name: 'Eksempel kommune', organizationNumber: '999999999' },
      languages: ['nb', 'nn', 'en', 'se'],
      capabilities: { meetings: true, journal: true, accessRequests: true, calendarFeed: true, fullTextSearch: true },
    },
    bodies,
    meetings,
    journal,
    files,
  };
}
