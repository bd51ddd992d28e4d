import type { Locale } from '../shared/locale.js';

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
  loadingMeetings: string;
  meetingsInMonth: (count: number, month: string) => string;
  noMeetingsInMonth: (month: string) => string;
  meetingsOnDay: (count: number) => string;
  noMeetingsOnDay: string;
  place: string;
  openAgenda: string;
  gridHelp: string;
}

const nb: CalendarMessages = {
  calendarLabel: 'Møtekalender',
  previousMonth: 'Forrige måned',
  nextMonth: 'Neste måned',
  today: 'I dag',
  view: 'Visning',
  monthView: 'Måned',
  listView: 'Liste',
  bodyFilter: 'Utvalg',
  allBodies: 'Alle utvalg',
  formerBodies: 'Tidligere utvalg',
  subscribe: (bodyName) => (bodyName ? `Abonner på møtene i ${bodyName}` : 'Abonner på møtekalenderen'),
  subscribeHint: 'Kalenderfil (iCalendar) som holder seg oppdatert i kalenderen din',
  loadingMeetings: 'Laster møter …',
  meetingsInMonth: (count, month) =>
    count === 1 ? `1 møte i ${month}` : `${count} møter i ${month}`,
  noMeetingsInMonth: (month) => `Ingen møter i ${month}.`,
  meetingsOnDay: (count) => (count === 1 ? '1 møte' : `${count} møter`),
  noMeetingsOnDay: 'Ingen møter denne dagen.',
  place: 'Sted',
  openAgenda: 'Se saksliste',
  gridHelp: 'Bruk piltastene for å gå mellom dagene, Page Up og Page Down for å bytte måned, og Enter for å se dagens møter.',
};

const nn: CalendarMessages = {
  calendarLabel: 'Møtekalender',
  previousMonth: 'Førre månad',
  nextMonth: 'Neste månad',
  today: 'I dag',
  view: 'Vising',
  monthView: 'Månad',
  listView: 'Liste',
  bodyFilter: 'Utval',
  allBodies: 'Alle utval',
  formerBodies: 'Tidlegare utval',
  subscribe: (bodyName) => (bodyName ? `Abonner på møta i ${bodyName}` : 'Abonner på møtekalenderen'),
  subscribeHint: 'Kalenderfil (iCalendar) som held seg oppdatert i kalenderen din',
  loadingMeetings: 'Lastar møte …',
  meetingsInMonth: (count, month) => (count === 1 ? `1 møte i ${month}` : `${count} møte i ${month}`),
  noMeetingsInMonth: (month) => `Ingen møte i ${month}.`,
  meetingsOnDay: (count) => (count === 1 ? '1 møte' : `${count} møte`),
  noMeetingsOnDay: 'Ingen møte denne dagen.',
  place: 'Stad',
  openAgenda: 'Sjå saksliste',
  gridHelp: 'Bruk piltastane for å gå mellom dagane, Page Up og Page Down for å byte månad, og Enter for å sjå møta den dagen.',
};

const en: CalendarMessages = {
  calendarLabel: 'Meeting calendar',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  today: 'Today',
  view: 'View',
  monthView: 'Month',
  listView: 'List',
  bodyFilter: 'Body',
  allBodies: 'All bodies',
  formerBodies: 'Former bodies',
  subscribe: (bodyName) => (bodyName ? `Subscribe to meetings of ${bodyName}` : 'Subscribe to the meeting calendar'),
  subscribeHint: 'A calendar file (iCalendar) that stays up to date in your calendar',
  loadingMeetings: 'Loading meetings …',
  meetingsInMonth: (count, month) => (count === 1 ? `1 meeting in ${month}` : `${count} meetings in ${month}`),
  noMeetingsInMonth: (month) => `No meetings in ${month}.`,
  meetingsOnDay: (count) => (count === 1 ? '1 meeting' : `${count} meetings`),
  noMeetingsOnDay: 'No meetings on this day.',
  place: 'Place',
  openAgenda: 'See agenda',
  gridHelp: 'Use the arrow keys to move between days, Page Up and Page Down to change month, and Enter to see the day’s meetings.',
};

const se: CalendarMessages = {
  calendarLabel: 'Čoahkkinkaleandar',
  previousMonth: 'Ovddit mánnu',
  nextMonth: 'Boahtte mánnu',
  today: 'Odne',
  view: 'Čájeheapmi',
  monthView: 'Mánnu',
  listView: 'Listu',
  bodyFilter: 'Lávdegoddi',
  allBodies: 'Buot lávdegottit',
  formerBodies: 'Ovddeš lávdegottit',
  subscribe: (bodyName) => (bodyName ? `Diŋgo ${bodyName} čoahkkimiid` : 'Diŋgo čoahkkinkaleandara'),
  subscribeHint: 'Kaleandarfiila (iCalendar) mii ođasmuvvá du kaleandaris',
  loadingMeetings: 'Viežžá čoahkkimiid …',
  meetingsInMonth: (count, month) => `${count} čoahkkin(a) – ${month}`,
  noMeetingsInMonth: (month) => `Eai leat čoahkkimat – ${month}.`,
  meetingsOnDay: (count) => (count === 1 ? '1 čoahkkin' : `${count} čoahkkima`),
  noMeetingsOnDay: 'Eai leat čoahkkimat dán beaivve.',
  place: 'Báiki',
  openAgenda: 'Geahča áššelisttu',
  gridHelp: 'Geavat njuolgeboaluid lihkadit beivviid gaskka, Page Up ja Page Down molsut mánu, ja Enter oaidnit beaivvi čoahkkimiid.',
};

export const calendarMessages: Record<Locale, CalendarMessages> = { nb, nn, en, se };
