// Meetings for the agenda tests, on top of the shared mini dataset: a held meeting with decisions and minutes, a
// closed item the API wrongly sends content for, late documents, and hostile HTML in a decision.
import type { MeetingDetail } from '../../src/api/types.js';
import { API, doc, item, meetings, miniDataset } from '../fixtures/mini-dataset.js';

export const HELD_ID = 'm-kst-2026-02-12';

export const heldMeeting: MeetingDetail = {
  id: HELD_ID,
  body: { id: 'kommunestyret', name: 'Kommunestyret' },
  start: '2026-02-12T18:00:00+01:00',
  end: '2026-02-12T21:30:00+01:00',
  originalStart: null,
  location: 'Kommunestyresalen, Rådhuset',
  status: 'held',
  notice: doc('doc-notice-feb', 'Møteinnkalling Kommunestyret 12.02.2026', 'notice', '2026-02-02T12:00:00+01:00'),
  minutes: doc('doc-minutes-feb', 'Møteprotokoll Kommunestyret 12.02.2026', 'minutes', '2026-02-16T09:00:00+01:00'),
  streamUrl: 'https://video.eksempel.example/live/kst',
  recordingUrl: 'https://video.eksempel.example/opptak/kst-2026-02-12',
  agendaItems: [
    // Deliberately out of order: the agenda sorts by sequence.
    item({
      id: 'ai-feb-3', number: 'PS 11/26', sequence: 3, title: 'Personalsak', caseNumber: '2026/55', closed: true,
      exemptionBasis: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
      documents: [doc('doc-secret', 'Hemmelig notat om ansatt', 'case-presentation', '2026-02-02T12:00:00+01:00')],
      decision: 'Hemmelig vedtak om ansatt',
    }),
    item({
      id: 'ai-feb-1', number: 'PS 9/26', sequence: 1, title: 'Godkjenning av protokoll', caseNumber: null,
      canRequestAccess: false, decision: 'Protokollen fra forrige møte godkjennes.\nEnstemmig.',
    }),
    item({
      id: 'ai-feb-2', number: 'PS 10/26', sequence: 2, title: 'Reguleringsplan for Storgata', caseNumber: '2025/1234',
      documents: [
        doc('doc-att-1', 'Vedlegg 1 - Plankart', 'attachment', '2026-02-02T12:00:00+01:00'),
        doc('doc-case-1', 'Saksframlegg reguleringsplan', 'case-presentation', '2026-02-02T12:00:00+01:00'),
        doc('doc-att-2', 'Vedlegg 2 - Merknader', 'attachment', '2026-02-05T12:00:00+01:00'),
      ],
      decision:
        '<p><strong>Vedtak:</strong> Planen vedtas.</p><ol><li>Storgata blir gågate.</li></ol>' +
        '<img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=2">Klikk</a>' +
        '<p>Se <a href="https://eksempel.kommune.no/storgata">planen</a>.</p>',
    }),
    item({ id: 'ai-feb-4', number: 'RS 1/26', sequence: 4, title: 'Referatsak', caseNumber: '2026/12', documents: [] }),
  ],
};

/** The planned meeting of the mini dataset, but the API already sends a decision: not shown before the meeting. */
export const plannedWithDecision: MeetingDetail = {
  ...meetings[0]!,
  agendaItems: meetings[0]!.agendaItems.map((entry) => ({ ...entry, decision: entry.closed ? null : 'Innstilling som ikke er vedtatt' })),
};

export const agendaDataset = (overrides: MeetingDetail[] = []) => {
  const byId = new Map([...meetings, heldMeeting].map((meeting) => [meeting.id, meeting]));
  for (const meeting of overrides) byId.set(meeting.id, meeting);
  return miniDataset({ meetings: [...byId.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)) });
};

export { API };
