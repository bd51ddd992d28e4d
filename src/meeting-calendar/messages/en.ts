import type { CalendarMessages } from '../meeting-calendar.messages.js';
import { plural } from '../../shared/plural.js';

const messages: CalendarMessages = {
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
  nextMeetings: 'Next meetings',
  latestMinutes: 'Latest minutes',
  noUpcomingMeetings: 'No meetings are scheduled in the next six months.',
  loadingMeetings: 'Loading meetings …',
  meetingsInMonth: (count, month) => `${plural('en', count, { one: '1 meeting', other: '{n} meetings' })} in ${month}`,
  noMeetingsInMonth: (month) => `No meetings in ${month}.`,
  meetingsOnDay: (count) => plural('en', count, { one: '1 meeting', other: '{n} meetings' }),
  noMeetingsOnDay: 'No meetings on this day.',
  place: 'Place',
  openAgenda: 'See agenda',
  gridHelp: 'Use the arrow keys to move between days, Page Up and Page Down to change month, and Enter to see the meetings of the day you are on.',
};

export default messages;
