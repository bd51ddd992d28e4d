// The element's own texts; the shared ones are in src/shared/messages.ts.
import { defineCatalog } from '../shared/catalog.js';

export interface AgendaMessages {
  noMeetingChosen: string;
  loadingMeeting: string;
  notFoundTitle: string;
  notFoundText: string;
  time: string;
  place: string;
  status: string;
  cancelledNotice: string;
  /** Link to the body's meeting before this one; `date` when known. */
  previousMeeting: (date?: string) => string;
  nextMeeting: (date?: string) => string;
  /** Label of the navigation with those links. */
  otherMeetings: (body: string) => string;
  movedNotice: (newTime: string) => string;
  meetingDocuments: string;
  watchLive: string;
  watchRecording: string;
  addToCalendar: string;
  addToCalendarHint: string;
  subscribe: (bodyName: string) => string;
  /** One line under the subscription link: what subscribing does. */
  subscribeHint: string;
  agendaHeading: string;
  itemCount: (count: number) => string;
  emptyAgenda: string;
  /** The server says the agenda is published and has no items. */
  noItems: string;
  emptyAgendaCancelled: string;
  expandAll: string;
  collapseAll: string;
  caseNumber: string;
  noDocumentsYet: string;
  /** The server says the item's documents are published and there are none. */
  noDocuments: string;
  caseDocuments: string;
  decision: string;
  /** Closed meeting, under kommuneloven § 11-5 (the basis when the API names it). */
  closedMeeting: (basis?: string) => string;
  /** Documents withheld, under offentleglova (the basis when the API names it). */
  documentsExempt: (basis?: string) => string;
  publishedAt: (date: string, time: string) => string;
  requestAccessFor: (item: string) => string;
}

/** One module per language under messages/, loaded when an element first speaks it. */
export const agendaCatalog = defineCatalog<AgendaMessages>({
  nb: () => import('./messages/nb.js'),
  nn: () => import('./messages/nn.js'),
  en: () => import('./messages/en.js'),
  se: () => import('./messages/se.js'),
});
