// How a meeting's time and status read, the same in the calendar and the agenda.
import type { Meeting } from '../api/types.js';
import { formatDate, formatTime } from './format.js';
import type { Locale } from './locale.js';
import type { CommonMessages } from './messages.js';

export function meetingTimeRange(meeting: Meeting, locale: Locale): string {
  const start = formatTime(meeting.start, locale);
  return meeting.end ? `${start}–${formatTime(meeting.end, locale)}` : start;
}

/** "Avlyst", or "Flyttet fra tirsdag 3. mars kl. 10:00"; empty for planned and held meetings. */
export function meetingStatusNote(meeting: Meeting, locale: Locale, t: CommonMessages): string {
  if (meeting.status === 'cancelled') return t.meetingStatus.cancelled;
  if (meeting.status === 'moved') {
    return meeting.originalStart
      ? t.movedFrom(`${formatDate(meeting.originalStart, locale)} ${formatTime(meeting.originalStart, locale)}`)
      : t.meetingStatus.moved;
  }
  return '';
}

/** Resolves a URL template such as "/moter/{id}" against the page; only http(s) results are allowed. */
export function agendaUrl(template: string, meeting: Meeting): string | undefined {
  if (!template.trim()) return undefined;
  // "." and ".." stay path segments even when encoded (%2E%2E), so "./mote/{id}/" would climb out of the folder.
  if ([meeting.id, meeting.body.id].some((id) => /^\.{1,2}$/.test(id))) return undefined;
  const filled = template.replaceAll('{id}', encodeURIComponent(meeting.id)).replaceAll('{body}', encodeURIComponent(meeting.body.id));
  try {
    const url = new URL(filled, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
