import type { CalendarMessages } from '../meeting-calendar.messages.js';
import { plural } from '../../shared/plural.js';

const messages: CalendarMessages = {
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
  nextMeetings: 'Neste møter',
  latestMinutes: 'Siste møteprotokoller',
  noUpcomingMeetings: 'Ingen møter er satt opp det nærmeste halvåret.',
  loadingMeetings: 'Laster møter …',
  meetingsInMonth: (count, month) => `${plural('nb', count, { one: '1 møte', other: '{n} møter' })} i ${month}`,
  noMeetingsInMonth: (month) => `Ingen møter i ${month}.`,
  meetingsOnDay: (count) => plural('nb', count, { one: '1 møte', other: '{n} møter' }),
  noMeetingsOnDay: 'Ingen møter denne dagen.',
  place: 'Sted',
  openAgenda: 'Se saksliste',
  gridHelp: 'Bruk piltastene for å gå mellom dagene, Page Up og Page Down for å bytte måned, og Enter for å se møtene den dagen du står på.',
};

export default messages;
