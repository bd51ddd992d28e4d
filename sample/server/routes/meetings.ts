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

export const getMeeting: RouteHandler = ({ index, id }) => {
  const meeting = index.meetings.get(id);
  if (!meeting) throw new ProblemError('not-found', `No meeting has the id "${id}".`);
  return json(meeting, { cache: CACHE_ITEM });
};

function withoutAgenda({ agendaItems: _agendaItems, ...meeting }: MeetingDetail): Meeting {
  return meeting;
}
