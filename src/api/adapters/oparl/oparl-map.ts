// OParl objects → our Body, Meeting, AgendaItem and Document, reading past the quirks of live endpoints.
import type { AgendaItem, Body, BodyKind, Document, DocumentType, Meeting, MeetingDetail } from '../../types.js';
import { AgendaItemSchema as ContractAgendaItem, MeetingDetailSchema, MeetingSchema as ContractMeeting } from '../../common-schemas.js';
import { dateOnly, httpUrl, keepValid, osloDateTime, parseOrSkip, textToHtml } from '../adapter-support.js';
import { FileSchema, LocationSchema, type OparlAgendaItem, type OparlMeeting, type OparlOrganization } from './oparl-schemas.js';

const PLACEHOLDERS = new Set(['', 'n/a', 'na', '-', '–', 'null', 'none', 'keine angabe', 'unbekannt']);

/** A string worth showing: placeholders such as "N/A" and empty strings count as missing. */
export function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return PLACEHOLDERS.has(text.toLowerCase()) ? undefined : text;
}

/** Embedded objects only; the port has already put fetched objects in place of the URLs it could fetch. */
export function objects(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'object' && item !== null);
  return typeof value === 'object' && value !== null ? [value] : [];
}

export function bodyKind(org: OparlOrganization): BodyKind {
  const text = `${clean(org.classification) ?? ''} ${clean(org.name) ?? ''}`.toLowerCase();
  if (/(\brat\b|stadtrat|gemeinderat|kreistag|bürgerschaft|kommunestyre|council)/.test(text)) return 'council';
  if (/(hauptausschuss|formannskap|magistrat|executive)/.test(text)) return 'executive';
  if (/(beirat|råd|seniorenvertretung|advisory)/.test(text)) return 'advisory';
  if (/(aufsichtsrat|vorstand|styre|board)/.test(text)) return 'board';
  if (/(ausschuss|kommission|utvalg|committee|bezirksvertretung)/.test(text)) return 'committee';
  return 'other';
}

/** Organizations that hold meetings; factions and administrative departments are OParl Organizations too. */
export function toBody(org: OparlOrganization, today: string): Body | undefined {
  if (org.deleted === true) return undefined;
  const type = (clean(org.organizationType) ?? '').toLowerCase();
  if (/(fraktion|partei|verwaltung|gruppe)/.test(type)) return undefined;
  const name = clean(org.name) ?? clean(org.shortName);
  if (!name) return undefined;
  const end = dateOnly(clean(org.endDate));
  return { id: org.id, name, shortName: clean(org.shortName) ?? null, kind: bodyKind(org), active: !end || end >= today };
}

export function toDocument(value: unknown, type: DocumentType, fallbackDate: string): Document | undefined {
  const file = parseOrSkip(FileSchema, value);
  if (!file) return undefined;
  const url = httpUrl(clean(file.accessUrl)) ?? httpUrl(clean(file.downloadUrl));
  if (!url) return undefined;
  const size = typeof file.size === 'number' && Number.isInteger(file.size) && file.size >= 0 ? file.size : null;
  return {
    id: file.id,
    title: clean(file.name) ?? clean(file.fileName) ?? url.split('/').pop() ?? url,
    type,
    mediaType: clean(file.mimeType) ?? 'application/octet-stream',
    size,
    url,
    // "created": "" is common; then the file's date, then the meeting's.
    publishedAt: osloDateTime(clean(file.created)) ?? osloDateTime(dateOnly(clean(file.date))) ?? fallbackDate,
  };
}

const documents = (value: unknown, type: DocumentType, fallbackDate: string) =>
  objects(value).flatMap((item) => toDocument(item, type, fallbackDate) ?? []);

function locationText(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const location = parseOrSkip(LocationSchema, value);
  if (!location) return null;
  const parts = [clean(location.room), clean(location.streetAddress), clean(location.locality)].filter(Boolean);
  return clean(location.description) ?? (parts.length ? parts.join(', ') : null);
}

export interface MeetingContext {
  bodies: readonly Body[];
  now: number;
}

export function toMeeting(meeting: OparlMeeting, context: MeetingContext): Meeting | undefined {
  if (meeting.deleted === true) return undefined;
  const start = osloDateTime(clean(meeting.start));
  if (!start) return undefined;
  const orgIds = Array.isArray(meeting.organization) ? meeting.organization.filter((id): id is string => typeof id === 'string') : [];
  const body = context.bodies.find((b) => orgIds.includes(b.id));
  const auxiliary = documents(meeting.auxiliaryFile, 'other', start);
  // Some systems publish the notice and the minutes only among the auxiliary files: recognise them by name.
  const byName = (pattern: RegExp, type: DocumentType) => {
    const found = auxiliary.find((doc) => pattern.test(doc.title));
    return found ? { ...found, type } : null;
  };
  return parseOrSkip(ContractMeeting, {
    id: meeting.id,
    body: body ? { id: body.id, name: body.name } : { id: orgIds[0] ?? meeting.id, name: clean(meeting.name) ?? '' },
    start,
    end: osloDateTime(clean(meeting.end)) ?? null,
    originalStart: null,
    location: locationText(meeting.location),
    status: meeting.cancelled === true ? 'cancelled' : Date.parse(start) < context.now ? 'held' : 'planned',
    notice: documents(meeting.invitation, 'notice', start)[0] ?? byName(/einladung|tagesordnung|innkalling|saksliste|notice|invitation/i, 'notice'),
    minutes: documents(meeting.resultsProtocol, 'minutes', start)[0] ?? byName(/protokoll|niederschrift|minutes/i, 'minutes'),
    streamUrl: null,
    recordingUrl: null,
  });
}

function decision(item: OparlAgendaItem): string | null {
  const text = clean(item.resolutionText);
  const result = clean(item.result);
  const html = text ? (/<\/?[a-z][\s\S]*>/i.test(text) ? text : textToHtml(text)) : null;
  if (html && result) return `<p><strong>${textToHtml(result).slice(3, -4)}</strong></p>${html}`;
  return html ?? (result ? textToHtml(result) : null);
}

export function toAgendaItem(item: OparlAgendaItem, index: number, fallbackDate: string): AgendaItem | undefined {
  const order = typeof item.order === 'number' && Number.isInteger(item.order) ? item.order : index + 1;
  const closed = item.public === false;
  return parseOrSkip(ContractAgendaItem, {
    id: item.id,
    number: clean(item.number) ?? String(order),
    sequence: order,
    title: clean(item.name) ?? '',
    caseNumber: null,
    closed,
    exemptionBasis: null,
    documents: closed ? [] : [...documents(item.resolutionFile, 'decision', fallbackDate), ...documents(item.auxiliaryFile, 'attachment', fallbackDate)],
    decision: closed ? null : decision(item),
    canRequestAccess: false,
  });
}

export function toMeetingDetail(meeting: OparlMeeting, items: readonly OparlAgendaItem[], context: MeetingContext): MeetingDetail | undefined {
  const base = toMeeting(meeting, context);
  if (!base) return undefined;
  const agendaItems = keepValid(
    ContractAgendaItem,
    items.map((item, index) => toAgendaItem(item, index, base.start)),
  ).sort((a, b) => a.sequence - b.sequence);
  return parseOrSkip(MeetingDetailSchema, { ...base, agendaItems });
}
