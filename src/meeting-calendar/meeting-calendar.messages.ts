// The element's own texts; the shared ones are in src/shared/messages.ts.
import { defineCatalog } from '../shared/catalog.js';

export interface CalendarMessages {
  calendarLabel: string;
  previousMonth: string;
  nextMonth: string;
  today: string;
  view: string;
  monthView: string;
  listView: string;
  bodyFilter: string;
  allBodies: string;
  formerBodies: string;
  subscribe: (bodyName?: string) => string;
  subscribeHint: string;
  /** The first view: what citizens come for before any month. */
  nextMeetings: string;
  latestMinutes: string;
  noUpcomingMeetings: string;
  loadingMeetings: string;
  meetingsInMonth: (count: number, month: string) => string;
  noMeetingsInMonth: (month: string) => string;
  meetingsOnDay: (count: number) => string;
  noMeetingsOnDay: string;
  place: string;
  openAgenda: string;
  gridHelp: string;
}

/** One module per language under messages/, loaded when an element first speaks it. */
export const calendarCatalog = defineCatalog<CalendarMessages>({
  nb: () => import('./messages/nb.js'),
  nn: () => import('./messages/nn.js'),
  en: () => import('./messages/en.js'),
  se: () => import('./messages/se.js'),
});
