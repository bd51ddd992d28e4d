// The meeting filters shared by the JSON list and the calendar feed.
import { MEETING_STATUSES } from '../../../src/api/schemas.js';
import type { MeetingDetail } from '../../../src/api/types.js';
import type { QueryReader } from '../query.js';

export function readMeetingFilter(query: QueryReader): (meeting: MeetingDetail) => boolean {
  const { from, to } = query.range();
  const bodies = new Set(query.list('body'));
  const statuses = new Set<string>(query.oneOf('status', MEETING_STATUSES));
  return (meeting) => {
    const start = Date.parse(meeting.start);
    if (from && start < from.startMs) return false;
    if (to && start >= to.endMs) return false;
    if (bodies.size > 0 && !bodies.has(meeting.body.id)) return false;
    if (statuses.size > 0 && !statuses.has(meeting.status)) return false;
    return true;
  };
}
