import type { CalendarMessages } from '../meeting-calendar.messages.js';

const messages: CalendarMessages = {
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

export default messages;
