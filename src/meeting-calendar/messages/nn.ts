import type { CalendarMessages } from '../meeting-calendar.messages.js';

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
  loadingMeetings: 'Lastar møte …',
  meetingsInMonth: (count, month) => (count === 1 ? `1 møte i ${month}` : `${count} møte i ${month}`),
  noMeetingsInMonth: (month) => `Ingen møte i ${month}.`,
  meetingsOnDay: (count) => (count === 1 ? '1 møte' : `${count} møte`),
  noMeetingsOnDay: 'Ingen møte denne dagen.',
  place: 'Stad',
  openAgenda: 'Sjå saksliste',
  gridHelp: 'Bruk piltastane for å gå mellom dagane, Page Up og Page Down for å byte månad, og Enter for å sjå møta den dagen.',
};

export default messages;
