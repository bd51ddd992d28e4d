// How documents read in an agenda: order, and which were published after the rest.
import type { Document, DocumentType, MeetingDetail } from '../api/types.js';

const TYPE_ORDER: DocumentType[] = ['case-presentation', 'attachment', 'letter', 'decision', 'notice', 'minutes', 'other'];

/** Case presentation (saksframlegg) first, then attachments (vedlegg), then the rest; the API's order within a type. */
export function sortDocuments(documents: readonly Document[]): Document[] {
  return documents
    .map((document, index) => ({ document, index }))
    .sort((a, b) => TYPE_ORDER.indexOf(a.document.type) - TYPE_ORDER.indexOf(b.document.type) || a.index - b.index)
    .map(({ document }) => document);
}

/** The earliest publication time in the meeting: what "published with the rest" means. */
export function firstPublication(meeting: MeetingDetail): number | undefined {
  const times = [meeting.notice, ...meeting.agendaItems.flatMap((item) => (item.closed ? [] : item.documents))]
    .filter((document): document is Document => document != null)
    .map((document) => Date.parse(document.publishedAt))
    .filter((time) => !Number.isNaN(time));
  return times.length ? Math.min(...times) : undefined;
}

/** Published more than an hour after the first document: worth telling, because a citizen may have read without it. */
export function isLate(document: Document, first: number | undefined): boolean {
  const time = Date.parse(document.publishedAt);
  return first !== undefined && !Number.isNaN(time) && time - first > 60 * 60 * 1000;
}
