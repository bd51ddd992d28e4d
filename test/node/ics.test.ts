import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Meeting } from '../../src/api/types.js';
import { meetingsToICalendar } from '../../src/shared/ics.js';
import { buildFixture } from './sample-fixture.js';

const meetings: Meeting[] = buildFixture('https://api.example.no').meetings.map(({ agendaItems: _items, ...meeting }) => meeting);
const byId = (id: string) => meetings.find((meeting) => meeting.id === id)!;
const write = (list: Meeting[], extra: Partial<Parameters<typeof meetingsToICalendar>[1]> = {}) =>
  meetingsToICalendar(list, { uidDomain: 'example.no', now: new Date('2024-05-01T10:00:00Z'), ...extra });

/** Content lines after unfolding (RFC 5545 3.1). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

function events(ics: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      const uid = current.find((l) => l.startsWith('UID:'))!.slice(4);
      result.set(uid, current);
      current = undefined;
    } else current?.push(line);
  }
  return result;
}

const property = (lines: string[], name: string) => lines.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

/** The instant a DTSTART;TZID=Europe/Oslo value names, by the VTIMEZONE's own rules (last Sunday of March/October). */
function osloLocalToInstant(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(value)!;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month, 0));
    return Date.UTC(y, month - 1, last.getUTCDate() - last.getUTCDay(), 1);
  };
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const summer = asUtc - 2 * 3600_000;
  return summer >= lastSunday(3) && summer < lastSunday(10) ? summer : asUtc - 3600_000;
}

describe('meetingsToICalendar', () => {
  it('writes a published Gregorian calendar with the Oslo time zone, CRLF line ends', () => {
    const ics = write(meetings, { calendarName: 'Eksempel kommune', productId: '-//Eksempel//Test//NB' });
    assert.ok(ics.endsWith('\r\n'));
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/);
    const lines = unfold(ics);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines.at(-1), 'END:VCALENDAR');
    for (const expected of [
      'VERSION:2.0',
      'PRODID:-//Eksempel//Test//NB',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Eksempel kommune',
      'X-WR-TIMEZONE:Europe/Oslo',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Oslo',
      'TZNAME:CET',
      'TZNAME:CEST',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    ]) {
      assert.ok(lines.includes(expected), `missing ${expected}`);
    }
    assert.equal(events(ics).size, meetings.length);
  });

  it('gives Oslo wall time in winter (+01:00) and summer (+02:00)', () => {
    const all = events(write(meetings));
    const winter = all.get('m-winter@example.no')!;
    assert.equal(property(winter, 'DTSTART'), 'DTSTART;TZID=Europe/Oslo:20240115T170000');
    assert.equal(property(winter, 'DTEND'), 'DTEND;TZID=Europe/Oslo:20240115T200000');
    const summer = all.get('m-summer@example.no')!;
    assert.equal(property(summer, 'DTSTART'), 'DTSTART;TZID=Europe/Oslo:20240612T170000');
  });

  it('ends a meeting without an end two hours after its start', () => {
    const summer = events(write([byId('m-summer')])).get('m-summer@example.no')!;
    assert.equal(property(summer, 'DTEND'), 'DTEND;TZID=Europe/Oslo:20240612T190000');
  });

  it('writes DTSTART values that parse back to the meeting start', () => {
    for (const [uid, lines] of events(write(meetings))) {
      const meeting = byId(uid.replace(/@example\.no$/, ''));
      const value = property(lines, 'DTSTART')!.split(':')[1]!;
      assert.equal(osloLocalToInstant(value), Date.parse(meeting.start), uid);
    }
  });

  it('keeps UIDs stable across downloads and stamps DTSTAMP in UTC', () => {
    const first = write(meetings, { now: new Date('2024-01-01T00:00:00Z') });
    const second = write(meetings, { now: new Date('2024-06-30T12:34:56Z') });
    assert.deepEqual([...events(first).keys()], [...events(second).keys()]);
    assert.deepEqual([...events(first).keys()], meetings.map((meeting) => `${meeting.id}@example.no`));
    assert.equal(property(events(second).get('m-winter@example.no')!, 'DTSTAMP'), 'DTSTAMP:20240630T123456Z');
  });

  it('marks cancelled meetings CANCELLED, others CONFIRMED, and moved ones with a higher SEQUENCE', () => {
    const all = events(write(meetings));
    assert.equal(property(all.get('m-summer@example.no')!, 'STATUS'), 'STATUS:CANCELLED');
    assert.equal(property(all.get('m-winter@example.no')!, 'STATUS'), 'STATUS:CONFIRMED');
    assert.equal(property(all.get('m-moved@example.no')!, 'SEQUENCE'), 'SEQUENCE:1');
    assert.equal(property(all.get('m-winter@example.no')!, 'SEQUENCE'), 'SEQUENCE:0');
  });

  it('escapes backslash, semicolon, comma and newlines in TEXT and uses the body name as SUMMARY', () => {
    const meeting = { ...byId('m-winter'), location: 'Sal A; 2. etg, bygg\\B\nInngang bak', body: { id: 'x', name: 'Råd, utvalg' } };
    const lines = [...events(write([meeting])).values()][0]!;
    assert.equal(property(lines, 'LOCATION'), 'LOCATION:Sal A\\; 2. etg\\, bygg\\\\B\\nInngang bak');
    assert.equal(property(lines, 'SUMMARY'), 'SUMMARY:Råd\\, utvalg');
  });

  it('folds long lines at 75 octets without splitting æ, ø or å, and unfolding restores them', () => {
    const location = 'Kommunestyresalen i rådhuset, første etasje – gå inn ved søndre inngang; ærlig talt æøå ÆØÅ 😀 '.repeat(4);
    const ics = write([{ ...byId('m-winter'), location }]);
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `too long: ${line}`);
    assert.ok(ics.split('\r\n').some((line) => line.startsWith(' ')), 'expected folded lines');
    const escaped = location.replace(/[;,]/g, (char) => `\\${char}`);
    assert.ok(unfold(ics).includes(`LOCATION:${escaped}`));
    assert.doesNotMatch(Buffer.from(ics, 'utf8').toString('utf8'), /\uFFFD/);
  });

  it('adds a URL only when it is an http(s) URL', () => {
    const good = [...events(write([byId('m-winter')], { url: () => 'https://example.no/m/1' })).values()][0]!;
    assert.equal(property(good, 'URL'), 'URL:https://example.no/m/1');
    const bad = [...events(write([byId('m-winter')], { url: () => 'javascript:alert(1)' })).values()][0]!;
    assert.equal(property(bad, 'URL'), undefined);
  });
});
