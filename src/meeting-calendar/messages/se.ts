import type { CalendarMessages } from '../meeting-calendar.messages.js';
import { plural } from '../../shared/plural.js';

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
  // «Diŋgo» is the portal's verb for ordering access (Diŋgo geahčču); following a calendar is «čuovo».
  subscribe: (bodyName) => (bodyName ? `Čuovo ${bodyName} čoahkkimiid du kaleandaris` : 'Čuovo čoahkkinkaleandara du kaleandaris'),
  subscribeHint: 'Kaleandarfiila (iCalendar) mii ođasmuvvá du kaleandaris',
  nextMeetings: 'Boahtte čoahkkimat',
  latestMinutes: 'Maŋimuš čoahkkinbeavdegirjjit',
  noUpcomingMeetings: 'Eai leat plánejuvvon čoahkkimat boahtte guhtta mánus.',
  loadingMeetings: 'Viežžá čoahkkimiid …',
  // After a numeral above one the noun takes the genitive singular (guokte čoahkkima), for the dual as for the rest.
  meetingsInMonth: (count, month) => `${plural('se', count, { one: '1 čoahkkin', two: '2 čoahkkima', other: '{n} čoahkkima' })} – ${month}`,
  noMeetingsInMonth: (month) => `Eai leat čoahkkimat – ${month}.`,
  meetingsOnDay: (count) => plural('se', count, { one: '1 čoahkkin', two: '2 čoahkkima', other: '{n} čoahkkima' }),
  noMeetingsOnDay: 'Eai leat čoahkkimat dán beaivve.',
  place: 'Báiki',
  openAgenda: 'Geahča áššelisttu',
  gridHelp: 'Geavat njuolgeboaluid lihkadit beivviid gaskka, Page Up ja Page Down molsut mánu, ja Enter oaidnit dan beaivvi čoahkkimiid mas leat.',
};

export default messages;
