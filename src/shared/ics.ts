// RFC 5545 calendar writer for meetings: used by the sample server's feed and by elements for "add to calendar".
import type { Meeting } from '../api/types.js';

export interface ICalendarOptions {
  productId?: string;
  calendarName?: string;
  /** Right-hand side of every UID, so the same meeting keeps the same UID across downloads. */
  uidDomain: string;
  now?: Date;
  url?: (meeting: Meeting) => string | undefined;
}

export const OSLO_TIME_ZONE = 'Europe/Oslo';
const DEFAULT_DURATION_MS = 2 * 60 * 60 * 1000;
const MAX_LINE_OCTETS = 75;

const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${OSLO_TIME_ZONE}`,
  `X-LIC-LOCATION:${OSLO_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function meetingsToICalendar(meetings: Meeting[], options: ICalendarOptions): string {
  const stamp = formatUtc(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? '-//innsyn-elements//NONSGML Meetings//EN')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName ?? 'Meetings')}`,
    `X-WR-TIMEZONE:${OSLO_TIME_ZONE}`,
    ...OSLO_VTIMEZONE,
  ];
  for (const meeting of meetings) lines.push(...meetingToEvent(meeting, options, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function meetingToEvent(meeting: Meeting, options: ICalendarOptions, stamp: string): string[] {
  const start = Date.parse(meeting.start);
  if (Number.isNaN(start)) return [];
  const parsedEnd = meeting.end ? Date.parse(meeting.end) : Number.NaN;
  const end = Number.isNaN(parsedEnd) || parsedEnd < start ? start + DEFAULT_DURATION_MS : parsedEnd;
  const url = options.url?.(meeting);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${meeting.id}@${options.uidDomain}`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${OSLO_TIME_ZONE}:${formatOsloLocal(new Date(start))}`,
    `DTEND;TZID=${OSLO_TIME_ZONE}:${formatOsloLocal(new Date(end))}`,
    `SUMMARY:${escapeText(meeting.body.name)}`,
  ];
  if (meeting.location) lines.push(`LOCATION:${escapeText(meeting.location)}`);
  // A URL is a URI value, not TEXT: only well-formed http(s) URLs go in, so nothing can break out of the line.
  if (url && /^https?:\/\/[^\s]+$/i.test(url) && URL.canParse(url)) lines.push(`URL:${new URL(url).href}`);
  lines.push(`STATUS:${meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push(`SEQUENCE:${meeting.status === 'moved' ? 1 : 0}`);
  lines.push('END:VEVENT');
  return lines;
}

/** TEXT value escaping (RFC 5545 3.3.11); other control characters are not allowed in TEXT and are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** Folds a content line into chunks of at most 75 octets, never inside a UTF-8 sequence (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = chunks.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in Oslo at an instant. */
export function osloWallTime(instant: Date): WallTime {
  const parts: Record<string, number> = {};
  for (const part of osloParts.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function formatOsloLocal(instant: Date): string {
  const t = osloWallTime(instant);
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

function formatUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
