// The calendar's meeting requests from its `month` and `body`: used by the element and by the script-tag loader, which
// starts the first ones while the element's code loads (src/loader/first-requests.ts).
import type { MeetingQuery } from '../api/queries.js';
import { monthOf, monthRange, parseMonth } from '../time/oslo.js';
import { overviewRange } from './overview.js';

const bodies = (body: string) => (body ? [body] : undefined);

/** The meetings of a month (YYYY-MM; anything else is the current month in Europe/Oslo), of one body or all. */
export function monthQuery(month: string, body: string, now = new Date()): MeetingQuery {
  return { ...monthRange(parseMonth(month) ?? monthOf(now)), body: bodies(body) };
}

/** What the first view's next meetings and latest minutes are read from. */
export function overviewQuery(body: string, now: Date): MeetingQuery {
  return { ...overviewRange(now), body: bodies(body) };
}
