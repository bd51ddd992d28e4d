// A downloadable .ics file for one meeting, made in the browser: a Blob URL its owner revokes when done (ics-download.ts).
import type { Meeting } from '../api/types.js';
import { osloDateKey } from '../time/oslo.js';
import { meetingsToICalendar } from '../shared/ics.js';

export interface IcsFile {
  meetingId: string;
  url: string;
  filename: string;
}

function slug(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'mote';
}

export function createIcsFile(meeting: Meeting, apiBaseUrl: string, pageUrl: string | undefined): IcsFile {
  const text = meetingsToICalendar([meeting], {
    uidDomain: new URL(apiBaseUrl).hostname,
    calendarName: meeting.body.name,
    url: () => (pageUrl && /^https?:/i.test(pageUrl) ? pageUrl : undefined),
  });
  const blob = new Blob([text], { type: 'text/calendar;charset=utf-8' });
  return {
    meetingId: meeting.id,
    url: URL.createObjectURL(blob),
    filename: `${slug(meeting.body.name)}-${osloDateKey(meeting.start)}.ics`,
  };
}
