// The calendar's first view: the next meetings and the latest minutes, what most citizens come for, from one read
// of the half-year around today.
import type { Meeting } from '../api/types.js';
import { osloDateKey } from '../time/oslo.js';

/** Half a year each way: far enough for a body that meets twice a term, near enough for one page of results. */
export const OVERVIEW_DAYS = 183;
export const OVERVIEW_COUNT = 3;

export interface Overview {
  next: Meeting[];
  minutes: Meeting[];
}

/**
 * Whole Oslo days, so the request is the same all day long: the script-tag loader can start it before the element
 * runs (src/loader/first-requests.ts), and the client's cache serves it again.
 */
export function overviewRange(now: Date): { from: string; to: string } {
  const day = 24 * 60 * 60 * 1000;
  return { from: osloDateKey(new Date(now.getTime() - OVERVIEW_DAYS * day)), to: osloDateKey(new Date(now.getTime() + OVERVIEW_DAYS * day)) };
}

/** The next meetings that have not ended (cancelled ones too: a citizen must learn of it), and the latest minutes. */
export function overviewOf(meetings: readonly Meeting[], now: Date): Overview {
  const byStart = [...meetings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const time = now.getTime();
  const next = byStart.filter((meeting) => Date.parse(meeting.end ?? meeting.start) >= time).slice(0, OVERVIEW_COUNT);
  const minutes = byStart
    .filter((meeting) => meeting.minutes !== null && Date.parse(meeting.start) < time)
    .reverse()
    .slice(0, OVERVIEW_COUNT);
  return { next, minutes };
}
