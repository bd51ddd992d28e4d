// GET /meetings.ics: meetings from a year back onwards as an iCalendar feed a calendar app can subscribe to. It takes
// the filters of /meetings; without `from` the year-back window applies.
import { meetingsToICalendar } from '../../../src/shared/ics.js';
import type { RouteHandler } from '../context.js';
import { QueryReader } from '../query.js';
import { readMeetingFilter } from './meeting-filter.js';

export const meetingCalendar: RouteHandler = ({ dataset, url, now }) => {
  const query = new QueryReader(url.searchParams);
  const matches = readMeetingFilter(query);
  query.check();
  const yearAgo = now();
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const since = url.searchParams.has('from') ? Number.NEGATIVE_INFINITY : yearAgo.getTime();
  const meetings = dataset.meetings.filter((meeting) => matches(meeting) && Date.parse(meeting.start) >= since);
  const body = meetingsToICalendar(meetings, {
    productId: `-//${dataset.service.publisher.name}//innsyn-elements sample//NB`,
    calendarName: `${dataset.service.publisher.name}: møter`,
    uidDomain: url.hostname,
    now: now(),
    url: (meeting) => meeting.notice?.url ?? undefined,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="meetings.ics"',
      'Cache-Control': 'public, max-age=300',
    },
  });
};
