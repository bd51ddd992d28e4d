import type { CalendarMessages } from '../meeting-calendar.messages.js';
import { plural } from '../../shared/plural.js';

const messages: CalendarMessages = {
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
  nextMeetings: 'Neste møte',
  latestMinutes: 'Siste møteprotokollar',
  noUpcomingMeetings: 'Ingen møte er sette opp det næraste halvåret.',
  loadingMeetings: 'Lastar møte …',
  meetingsInMonth: (count, month) => `${plural('nn', count, { one: '1 møte', other: '{n} møte' })} i ${month}`,
  noMeetingsInMonth: (month) => `Ingen møte i ${month}.`,
  meetingsOnDay: (count) => plural('nn', count, { one: '1 møte', other: '{n} møte' }),
  noMeetingsOnDay: 'Ingen møte denne dagen.',
  place: 'Stad',
  openAgenda: 'Sjå saksliste',
  gridHelp: 'Bruk piltastane for å gå mellom dagane, Page Up og Page Down for å byte månad, og Enter for å sjå møta den dagen du står på.',
};

export default messages;
