// GET /meetings and GET /meetings/{id}.
import type { Meeting, MeetingDetail } from '../../../src/api/types.js';
import type { RouteHandler } from '../context.js';
import { pageOf, readPaging } from '../paging.js';
import { ProblemError } from '../problem.js';
import { QueryReader } from '../query.js';
import { CACHE_ITEM, CACHE_LIST, json } from '../responses.js';
import { readMeetingFilter } from './meeting-filter.js';

export const listMeetings: RouteHandler = ({ dataset, url }) => {
  const query = new QueryReader(url.searchParams);
  const matches = readMeetingFilter(query);
  const paging = readPaging(query);
  query.check();
  const page = pageOf(dataset.meetings.filter(matches), paging, url);
  return json({ ...page, items: page.items.map(withoutAgenda) }, { cache: CACHE_LIST });
};

export const getMeeting: RouteHandler = ({ dataset, index, id }) => {
  const meeting = index.meetings.get(id);
  if (!meeting) throw new ProblemError('not-found', `No meeting has the id "${id}".`);
  return json({ ...meeting, ...neighbours(dataset.meetings, meeting) }, { cache: CACHE_ITEM });
};

/** The same body's meetings before and after this one; a cancelled meeting is no meeting to go to. */
function neighbours(meetings: readonly MeetingDetail[], meeting: MeetingDetail): Pick<MeetingDetail, 'previousMeeting' | 'nextMeeting'> {
  const held = meetings
    .filter((other) => other.body.id === meeting.body.id && (other.status !== 'cancelled' || other.id === meeting.id))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
  const at = held.findIndex((other) => other.id === meeting.id);
  const link = (other: MeetingDetail | undefined) => (other ? { id: other.id, start: other.start } : null);
  return { previousMeeting: link(held[at - 1]), nextMeeting: link(held[at + 1]) };
}

function withoutAgenda({ agendaItems: _agendaItems, ...meeting }: MeetingDetail): Meeting {
  return meeting;
}
