import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as v from '../../src/api/shape.js';
import * as schemas from '../../src/api/schemas.js';
import type { Document, MeetingDetail } from '../../src/api/types.js';
import { generateSample } from '../../sample/generate/index.js';
import { osloTime, dayFromYmd } from '../../sample/generate/oslo-time.js';

const BASE = 'https://api.example/v1';
const TODAY = new Date('2025-03-12T10:00:00Z');
const TODAY_ISO = '2025-03-12';
const small = (seed = 7) => generateSample({ seed, baseUrl: BASE, today: TODAY, journalSize: 600 });
const dataset = small();

const asJson = (data: ReturnType<typeof small>) =>
  JSON.stringify({ ...data, files: [...data.files.keys()] });

function documentsOf(meeting: MeetingDetail): Document[] {
  return [
    ...(meeting.notice ? [meeting.notice] : []),
    ...(meeting.minutes ? [meeting.minutes] : []),
    ...meeting.agendaItems.flatMap((item) => item.documents),
  ];
}
const allDocuments = [...dataset.meetings.flatMap(documentsOf), ...dataset.journal.flatMap((entry) => entry.documents)];
const isPast = (meeting: MeetingDetail) => meeting.start.slice(0, 10) < TODAY_ISO;
// One character per byte, so string offsets are byte offsets (the PDFs hold no raw bytes in 0x80-0x9f).
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('generateSample', () => {
  it('gives byte-identical data for the same seed, today and base URL', () => {
    assert.equal(asJson(small()), asJson(dataset));
    const pdf = (data: ReturnType<typeof small>) => data.files.get('doc-000010')!.bytes();
    assert.deepEqual(pdf(small()), pdf(dataset));
  });

  it('gives different data for a different seed', () => {
    assert.notEqual(asJson(small(8)), asJson(dataset));
  });

  it('passes the API schemas for service, bodies, meetings and journal entries', () => {
    v.parse(schemas.ServiceDocumentSchema, dataset.service);
    for (const body of dataset.bodies) v.parse(schemas.BodySchema, body);
    for (const meeting of dataset.meetings) {
      v.parse(schemas.MeetingDetailSchema, meeting);
      v.parse(schemas.MeetingSchema, meeting);
    }
    for (const entry of dataset.journal) v.parse(schemas.JournalEntrySchema, entry);
  });

  it('lists active bodies of every kind the municipality has, and one inactive body', () => {
    const kinds = new Set(dataset.bodies.map((body) => body.kind));
    for (const kind of ['council', 'executive', 'committee', 'advisory'] as const) assert.ok(kinds.has(kind), kind);
    assert.equal(dataset.bodies.filter((body) => !body.active).length, 1);
    assert.equal(new Set(dataset.bodies.map((body) => body.id)).size, dataset.bodies.length);
  });

  it('covers a year of meetings before today and a year after, sorted by start, with unique ids', () => {
    const starts = dataset.meetings.map((meeting) => Date.parse(meeting.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.ok(dataset.meetings[0]!.start < '2024-03-20');
    assert.ok(dataset.meetings.at(-1)!.start > '2026-02-01');
    assert.equal(new Set(dataset.meetings.map((meeting) => meeting.id)).size, dataset.meetings.length);
    for (const meeting of dataset.meetings) {
      const status = meeting.status;
      if (status === 'held') assert.ok(isPast(meeting), meeting.id);
      if (status === 'planned') assert.ok(!isPast(meeting), meeting.id);
    }
  });

  it('has cancelled and moved meetings both before and after today', () => {
    for (const past of [true, false]) {
      const side = dataset.meetings.filter((meeting) => isPast(meeting) === past);
      assert.ok(side.some((meeting) => meeting.status === 'cancelled'), `cancelled, past=${past}`);
      const moved = side.filter((meeting) => meeting.status === 'moved');
      assert.ok(moved.length > 0, `moved, past=${past}`);
      for (const meeting of moved) assert.ok(meeting.originalStart && meeting.originalStart !== meeting.start);
    }
  });

  it('publishes notices only for meetings within three weeks, and minutes only for past meetings', () => {
    const threeWeeksAhead = new Date(TODAY.getTime() + 21 * 86_400_000).toISOString().slice(0, 10);
    for (const meeting of dataset.meetings) {
      if (meeting.notice) assert.ok(meeting.start.slice(0, 10) <= threeWeeksAhead, meeting.id);
      if (meeting.minutes) assert.ok(isPast(meeting), meeting.id);
    }
    assert.ok(dataset.meetings.some((meeting) => !isPast(meeting) && meeting.notice));
    assert.ok(dataset.meetings.some((meeting) => meeting.status === 'held' && meeting.minutes));
  });

  it('numbers agenda items per body and year and keeps 2 to 15 items on announced meetings', () => {
    for (const meeting of dataset.meetings.filter((m) => m.notice)) {
      assert.ok(meeting.agendaItems.length >= 2 && meeting.agendaItems.length <= 15, `${meeting.id}: ${meeting.agendaItems.length}`);
      const year = meeting.start.slice(2, 4);
      for (const item of meeting.agendaItems) assert.match(item.number, new RegExp(`^(PS|RS) \\d+/${year}$`));
      assert.deepEqual(meeting.agendaItems.map((item) => item.sequence), meeting.agendaItems.map((_, index) => index + 1));
    }
  });

  it('keeps closed agenda items free of documents and decisions, with an exemption basis', () => {
    const closed = dataset.meetings.flatMap((meeting) => meeting.agendaItems).filter((item) => item.closed);
    assert.ok(closed.length > 0);
    for (const item of closed) {
      assert.ok(item.exemptionBasis?.startsWith('Offl.'), item.id);
      assert.deepEqual(item.documents, []);
      assert.equal(item.decision, null);
      assert.equal(item.canRequestAccess, true);
    }
  });

  it('gives open items a case presentation and attachments, some published days after the notice', () => {
    const announced = dataset.meetings.filter((meeting) => meeting.notice && meeting.status !== 'cancelled');
    let late = 0;
    for (const meeting of announced) {
      for (const item of meeting.agendaItems.filter((i) => !i.closed && i.number.startsWith('PS'))) {
        for (const doc of item.documents) {
          assert.ok(doc.type === 'case-presentation' || doc.type === 'attachment');
          if (doc.publishedAt !== meeting.notice!.publishedAt) {
            assert.ok(Date.parse(doc.publishedAt) > Date.parse(meeting.notice!.publishedAt), doc.id);
            late++;
          }
        }
      }
    }
    assert.ok(late > 0);
  });

  it('writes decisions of held meetings in the limited HTML vocabulary', () => {
    const decisions = dataset.meetings.flatMap((m) => m.agendaItems).flatMap((item) => (item.decision ? [item.decision] : []));
    assert.ok(decisions.length > 50);
    for (const html of decisions) {
      for (const tag of html.match(/<\/?[a-z]+/g) ?? []) assert.ok(['p', 'ol', 'li', 'strong', 'a'].includes(tag.replace(/[</]/g, '')), html);
      for (const href of html.match(/href="[^"]*"/g) ?? []) assert.match(href, /^href="https:\/\//);
    }
    assert.ok(decisions.some((html) => html.includes('<a href="https://')));
    assert.ok(decisions.some((html) => html.includes('<ol><li>')));
  });

  it('fills the journal with the requested number of entries, newest first, none after today', () => {
    assert.equal(dataset.journal.length, 600);
    const dates = dataset.journal.map((entry) => entry.journalDate);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.ok(dates[0]! <= TODAY_ISO);
    for (const entry of dataset.journal) assert.ok(entry.journalNumber.startsWith(`${entry.caseNumber}-`), entry.id);
    const perCase = new Map<string, number>();
    for (const entry of dataset.journal) perCase.set(entry.caseNumber, (perCase.get(entry.caseNumber) ?? 0) + 1);
    assert.ok([...perCase.values()].some((count) => count >= 3));
  });

  it('screens journal titles and private correspondents with "*****" and an exemption basis', () => {
    const screened = dataset.journal.filter((entry) => entry.titleScreened);
    assert.ok(screened.length > 0);
    for (const entry of screened) {
      assert.ok(entry.title.includes('*****'), entry.title);
      assert.ok(entry.exemptionBasis, entry.id);
      assert.deepEqual(entry.documents, []);
      assert.equal(entry.canRequestAccess, true);
    }
    const hiddenPeople = dataset.journal.flatMap((entry) => entry.correspondents).filter((c) => c.screened);
    assert.ok(hiddenPeople.length > 0);
    for (const correspondent of hiddenPeople) assert.equal(correspondent.name, '*****');
  });

  it('offers access requests unless the document is already published in full', () => {
    for (const entry of dataset.journal) assert.equal(entry.canRequestAccess, entry.documents.length === 0, entry.id);
  });

  it('has a file for every document, served under the base URL', () => {
    const ids = allDocuments.map((doc) => doc.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(dataset.files.size, ids.length);
    for (const doc of allDocuments) {
      assert.equal(doc.url, `${BASE}/files/${doc.id}`);
      assert.ok(dataset.files.has(doc.id), doc.id);
    }
  });

  it('builds valid PDFs whose xref offsets point at their objects and whose length is the stated size', () => {
    for (const doc of allDocuments.slice(0, 40)) {
      const bytes = dataset.files.get(doc.id)!.bytes();
      const text = latin1(bytes);
      assert.ok(text.startsWith('%PDF-1.4'));
      assert.ok(text.trimEnd().endsWith('%%EOF'));
      assert.equal(bytes.length, doc.size);
      const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)![1]);
      assert.equal(text.slice(startxref, startxref + 4), 'xref');
      const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
      assert.equal(offsets.length, 5);
      offsets.forEach((offset, index) => assert.equal(text.slice(offset, offset + 7), `${index + 1} 0 obj`));
      assert.match(text, /\/BaseFont \/Helvetica/);
    }
  });

  it('writes Oslo offsets: +01:00 in winter, +02:00 in summer, switching on the last Sundays of March and October', () => {
    const stamps = [
      ...dataset.meetings.flatMap((m) => [m.start, ...(m.end ? [m.end] : [])]),
      ...allDocuments.map((doc) => doc.publishedAt),
    ];
    const january = stamps.filter((stamp) => stamp.slice(5, 7) === '01');
    const july = stamps.filter((stamp) => stamp.slice(5, 7) === '07');
    assert.ok(january.length > 0 && july.length > 0);
    for (const stamp of january) assert.ok(stamp.endsWith('+01:00'), stamp);
    for (const stamp of july) assert.ok(stamp.endsWith('+02:00'), stamp);
    assert.equal(osloTime(dayFromYmd(2025, 3, 30), 60).iso, '2025-03-30T01:00:00+01:00');
    assert.equal(osloTime(dayFromYmd(2025, 3, 30), 4 * 60).iso, '2025-03-30T04:00:00+02:00');
    assert.equal(osloTime(dayFromYmd(2025, 10, 26), 4 * 60).iso, '2025-10-26T04:00:00+01:00');
    assert.equal(osloTime(dayFromYmd(2025, 10, 25), 23 * 60).epochMs, Date.parse('2025-10-25T21:00:00Z'));
  });

  it('uses no Node built-ins, so it runs in the browser', () => {
    const folder = new URL('../../sample/generate/', import.meta.url);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, folder), 'utf8');
      assert.doesNotMatch(source, /from '(node:|fs|path|crypto|os|buffer)/, file);
      assert.doesNotMatch(source, /\bBuffer\.|\brequire\(|process\./, file);
    }
  });

  it('generates the default dataset of 60 000 journal entries over three years with realistic proportions', () => {
    const started = performance.now();
    const full = generateSample({ baseUrl: BASE, today: TODAY });
    const elapsed = performance.now() - started;
    console.log(`default dataset: ${full.meetings.length} meetings, ${full.journal.length} journal entries, ${full.files.size} files in ${elapsed.toFixed(0)} ms`);
    assert.equal(full.journal.length, 60_000);
    const days = (Date.parse(full.journal[0]!.journalDate) - Date.parse(full.journal.at(-1)!.journalDate)) / 86_400_000;
    assert.ok(days > 2.9 * 365 && days <= 3 * 366, `${days} days`);
    const share = (predicate: (entry: (typeof full.journal)[number]) => boolean) => full.journal.filter(predicate).length / full.journal.length;
    const screened = share((entry) => entry.titleScreened);
    const published = share((entry) => entry.documents.length > 0);
    assert.ok(screened > 0.04 && screened < 0.12, `screened ${screened}`);
    assert.ok(published > 0.1 && published < 0.2, `published ${published}`);
    assert.ok(share((entry) => entry.type === 'I') > share((entry) => entry.type === 'U'));
    assert.ok(share((entry) => entry.propertyNumbers.some((pn) => pn.fnr !== null)) > 0);
  });
});
