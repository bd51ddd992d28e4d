// The demo's generated Eksempel kommune plus two extremes for the bench: a month of 400 meetings and a 300-item agenda.
import type { SampleDataset } from '../sample/dataset.js';
import { generateSample } from '../sample/generate/index.js';
import type { MeetingDetail } from '../src/api/types.js';

export const BUSY_MONTH = '2026-09';
export const BUSY_MONTH_MEETINGS = 400;
export const LONG_AGENDA_ID = 'bench-long-agenda';
export const LONG_AGENDA_ITEMS = 300;
/** A fixed day, so every run and every machine benches the same pages. */
const TODAY = new Date('2026-03-15T12:00:00+01:00');

const isHeldWithDecisions = (meeting: MeetingDetail) =>
  meeting.status === 'held' && meeting.agendaItems.filter((item) => item.decision && !item.closed).length >= 5;

export function benchDataset(baseUrl: string): SampleDataset {
  const sample = generateSample({ seed: 1, baseUrl, today: TODAY, journalSize: 2000 });
  const held = sample.meetings.find(isHeldWithDecisions);
  if (!held) throw new Error('the generated sample has no held meeting with decisions to bench');
  const busy = Array.from({ length: BUSY_MONTH_MEETINGS }, (_, i): MeetingDetail => {
    const day = String((i % 30) + 1).padStart(2, '0');
    const hour = String(8 + (i % 10)).padStart(2, '0');
    return { ...held, id: `bench-busy-${i}`, status: 'planned', minutes: null, start: `${BUSY_MONTH}-${day}T${hour}:00:00+02:00`, end: null };
  });
  const long: MeetingDetail = {
    ...held,
    id: LONG_AGENDA_ID,
    agendaItems: Array.from({ length: LONG_AGENDA_ITEMS }, (_, i) => {
      const item = held.agendaItems[i % held.agendaItems.length]!;
      return { ...item, id: `bench-item-${i}`, sequence: i + 1, number: `PS ${i + 1}/26` };
    }),
  };
  const meetings = [...sample.meetings, ...busy, long].sort((a, b) => a.start.localeCompare(b.start));
  return { ...sample, meetings };
}

/** The held meeting with decisions that the agenda page shows. */
export function typicalHeldMeeting(dataset: SampleDataset): MeetingDetail {
  return dataset.meetings.find((meeting) => isHeldWithDecisions(meeting) && !meeting.id.startsWith('bench-'))!;
}
