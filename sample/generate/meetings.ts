// Turns the schedule into meetings as the public sees them on `today`: held ones with minutes, planned ones with a
// notice once it has gone out, cancelled and moved ones.
import type { MeetingDetail, MeetingStatus } from '../../src/api/types.js';
import { buildAgenda, type ItemCounters } from './agenda.js';
import type { DocumentRegistry } from './documents.js';
import { addWorkdays } from './office-days.js';
import { norwegianDate, officeHours, osloTime, ymdFromDay } from './oslo-time.js';
import type { Random } from './random.js';
import type { MeetingSlot } from './schedule.js';

const MAX_ITEMS = 15;
const VIDEO_HOST = 'https://video.example/eksempel-kommune';
const OTHER_LOCATIONS = ['Eksempel kulturhus, sal 2', 'Fjernmøte (Teams)', 'Møterom Lyngen, Eksempel helsehus'];

export interface MeetingsRequest {
  slots: readonly MeetingSlot[];
  windowStart: number;
  today: number;
  random: Random;
  registry: DocumentRegistry;
}

function statusOf(slot: MeetingSlot, today: number): MeetingStatus {
  if (slot.cancelled) return 'cancelled';
  if (slot.originalDay !== null) return 'moved';
  return slot.day < today ? 'held' : 'planned';
}

export function buildMeetings({ slots, windowStart, today, random, registry }: MeetingsRequest): MeetingDetail[] {
  const ordered = [...slots].sort((a, b) => a.day - b.day || a.startMinutes - b.startMinutes || a.id.localeCompare(b.id));
  const counters = new Map<string, ItemCounters>();
  const meetings: MeetingDetail[] = [];

  for (const slot of ordered) {
    const { plan } = slot;
    const { year, month } = ymdFromDay(slot.day);
    const key = `${plan.code}-${year}`;
    const counter = counters.get(key) ?? { ps: 0, rs: 0 };
    counters.set(key, counter);
    const itemCount = random.int(plan.itemCount[0], plan.itemCount[1]);
    const reportCount = plan.topics === 'advisory' ? 0 : Math.min(random.int(0, 3), MAX_ITEMS - itemCount);

    // Meetings before the window only advance the item numbers, which count from 1 January.
    if (slot.day < windowStart) {
      if (!slot.cancelled) {
        counter.ps += itemCount;
        counter.rs += reportCount;
      }
      continue;
    }

    const status = statusOf(slot, today);
    const isPast = slot.day < today;
    const dateText = norwegianDate(slot.day);
    const start = osloTime(slot.day, slot.startMinutes);
    const end = osloTime(slot.day, Math.min(slot.startMinutes + 60 * random.int(plan.hours[0], plan.hours[1]), 23 * 60 + 30));

    const noticeDay = addWorkdays(slot.day, -plan.noticeWorkdays);
    const noticeOut = !slot.cancelled && noticeDay <= today;
    const noticeAt = officeHours(random, noticeDay);
    const notice = noticeOut
      ? registry.create({ title: `Møteinnkalling - ${plan.body.name} ${dateText}`, type: 'notice', publishedAt: noticeAt, size: random.int(30_000, 160_000), context: plan.body.name })
      : null;

    const minutesDay = addWorkdays(slot.day, random.int(2, 7));
    const minutes =
      !slot.cancelled && isPast && minutesDay <= today
        ? registry.create({ title: `Møteprotokoll - ${plan.body.name} ${dateText}`, type: 'minutes', publishedAt: officeHours(random, minutesDay), size: random.int(60_000, 320_000), context: plan.body.name })
        : null;

    const ctx = { random, bodyName: plan.body.name, group: plan.topics, year, month, dateText };
    let agendaItems: MeetingDetail['agendaItems'] = [];
    if (!slot.cancelled && (noticeOut || random.chance(0.5))) {
      agendaItems = buildAgenda({
        meetingId: slot.id,
        ctx,
        counters: counter,
        // Before the notice, only the first few cases are known.
        itemCount: noticeOut ? itemCount : random.int(1, 3),
        reportCount: noticeOut ? reportCount : 0,
        documentsPublished: noticeOut
          ? {
              iso: noticeAt,
              late: (days) => {
                const lateDay = addWorkdays(noticeDay, days);
                return lateDay <= today ? officeHours(random, lateDay) : null;
              },
            }
          : null,
        withDecisions: minutes !== null,
        registry,
      });
    }

    const streamed = plan.streamed && !slot.cancelled;
    meetings.push({
      id: slot.id,
      body: { id: plan.body.id, name: plan.body.name },
      start: start.iso,
      end: end.iso,
      originalStart: slot.originalDay === null ? null : osloTime(slot.originalDay, slot.originalStartMinutes ?? slot.startMinutes).iso,
      location: random.chance(0.08) ? random.pick(OTHER_LOCATIONS) : plan.location,
      status,
      notice,
      minutes,
      streamUrl: streamed ? `${VIDEO_HOST}/direkte/${slot.id}` : null,
      recordingUrl: streamed && isPast ? `${VIDEO_HOST}/opptak/${slot.id}` : null,
      agendaItems,
    });
  }
  return meetings;
}
